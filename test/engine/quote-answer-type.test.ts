// A quote from the course documents passes the same answer-type checks as a FAQ entry's answer (test/fixtures/docs-course).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const now = new Date('2030-01-15T12:00:00Z');

describe('GIVEN a syllabus whose field-trip section names no room, person or duration', () => {
  const engine = getAnswerEngine(
    loadContent({
      faqDir: path.join(FIXTURES, 'docs-course'),
      scheduleFile: path.join(FIXTURES, 'schedules', 'small.yaml'),
    }),
  );

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
