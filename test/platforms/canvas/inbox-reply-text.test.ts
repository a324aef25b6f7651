// The plain-text reply to a Canvas message: a general question's answer is introduced by where it comes from.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadContent } from '../../../src/content/load-content.ts';
import { createAnswerEngine } from '../../../src/engine/index.ts';
import { inboxReplyText } from '../../../src/platforms/canvas/canvas-inbox.ts';

const content = loadContent({ faqDir: path.join(import.meta.dirname, '../../fixtures/docs-course') });
const engine = createAnswerEngine(content);
const now = new Date('2030-02-10T12:00:00Z');

describe('GIVEN a Canvas message that the course documents answer', () => {
  it('THEN the quote is introduced as the documents’ answer, not the FAQ’s', () => {
    const answer = engine.answer('how is the course graded?', now);
    expect(answer.sources[0]?.id).toMatch(/^doc:/);
    const text = inboxReplyText(content.course, { ...answer, private: false });
    expect(text).toContain('Your message looks like a question the course documents answer:');
    expect(text).not.toContain('course FAQ answers');
    expect(text).toContain('From the Syllabus, Grading:');
  });
});
