// A quote from the course documents passes the same answer-type checks as a FAQ entry's answer (test/fixtures/docs-course).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const now = new Date('2030-01-15T12:00:00Z');
const engineFor = (folder: string) =>
  getAnswerEngine(
    loadContent({
      faqDir: path.join(FIXTURES, folder),
      scheduleFile: path.join(FIXTURES, 'schedules', 'small.yaml'),
    }),
  );

describe('GIVEN a syllabus whose field-trip section names no room, person or duration', () => {
  const engine = engineFor('docs-course');

  it.each(['in which room is the field trip', 'who leads the field trip', 'how long is the field trip'])(
    'WHEN "%s" is asked THEN the section is not quoted as its answer',
    (q) => {
      expect(engine.answer(q, now).kind).toBe('fallback');
    },
  );

  it('WHEN what the section does say is asked THEN it is quoted', () => {
    const reply = engine.answer('what should I bring on the field trip?', now);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('doc:syllabus-4');
  });
});

describe('GIVEN a syllabus whose grading table gives each part its share', () => {
  const engine = engineFor('docs-course');

  it('WHEN the share of a part the table lists is asked THEN the table is quoted', () => {
    const reply = engine.answer('how much is the final project worth', now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('| Final project | 40% |');
  });

  it('WHEN the share of something no passage weighs is asked THEN its section is not quoted as the answer', () => {
    expect(engine.answer('how much is the field trip worth', now).kind).toBe('fallback');
  });
});

describe('GIVEN a section whose first paragraph ends "count toward the course grade as follows" and whose next gives the share', () => {
  const engine = engineFor('docs-continued');

  it('WHEN the share is asked THEN the first paragraph is quoted going on into the share, and the check reads both', () => {
    const reply = engine.answer('how much do lab quizzes count toward the course grade', now);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('doc:syllabus-2');
    expect(reply.text).toContain('Each is worth 5% of the final mark');
  });
});
