// A course of documents alone: its request gate has learned no course questions, so a question it only leans toward
// a private request, and that the syllabus answers, gets the quote and where to write about one's own case; a clear
// request is still redirected.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadContent } from '../../src/content/load-content.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';

const content = loadContent({ faqDir: path.join(import.meta.dirname, '../fixtures/docs-course') });
const engine = createAnswerEngine(content);
const now = new Date('2030-02-10T12:00:00Z');

describe('GIVEN a course of documents alone', () => {
  it('WHEN a question the gate only leans toward is answered by the syllabus THEN it gets the quote and the e-mail', () => {
    const question = 'late lab report';
    const decision = engine.model.decide(question);
    expect(decision.kind).toBe('redirect');
    expect(decision.kind === 'redirect' && decision.score).toBeLessThan(0.6);
    const reply = engine.answer(question, now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('lose 10% of their points per day');
    expect(reply.text).toMatch(
      /If you are asking about your own case, please send an \*\*e-mail\*\* to .*\(mailto:marine-bio@example\.org\?subject=/,
    );
    expect(reply.sources[0]?.id).toMatch(/^doc:syllabus/);
  });

  it('WHEN a clear private request is asked THEN it is redirected', () => {
    for (const question of ['can i get an extension on my lab report', 'i was ill, can i hand in late']) {
      expect(engine.answer(question, now).kind).toBe('redirect');
    }
  });

  it('WHEN a general question is asked THEN the quote has no line about one’s own case', () => {
    const reply = engine.answer('lab report late penalty', now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).not.toContain('your own case');
  });
});
