// A question nothing answers, which the request gate leans toward without reaching its threshold, is redirected: a
// private request in words the gate has not seen goes to the staff, not to the discussion board (model.ts,
// LEANS_TOWARD_REQUEST). The gate's threshold is set around the question's own probability, so the test does not
// depend on where training puts it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { stateKey, writeState } from '../../src/engine/model-cache.ts';
import { buildModel, type Decision } from '../../src/engine/model.ts';
import { botany } from './fixtures.ts';

const now = new Date('2030-01-15T12:00:00Z');
const scratch = mkdtempSync(path.join(tmpdir(), 'request-lean-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const content = botany();
const trained = buildModel(content, { vectors: false });
const request = 'pls recount my points';
const declined = 'i dont get how plant cells divide';

/** The model with the gate's threshold at `redirect`. */
function modelAt(redirect: number) {
  const learned = { ...trained.learned, thresholds: { ...trained.learned.thresholds, redirect } };
  return { learned, model: buildModel(content, { vectors: false, learned }) };
}

/** The model, and the engine read back from a cache folder, with the gate's threshold at `redirect`. */
function withGateAt(redirect: number) {
  const { learned, model } = modelAt(redirect);
  const dir = mkdtempSync(path.join(scratch, 'cache-'));
  expect(
    writeState(dir, stateKey(content, false), {
      model: learned,
      passageThreshold: null,
      faqQuoteThreshold: null,
    }),
  ).toBeNull();
  const engine = createAnswerEngine(content, { cacheDir: dir, vectors: false });
  expect(engine.origin.from).toBe('cache');
  return { model, engine };
}

/** The gate's probability for a question (with the threshold at 0, every question is redirected with it). */
function probability(question: string): number {
  const d: Decision = modelAt(0).model.decide(question);
  if (d.kind !== 'redirect')
    throw new Error(`"${question}" was not redirected with the gate's threshold at 0`);
  return d.score;
}

describe('GIVEN a private request that no FAQ entry answers', () => {
  const p = probability(request);

  it('WHEN the gate does not redirect it at all THEN it falls back (the premise)', () => {
    expect(withGateAt(1.01).engine.answer(request, now).kind).toBe('fallback');
  });

  it('WHEN its gate probability is just below the threshold THEN it leans toward a request and is redirected', () => {
    const { model, engine } = withGateAt(p / 0.9);
    const d = model.decide(request);
    expect(d.kind).toBe('fallback');
    expect(d.kind === 'fallback' && d.leans).toBe('grade');
    const reply = engine.answer(request, now);
    expect(reply.kind).toBe('redirect');
    expect(reply.text).toMatch(/e-mail/i);
  });

  it('WHEN its gate probability is far below the threshold THEN it falls back', () => {
    const { model, engine } = withGateAt(p / 0.7);
    const d = model.decide(request);
    expect(d.kind === 'fallback' && d.leans).toBe(undefined);
    expect(engine.answer(request, now).kind).toBe('fallback');
  });
});

describe('GIVEN a question close to a topic the course declines', () => {
  it('WHEN its gate probability is just below the threshold THEN it is declined, not redirected', () => {
    const { model, engine } = withGateAt(probability(declined) / 0.9);
    const d = model.decide(declined);
    expect(d.kind === 'fallback' && d.declined?.by).toBe('course');
    expect(d.kind === 'fallback' && d.leans).toBe(undefined);
    expect(engine.answer(declined, now).kind).toBe('fallback');
  });
});
