// A long message the documents do not answer as a whole may be answered by one of its sentences: context before the
// question ("my roommate took another class ...") leaves no passage confident of the whole (index.ts,
// fromDocuments). Not when the message asks about another course that the quote does not name, and not for a
// message the gate reads as a request.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';

const engine = createAnswerEngine(
  loadContent({ faqDir: path.join(import.meta.dirname, '../fixtures/docs-course') }),
);
const now = new Date('2030-02-10T12:00:00Z');

describe('GIVEN a course of documents alone', () => {
  it('WHEN a question comes after sentences of context THEN the passage that answers it is quoted', () => {
    const reply = engine.answer(
      'My roommate took a different biology class where everything was graded on exams alone, which stressed her ' +
        'out a lot. When does the field trip take place?',
      now,
    );
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('From the Syllabus, Field trip:');
    expect(reply.text).toContain('takes place in week 6');
  });

  it('WHEN the context names another course THEN its question is not answered from this one', () => {
    const reply = engine.answer(
      "I'm also taking the Organic Chemistry course this term and want to compare. When does the field trip take " +
        'place in that one?',
      now,
    );
    expect(reply.kind).toBe('fallback');
  });

  it("WHEN the message is a request THEN its question's sentence does not make it a quote", () => {
    const reply = engine.answer(
      'I get seasick easily and my doctor told me to avoid boats this spring. What should I bring on the field trip?',
      now,
    );
    expect(reply.kind).toBe('redirect');
  });
});
