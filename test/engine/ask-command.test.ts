// The `ask` chat command through the real command runner: validation, reply shape, logging channel, rate limit.
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH } from '../../src/core/question-limit.ts';
import ask from '../../commands/ask.ts';
import type { Requester } from '../../src/core/command.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { readQuestions } from '../../src/question-log/question-store.ts';
import { makeTestCore } from '../commands/core-for-tests.ts';

const { core, cleanup } = makeTestCore('2030-01-10T09:00:00Z');
const db = core.db;
afterAll(cleanup);
const runner = createCommandRunner(core, [ask]);
const student: Requester = { platform: 'discord', userId: 'u-123456', role: 'student', displayName: 'Sam' };

describe('GIVEN the ask command', () => {
  it('WHEN a student asks THEN the reply is public, carries kind, text and sources, and is logged as chat without the user', async () => {
    const reply = await runner.run('ask', { question: 'whats the late penalty' }, student);
    expect(reply).toMatchObject({ kind: 'answer', private: false });
    expect(reply.text).toMatch(/2 points per day/);
    expect(reply.sources?.[0]?.id).toBe('late-penalty');
    const rows = readQuestions(db);
    expect(rows.at(-1)).toMatchObject({ question: 'whats the late penalty', channel: 'chat' });
    const dump = JSON.stringify(db.prepare('SELECT * FROM question_log').all());
    expect(dump).not.toContain('u-123456');
    expect(dump).not.toContain('Sam');
  });

  it('WHEN the question is missing or longer than the question limit THEN the runner explains the argument', async () => {
    expect((await runner.run('ask', {}, student)).text).toMatch(/question/);
    const long = await runner.run('ask', { question: 'x'.repeat(MAX_QUESTION_LENGTH + 1) }, student);
    expect(long.kind).toBe('error');
    expect(long.text).toContain(MAX_QUESTION_LENGTH.toLocaleString('en'));
  });

  it('WHEN a user asks more than 10 questions in a minute THEN the 11th is refused', async () => {
    const other: Requester = { ...student, userId: 'u-rate' };
    for (let i = 0; i < 10; i++) {
      expect((await runner.run('ask', { question: `question ${i}` }, other)).kind).not.toBe('error');
    }
    expect((await runner.run('ask', { question: 'one more' }, other)).kind).toBe('error');
  });
});
