// The course's own code in a question or a phrasing reads as "the course": "what is bot 101 about" asks what "what
// is this course about" does, and a phrasing that names the code does not draw every question that names it.
import { describe, expect, it } from 'vitest';
import { buildModel, courseCodeAsCourse } from '../../src/engine/model.ts';
import { botany } from './fixtures.ts';

describe('GIVEN a course code', () => {
  it('WHEN a text names it apart, joined or hyphenated THEN each reads as "course"', () => {
    const asCourse = courseCodeAsCourse('BOT 101');
    expect(asCourse('is BOT 101 hard, or bot101, or bot-101?')).toBe('is course hard, or course, or course?');
  });

  it('WHEN the code lists several numbers THEN each counts, with the letters of the first', () => {
    expect(courseCodeAsCourse('BIO 497G/697G')('bio 697g or BIO497G')).toBe('course or course');
  });

  it('WHEN a text names the number alone THEN it is the course, but not in a code of several numbers', () => {
    expect(courseCodeAsCourse('COMP 455')('what room is 455 in')).toBe('what room is course in');
    // (in "GEO 468/668" the numbers tell the undergraduate and graduate sections apart)
    expect(courseCodeAsCourse('GEO 468/668')('the 668 section, or geo 468')).toBe(
      'the 668 section, or course',
    );
  });

  it('WHEN the code has no number, or the text only a short number THEN nothing is replaced', () => {
    expect(courseCodeAsCourse('DL')('is dl hard')).toBe('is dl hard');
    expect(courseCodeAsCourse('BOT 101')('what is in lab 101a or bot 10')).toBe(
      'what is in lab 101a or bot 10',
    );
    expect(courseCodeAsCourse(undefined)('bot 101')).toBe('bot 101');
  });
});

describe('GIVEN a FAQ whose contact entry names the course code in its phrasings', () => {
  const base = botany();
  const overview = {
    ...base.faq[0]!,
    id: 'overview',
    title: 'What the course is about',
    questions: [
      'what is this course about',
      'what do we learn in this course',
      'what topics does the course cover',
    ],
    tags: [],
    answer: 'The structure and life of plants: cells, growth and ecology.',
  };
  const content = {
    ...base,
    course: { ...base.course, code: 'BOT 101' },
    faq: [
      ...base.faq.map((e) =>
        e.id === 'contact'
          ? { ...e, questions: [...e.questions, 'who teaches BOT 101', 'who is the lecturer of bot 101'] }
          : e,
      ),
      overview,
    ],
  };
  const model = buildModel(content, { vectors: false });

  it('WHEN a question names the code THEN the entry on what it asks answers, not the one that names the code', () => {
    for (const q of ['what do we learn in bot 101', 'what is bot-101 about', 'what is BOT101 about']) {
      const d = model.decide(q);
      expect(d.kind === 'answer' && d.entries[0]?.entry.id, q).toBe('overview');
    }
  });
});
