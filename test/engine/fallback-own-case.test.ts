// A message about the student's own case that nothing answers may be a private request in words the request gate has
// not learned: its fallback says where to write about one's own case, beside where general questions go.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

describe('GIVEN a course and a message nothing in it answers', () => {
  const engine = createAnswerEngine(botany(), { vectors: false });
  const now = new Date('2026-03-01T12:00:00Z');
  const ownCase =
    /If you are asking about your own case, please send an \*\*e-mail\*\* to .*bot101@example\.edu/;

  it('WHEN the student speaks of their own case THEN the fallback says where to write about it', () => {
    const r = engine.answer('should I buy a wooden press or a cardboard one for my herbarium', now);
    expect(r.kind).toBe('fallback');
    expect(r.text).toMatch(ownCase);
  });

  it('WHEN the student asks about the class as a whole ("we") THEN the fallback does not', () => {
    const r = engine.answer('should we buy a wooden press or a cardboard one for the herbarium', now);
    expect(r.kind).toBe('fallback');
    expect(r.text).not.toMatch(ownCase);
  });

  it('WHEN the message is not about the student THEN the fallback does not', () => {
    const r = engine.answer('what is the capital of mongolia', now);
    expect(r.kind).toBe('fallback');
    expect(r.text).not.toMatch(ownCase);
  });
});
