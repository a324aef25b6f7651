import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand, type Requester } from '../../src/core/command.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { makeTestCore } from '../commands/core-for-tests.ts';

const { core, clock } = makeTestCore('2027-02-10T12:00:00Z');
const logged: string[] = [];
core.log = { ...core.log, error: (msg, fields) => logged.push(`${msg} ${JSON.stringify(fields)}`) };
const echo = defineCommand({
  name: 'echo',
  description: 'repeats',
  options: [{ name: 'text', description: 'what', type: 'string', required: true, maxLength: 20 }],
  args: z.object({ text: z.string().max(20) }),
  access: 'everyone',
  rateLimit: { bucket: 'echo', perMinute: 2 },
  execute: (args) => ({ text: `you said ${args.text}`, private: false }),
});
const secret = defineCommand({
  name: 'secret',
  description: 'for TAs',
  options: [],
  args: z.strictObject({}),
  access: 'ta',
  execute: () => ({ text: 'staff only', private: true }),
});
const broken = defineCommand({
  name: 'broken',
  description: 'throws',
  options: [],
  args: z.object({}),
  access: 'everyone',
  execute: () => {
    throw new Error('database exploded at /srv/app/x.ts:12');
  },
});
const runner = createCommandRunner(core, [echo, secret, broken]);
const student: Requester = { platform: 'web', userId: 's1', role: 'student' };

describe('running a command', () => {
  it('GIVEN valid arguments THEN the handler reply comes back', async () => {
    expect(await runner.run('echo', { text: 'hi' }, student)).toEqual({
      text: 'you said hi',
      private: false,
    });
  });

  it('GIVEN a student and a TA command THEN it is refused in the handler path, a TA gets through', async () => {
    expect(await runner.run('secret', {}, student)).toMatchObject({
      kind: 'error',
      refused: 'ta_only',
      text: expect.stringMatching(/teaching assistants only/),
    });
    expect(await runner.run('secret', {}, { ...student, role: 'ta' })).toMatchObject({ text: 'staff only' });
  });

  it('GIVEN bad arguments THEN the argument is named and help is suggested', async () => {
    const reply = await runner.run('echo', { text: 'x'.repeat(21) }, { ...student, userId: 's-args' });
    expect(reply).toMatchObject({ kind: 'error', refused: 'invalid_arguments' });
    expect(reply.text).toMatch(/`text`: .*20/);
    expect(reply.text).toMatch(/help echo/);
  });

  it('GIVEN an argument the command does not have THEN it is named by its own name', async () => {
    const reply = await runner.run('secret', { nope: 1 }, { ...student, role: 'ta', userId: 's-unknown' });
    expect(reply).toMatchObject({ kind: 'error', refused: 'invalid_arguments' });
    expect(reply.text).toContain('- `nope`: ');
    expect(reply.text).not.toContain('`arguments`');
  });

  it('GIVEN an unknown command THEN it points to help', async () => {
    const reply = await runner.run('nope', {}, student);
    expect(reply.text).toMatch(/no command `nope`.*help/);
    expect(reply.refused).toBe('unknown');
  });

  it('GIVEN more requests than the limit in a minute THEN a polite refusal, and the budget returns later', async () => {
    const user = { ...student, userId: 'fast' };
    await runner.run('echo', { text: '1' }, user);
    await runner.run('echo', { text: '2' }, user);
    const limited = await runner.run('echo', { text: '3' }, user);
    expect(limited.text).toMatch(/at most 2 a minute/);
    expect(limited.refused).toBe('rate_limited');
    expect((await runner.run('echo', { text: '3' }, { ...user, userId: 'other' })).text).toBe('you said 3');
    clock.advance(61_000);
    expect((await runner.run('echo', { text: '4' }, user)).text).toBe('you said 4');
  });

  it('GIVEN a handler that throws THEN the user gets a short apology and the log gets the error', async () => {
    const reply = await runner.run('broken', {}, student);
    expect(reply.kind).toBe('error');
    expect(reply.refused).toBeUndefined(); // it ran: not a refusal
    expect(reply.text).toMatch(/^Sorry, something went wrong/);
    expect(reply.text).not.toMatch(/exploded|\.ts:\d+/);
    expect(logged.at(-1)).toMatch(/command failed .*database exploded/);
  });

  it('GIVEN arguments over 64 KB THEN they are refused before validation', async () => {
    expect((await runner.run('echo', { text: 'x'.repeat(70_000) }, student)).text).toMatch(/too long/);
  });
});
