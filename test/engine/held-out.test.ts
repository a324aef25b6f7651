// The engine on hand-written questions it was not built from (test/engine/questions.yaml): kinds, entries and facts.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { testContent } from './fixtures.ts';

const cases = z
  .object({
    questions: z.array(
      z.object({
        q: z.string(),
        expect: z.enum(['answer', 'redirect', 'fallback']),
        id: z.string().optional(),
        facts: z.array(z.string()).default([]),
      }),
    ),
  })
  .parse(parse(readFileSync(new URL('./questions.yaml', import.meta.url), 'utf8'))).questions;

const engine = getAnswerEngine(testContent());
const now = new Date('2030-02-01T10:00:00Z');

describe('GIVEN the held-out question set', () => {
  it('THEN it has at least 60 questions, with redirects and off-topic fallbacks among them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.filter((c) => c.expect === 'redirect').length).toBeGreaterThanOrEqual(8);
    expect(cases.filter((c) => c.expect === 'fallback').length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('WHEN asked "$q" THEN the reply is a $expect', (c) => {
    const reply = engine.answer(c.q, now);
    expect(reply.kind).toBe(c.expect);
    if (c.id && c.expect === 'answer') expect(reply.sources[0]?.id).toBe(c.id);
    for (const fact of c.facts) expect(reply.text).toMatch(new RegExp(fact, 'i'));
  });
});
