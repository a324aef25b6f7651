import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands } from '../../commands/index.ts';
import { renderHelp, usageLine } from '../../src/self-knowledge/render-help.ts';
import { defineCommand, worksOn } from '../../src/core/command.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { makeTestCore, student, ta } from './core-for-tests.ts';

const deadlines = defineCommand({
  name: 'deadlines',
  description: 'The next deadlines',
  help: 'Example: `deadlines 3`',
  options: [{ name: 'count', description: 'How many', type: 'integer', required: false, min: 1, max: 20 }],
  args: z.object({}),
  access: 'everyone',
  execute: () => ({ text: '', private: true }),
});
const secret = defineCommand({
  name: 'announce',
  description: 'Post an announcement',
  options: [{ name: 'text', description: 'What to say', type: 'text', required: true, maxLength: 2000 }],
  args: z.object({}),
  access: 'ta',
  execute: () => ({ text: '', private: true }),
});

describe('help', () => {
  it('GIVEN options THEN the usage line marks required ones with <> and optional ones with []', () => {
    expect(usageLine(deadlines)).toBe('deadlines [count]');
    expect(usageLine(secret)).toBe('announce <text>');
  });

  it('GIVEN a student THEN TA commands are left out of the list; a TA sees them', () => {
    const forStudent = renderHelp([deadlines, secret], 'student') ?? '';
    expect(forStudent).toContain('- `deadlines [count]`: The next deadlines');
    expect(forStudent).not.toContain('announce');
    expect(renderHelp([deadlines, secret], 'ta')).toContain('- `announce <text>`: Post an announcement');
  });

  it('GIVEN a command name THEN its options with bounds and its examples', () => {
    const text = renderHelp([deadlines, secret], 'student', '/Deadlines') ?? '';
    expect(text).toContain('Usage: `deadlines [count]`');
    expect(text).toContain('- `count` (optional): How many (1 to 20)');
    expect(text).toContain('Example: `deadlines 3`');
    expect(renderHelp([deadlines], 'student', 'nope')).toBeNull();
  });

  it('GIVEN the real command list THEN help lists every command a student may run here, and help itself', async () => {
    const env = makeTestCore();
    try {
      const runner = createCommandRunner(env.core, commands);
      const reply = await runner.run('help', {}, student);
      for (const c of commands.filter((x) => x.access === 'everyone' && worksOn(x, student.platform)))
        expect(reply.text).toContain(`\`${c.name}`);
      expect(reply.text).toContain('`help [command]`');
      expect((await runner.run('help', { command: 'grade' }, ta)).text).toContain('grade 7,8.5,-,6');
      expect((await runner.run('help', { command: 'nothing' }, ta)).text).toContain(
        'There is no command `nothing`',
      );
    } finally {
      env.cleanup();
    }
  });
});
