import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands } from '../../commands/index.ts';
import { loadContent } from '../../src/content/load-content.ts';
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

describe("help for a command that takes a group: the course's own groups", () => {
  async function helpText(command: string, strip = false) {
    const env = makeTestCore();
    try {
      const { schedule } = env.core.content;
      const events = strip ? schedule.events.map((e) => ({ ...e, group: undefined })) : schedule.events;
      const core = { ...env.core, content: { ...env.core.content, schedule: { ...schedule, events } } };
      return {
        text: (await createCommandRunner(core, commands).run('help', { command }, student)).text,
        schedule,
        name: env.core.content.course.name,
      };
    } finally {
      env.cleanup();
    }
  }

  it('GIVEN practical groups in the schedule THEN help practicals ends with them and an example with the first', async () => {
    const { text, schedule, name } = await helpText('practicals');
    const groups = [
      ...new Set(schedule.events.filter((e) => e.type === 'practical').flatMap((e) => e.group ?? [])),
    ].sort();
    expect(groups.length).toBeGreaterThan(1);
    const last = text.split('\n').at(-1) ?? '';
    expect(last).toBe(
      `For ${name}, the groups are ${groups
        .slice(0, -1)
        .map((g) => `\`${g}\``)
        .join(', ')} and \`${groups.at(-1)}\`: for example \`practicals ${groups[0]}\`.`,
    );
  });

  it('GIVEN no groups in the schedule THEN help subscribe adds no such line', async () => {
    const { text } = await helpText('subscribe', true);
    expect(text).not.toContain('the groups are');
    expect(text).toContain('Usage: `subscribe');
  });
});

describe("the list of commands in the course's own words", () => {
  async function list(change: (content: ReturnType<typeof loadContent>) => void = () => {}) {
    const env = makeTestCore();
    try {
      const content = { ...env.core.content };
      change(content);
      return (await createCommandRunner({ ...env.core, content }, commands).run('help', {}, student)).text;
    } finally {
      env.cleanup();
    }
  }

  it('GIVEN a course graded on assignments and an exam, with practicals THEN the general words', async () => {
    const text = await list();
    expect(text).toContain('What-if grade calculator: your points (and exam score) → an estimated grade');
    expect(text).toContain(
      '`practicals [group]`: The next practical sessions, for your group or for every group',
    );
  });

  it('GIVEN a course graded in weighted parts, whose practical sessions are labs THEN its parts and "lab"', async () => {
    const letter = loadContent({ faqDir: path.join(import.meta.dirname, '../fixtures/courses/letter/faq') });
    const text = await list((content) => {
      content.course = letter.course;
      content.schedule = {
        ...content.schedule,
        events: content.schedule.events.map((e) =>
          e.type === 'practical' ? { ...e, title: `Lab (${e.group ?? 'all'})` } : e,
        ),
      };
    });
    expect(text).toContain(
      'What-if grade calculator: your scores in homework, midterm and final exam → an estimated grade',
    );
    expect(text).toContain('`practicals [group]`: The next lab sessions, for your group or for every group');
  });
});
