// A question about a detail the course's content does not give ("is there extra credit") falls back, though an
// entry shares its words: the engine ships examples of such details (knowledge/course-details.yaml), and a course
// whose FAQ does answer one keeps answering it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import type { LoadedFaqEntry } from '../../src/content/load-faq.ts';
import { faqEntrySchema } from '../../src/content/schemas.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';

const now = new Date('2030-02-20T12:00:00Z');
const DIR = path.join(import.meta.dirname, '..', 'fixtures', 'courses', 'cs109a');
const course = () =>
  loadContent({ faqDir: path.join(DIR, 'faq'), scheduleFile: path.join(DIR, 'schedule.yaml') });

describe('GIVEN a course whose FAQ says nothing of extra credit (CS109A as its TA wrote it)', () => {
  const engine = createAnswerEngine(course());

  it.each(['does this course offer extra credit', 'how do i get extra credit'])(
    'WHEN "%s" is asked THEN it falls back rather than give the entry on cross-listing',
    (q) => {
      const reply = engine.answer(q, now);
      expect(reply.kind).toBe('fallback');
    },
  );

  it('WHEN a question the FAQ answers is asked THEN it still answers', () => {
    expect(engine.answer('what is the final project', now).sources[0]?.id).toBe('project');
  });
});

describe('GIVEN the same course with an entry on extra credit', () => {
  const content = course();
  const extra: LoadedFaqEntry = {
    ...faqEntrySchema.parse({
      id: 'extra-credit',
      title: 'Extra credit',
      questions: ['is there extra credit', 'can i earn bonus points', 'are there bonus assignments'],
      answer: 'There is **no extra credit** in CS109A.',
    }),
    file: 'test.yaml',
    line: 1,
  };
  content.faq.push(extra);
  const engine = createAnswerEngine(content);

  it('WHEN extra credit is asked about THEN its entry answers', () => {
    expect(engine.answer('does this course offer extra credit', now).sources[0]?.id).toBe('extra-credit');
  });
});

describe('GIVEN a course of documents only, whose syllabus gives the extra credit', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'details-docs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    path.join(dir, 'course.yaml'),
    'name: Marine Biology\ncontacts:\n  email: marine@example.org\n',
  );
  writeFileSync(
    path.join(dir, 'syllabus.md'),
    '# Syllabus\n\n## Grading\n\nThe lab reports are 60% of the grade and the exam 40%.\n\n' +
      '## Extra credit\n\nYou can earn up to 3 points of extra credit by presenting a paper in the journal club.\n',
  );
  const engine = createAnswerEngine(loadContent({ faqDir: dir }));

  it('WHEN it is asked about THEN the syllabus answers: a course detail is looked up in the documents', () => {
    const reply = engine.answer('is there any extra credit', now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('3 points of extra credit');
  });
});

describe('GIVEN the same course with an entry on key dates that says nothing of dropping the course', () => {
  const content = course();
  content.faq.push({
    ...faqEntrySchema.parse({
      id: 'key-dates',
      title: 'Key dates',
      questions: [
        'what are the important dates',
        'when is the last day of class',
        'what is the last day to submit',
        'when does the class end',
        'what day is the last class',
      ],
      answer: 'The last class is on **December 9**, and the final project is due on **December 14**.',
    }),
    file: 'test.yaml',
    line: 1,
  });
  const engine = createAnswerEngine(content);

  it('WHEN the last day to drop the class is asked THEN it falls back: the entry shares its words, not its subject', () => {
    expect(engine.answer('what is the last day to drop the class', now).kind).toBe('fallback');
  });

  it('WHEN the last class is asked THEN the entry answers', () => {
    expect(engine.answer('when is the last class', now).sources[0]?.id).toBe('key-dates');
  });
});
