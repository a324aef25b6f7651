import { afterAll, describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { renderFallback, renderTimes } from '../../src/core/render-text.ts';
import { discordTime } from '../../src/platforms/shared/render-times.ts';
import { makeTestCore, student } from './core-for-tests.ts';

const { core, cleanup } = makeTestCore('2027-02-15T10:00:00Z');
afterAll(cleanup);
const runner = createCommandRunner(core, [ask]);

describe('due times in ask replies', () => {
  it("GIVEN a deadline question THEN the due time is a placeholder each platform can show in its reader's zone", async () => {
    const reply = await runner.run('ask', { question: 'when is assignment 2 due' }, student);
    expect(reply.kind).toBe('answer');
    // Assignment 2 is due 2027-03-07 23:59 in Amsterdam (CET), which is 22:59 UTC.
    const due = new Date('2027-03-07T22:59:00Z');
    expect(reply.times).toEqual([{ at: due, fallback: 'Sun 7 Mar 2027, 23:59 CET' }]);
    expect(reply.text).toContain('{{time:0}}');
    expect(renderTimes(reply.text, reply.times, discordTime)).toContain(`<t:${due.getTime() / 1000}:F>`);
    expect(renderFallback(reply.text, reply.times)).toContain('Sun 7 Mar 2027, 23:59 CET');
  });

  it('GIVEN a question without times THEN the reply has no placeholders', async () => {
    const reply = await runner.run('ask', { question: 'can I bring a cheat sheet to the exam' }, student);
    expect(reply.times).toBeUndefined();
    expect(reply.text).not.toContain('{{time:');
  });
});
