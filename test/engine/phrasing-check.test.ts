// validate lists the FAQ's own phrasings that their entry does not answer word for word, saying why: an answer that
// does not give the kind of thing a phrasing asks for (a place for "which room") is not given for it.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { kindNotGiven } from '../../src/engine/answer-type.ts';
import { unansweredPhrasings } from '../../src/engine/phrasing-check.ts';
import { botany } from './fixtures.ts';

const now = new Date('2030-02-10T12:00:00Z');

function withoutLocation<E extends { location?: string }>(event: E): E {
  const copy = { ...event };
  delete copy.location;
  return copy;
}

describe('GIVEN a course whose phrasings its entries answer', () => {
  it('THEN none is listed', () => {
    expect(unansweredPhrasings(botany(), now)).toEqual([]);
  });

  it('WHEN an entry has a phrasing its answer does not say THEN it is listed with its line and the reason', () => {
    const content = botany();
    // (without the lab's room in the schedule, which would answer "which room" itself)
    content.schedule.events = content.schedule.events.map(withoutLocation);
    const labs = content.faq.find((e) => e.id === 'labs');
    if (!labs) throw new Error('no labs entry');
    labs.questions = [...labs.questions, 'which room is the lab in'];
    labs.questionLines = [...(labs.questionLines ?? []), 99];
    expect(unansweredPhrasings(content, now)).toEqual([
      {
        file: labs.file,
        line: 99,
        field: `labs.questions[${labs.questions.length - 1}]`,
        question: 'which room is the lab in',
        why: 'the reply is a fallback: its answer names no place (a room, a building or a site)',
      },
    ]);
  });
});

describe('GIVEN a phrasing that another reply answers, one that names no entry', () => {
  it('THEN it is listed with the reply it gets, not an empty entry name', () => {
    const content = botany();
    const labs = content.faq.find((e) => e.id === 'labs');
    if (!labs) throw new Error('no labs entry');
    // (the schedule has no lab on the Sunday of `now`, and says so with no source)
    labs.questions = [...labs.questions, 'is there a lab on sunday'];
    labs.questionLines = [...(labs.questionLines ?? []), 42];
    expect(unansweredPhrasings(content, now)).toEqual([
      expect.objectContaining({
        line: 42,
        question: 'is there a lab on sunday',
        why: 'it is answered without the entry: "The course schedule lists no lab on Sun 10 Feb 2030."',
      }),
    ]);
  });
});

describe("GIVEN the same phrasing and the lab's room in the schedule", () => {
  it('THEN it is not listed: the schedule answers it', () => {
    const content = botany();
    const labs = content.faq.find((e) => e.id === 'labs');
    if (!labs) throw new Error('no labs entry');
    labs.questions = [...labs.questions, 'which room is the lab in'];
    labs.questionLines = [...(labs.questionLines ?? []), 99];
    expect(unansweredPhrasings(content, now)).toEqual([]);
  });
});

describe("GIVEN a phrasing its entry's answer does not give the kind of, which a document's passage answers", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'phrasing-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(path.join(import.meta.dirname, '../fixtures/docs-course'), dir, { recursive: true });
  // (the syllabus says the bus leaves at 8:00; the entry says where from, not when)
  writeFileSync(
    path.join(dir, 'faq.yaml'),
    [
      '- id: bus',
      '  title: The bus to the field trip',
      '  questions:',
      '    - how do we get to the field trip',
      '    - is there a bus to the field trip',
      '    - when does the bus to the field trip leave',
      '  answer: A bus takes everyone to the tidal pools, from the north parking lot.',
    ].join('\n'),
  );

  it('THEN the note names the passage and what the entry lacks, the reason the passage answers', () => {
    expect(unansweredPhrasings(loadContent({ faqDir: dir }), now)).toEqual([
      expect.objectContaining({
        field: 'bus.questions[2]',
        why: `the documents' passage "doc:syllabus-4" answers it instead: its own answer gives no day or time`,
      }),
    ]);
  });
});

describe('kindNotGiven', () => {
  it('THEN it names what the answer lacks of the kind asked, or null', () => {
    expect(kindNotGiven('how many quizzes are there', 'Quizzes are online.', [])).toBe('gives no number');
    expect(kindNotGiven('how many quizzes are there', 'There are five quizzes.', [])).toBeNull();
  });
});
