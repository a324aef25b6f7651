// Deadlines once passed are treated as every other event is (adopting.md, step 4): once none of the events a "when"
// question names is still to come, a FAQ entry that answers it is given; without one the schedule says when it was
// due. (test/fixtures/courses/hand-ins: the field report is due 2030-03-15, the poster 2030-03-29, the midterm on
// 2030-03-06; the FAQ answers the field report and the midterm, not the poster.)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/courses/hand-ins');
const engine = createAnswerEngine(
  loadContent({ faqDir: path.join(DIR, 'faq'), scheduleFile: path.join(DIR, 'schedule.yaml') }),
  { vectors: false },
);
const before = new Date('2030-03-01T12:00:00Z');
const between = new Date('2030-03-20T12:00:00Z'); // the field report and the midterm passed, the poster to come
const after = new Date('2030-06-01T12:00:00Z');

describe('GIVEN a deadline that the FAQ also answers', () => {
  it('WHEN asked before it is due THEN the schedule gives it, with the time left', () => {
    const reply = engine.answer('when is the field report due', before);
    expect(reply.sources[0]?.id).toBe('schedule:field-report');
    expect(reply.text).toContain('left');
  });

  it('WHEN asked once it has passed (in the term or after it) THEN the FAQ entry answers, as for the exam', () => {
    for (const now of [between, after]) {
      const reply = engine.answer('when is the field report due', now);
      expect(reply.kind).toBe('answer');
      expect(reply.sources[0]?.id).toBe('field-report');
      expect(reply.text).toContain('Friday 15 March');
      expect(engine.answer('when is the midterm', now).sources[0]?.id).toBe('midterm');
    }
  });
});

describe('GIVEN a passed deadline that no FAQ entry answers', () => {
  it('WHEN asked after the term THEN the schedule says when it was due', () => {
    const reply = engine.answer('when is the poster due', after);
    expect(reply.sources[0]?.id).toBe('schedule:poster');
    expect(reply.text).toContain('**Poster**');
    expect(reply.text).toContain('passed');
  });
});

describe('GIVEN a question that names no deadline', () => {
  it('WHEN "what are the deadlines" is asked after the term THEN the term\'s deadlines are still listed', () => {
    const reply = engine.answer('what are the deadlines', after);
    expect(reply.sources.map((s) => s.id)).toEqual(['schedule:field-report', 'schedule:poster']);
  });

  it('WHEN the next deadline is asked and none is left THEN the reply names the last one', () => {
    const reply = engine.answer('whats the next deadline', after);
    expect(reply.text).toContain(
      'There are no more deadlines of that kind in the course schedule: the last one',
    );
    expect(reply.text).toContain('**Poster**');
  });
});
