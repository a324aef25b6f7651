import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import gradcheck from '../../commands/gradcheck.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { makeTestCore, student, ta } from './core-for-tests.ts';

// One sigmoid neuron, worked by hand: k = 0.7, y = sigmoid(0.7) = 0.66819, dl/dk = 2(y - 1) * y(1 - y) = -0.14713,
// so dl/dw = 2 * dl/dk = -0.29426 and dl/db = dl/dk. The last claim has its sign flipped.
const NEURON = [
  'x = 2; t = 1; w = 0.5; b = -0.3',
  'k = w*x + b',
  'y = sigmoid(k)',
  'l = (y - t)^2',
  'dl/dw = -0.2943',
  'dl/db = -0.1471',
  'dl/dk = 0.1471',
].join('\n');

let env: ReturnType<typeof makeTestCore>;
let runner: ReturnType<typeof createCommandRunner>;
beforeEach(() => {
  env = makeTestCore();
  runner = createCommandRunner(env.core, [gradcheck]);
});
afterEach(() => env.cleanup());
const run = (args: unknown, who = student) => runner.run('gradcheck', args, who);

describe('gradcheck command', () => {
  it('GIVEN a student THEN a private verdict per claim, without the true values', async () => {
    const reply = await run({ program: NEURON });
    expect(reply.private).toBe(true);
    const data = reply.data as { ok: boolean; summary: unknown; claims: Record<string, unknown>[] };
    expect(data.ok).toBe(true);
    expect(data.summary).toEqual({ correct: 2, total: 3 });
    expect(data.claims.map((c) => c.correct)).toEqual([true, true, false]);
    expect(data.claims.some((c) => 'true' in c)).toBe(false);
    expect(reply.text).not.toContain('0.14713');
  });

  it('GIVEN a TA THEN the true values are revealed', async () => {
    const data = (await run({ program: NEURON }, ta)).data as { claims: { true?: number }[] };
    expect(data.claims[2]?.true).toBeCloseTo(-0.14713, 4);
  });

  it('GIVEN invalid input THEN an error reply with the line', async () => {
    const reply = await run({ program: 'x = 2\ny = x +\n' });
    expect(reply.kind).toBe('error');
    expect((reply.data as { ok: boolean; error: { line: number } }).error.line).toBe(2);
  });

  it('GIVEN a sixth check within a minute THEN a polite rate-limit reply', async () => {
    for (let i = 0; i < 5; i++) expect((await run({ program: NEURON })).kind).toBe('info');
    const sixth = await run({ program: NEURON });
    expect(sixth.text).toContain('at most 5 a minute');
    env.clock.advance(61_000);
    expect((await run({ program: NEURON })).kind).toBe('info');
  });

  it('GIVEN an empty or oversized paste THEN an error naming `program`', async () => {
    expect((await run({ program: '' })).text).toContain('`program`: is empty');
    expect((await run({ program: 'x'.repeat(64 * 1024 + 1) })).text).toMatch(/too long|`program`/);
  });
});
