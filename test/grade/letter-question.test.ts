// "Is 86.9 a B+?": the grade a final percentage gets under the course file's cut-offs (test/fixtures/courses/letter:
// A from 93, A- from 90, B+ from 87, B from 83 …, no rounding), worked out in the reply.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { gradeRangeSentence, letterGradeSentence } from '../../src/grade/letter-question.ts';

const DIR = path.resolve(import.meta.dirname, '../fixtures/courses/letter/faq');
const content = loadContent({ faqDir: DIR });
const grading = content.course.grading;

describe('GIVEN a course with letter-grade cut-offs', () => {
  it('WHEN asked whether a percentage is a letter THEN the grade it gets, and not the one asked, with the range', () => {
    expect(letterGradeSentence('is 86.9 a B+', grading)).toBe(
      'A final percentage of **86.9%** is a **B**, not a B+: B+ starts at 87% (B runs from 83% up to 87%, by the ' +
        "course's cut-offs). This is worked out without rounding the percentage; near a cut-off, ask the staff.",
    );
    expect(letterGradeSentence('what letter grade is 93.5?', grading)).toContain(
      'is an **A** (A is 93% and above',
    );
    expect(letterGradeSentence('would an 89.99 be an a-', grading)).toContain('is a **B+**, not an A-');
  });

  it('WHEN the course rounds before the grade is looked up THEN the rounded percentage decides', () => {
    const final = grading?.final;
    if (!final || final.rule !== 'weighted') throw new Error('fixture');
    const rounding = { ...grading, final: { ...final, round_to_decimals: 0 } } as typeof grading;
    expect(letterGradeSentence('is 86.5 a B+', rounding)).toContain(
      '**86.5%** (rounded to 87 first) is a **B+**',
    );
  });

  it('WHEN the cut-offs stop above 0, as the syllabus lists them THEN a lower percentage is below the lowest grade', () => {
    const final = grading?.final;
    if (!final || final.rule !== 'weighted') throw new Error('fixture');
    const toC = { ...grading, final: { ...final, cutoffs: final.cutoffs!.filter((c) => c.from >= 73) } };
    expect(letterGradeSentence('what grade is 72 percent', toC as typeof grading)).toBe(
      'A final percentage of **72%** is below the lowest grade the course lists (C from 73%), and the course ' +
        'gives no grade below that.',
    );
    expect(letterGradeSentence('what grade is 75 percent', toC as typeof grading)).toContain('is a **C**');
  });

  it('WHEN asked what grade a percentage is, without "letter" THEN the grade it gets', () => {
    expect(letterGradeSentence('what grade is 91', grading)).toContain('**91%** is an **A-**');
    expect(letterGradeSentence('what grade do i get with 93', grading)).toContain('**93%** is an **A**');
    expect(letterGradeSentence('grade for 81%?', grading)).toContain('**81%** is a **B-**');
    // (the lowest grade, from 0, is said as below the next one)
    expect(letterGradeSentence('what grade is 45', grading)).toContain('(F is below 60%, by the course');
  });

  it('WHEN the number is that of a piece of work THEN it is no percentage asked about', () => {
    expect(letterGradeSentence('what grade did quiz 3 get', grading)).toBeNull();
    expect(letterGradeSentence('what grade do i get for week 10', grading)).toBeNull();
  });

  it('WHEN the question asks no such thing THEN there is no sentence', () => {
    for (const q of [
      'what do i need for a B+', // no percentage
      'i got 45 on hw2, can you check my grade', // no letter asked
      'is 86.9 good', // no letter named
      'can i get a B+ if i got 80 and 90 on the exams', // two numbers
      'is 120 an A', // not a percentage
      "i'd like to know if 85 is good", // the "d" of "i'd" is no grade
      'A friend of mine got 92 on the final. Is that good?', // the article that opens a sentence is no grade
      'what letter grade does the 50-minute quiz count toward', // a number joined to a word is no percentage
      'is a 75 minute exam long enough to get a B', // minutes are no percentage
    ])
      expect(letterGradeSentence(q, grading)).toBeNull();
  });
});

describe('GIVEN the same course, asked what one letter grade spans', () => {
  it('WHEN a question names one grade and asks its range or what it takes THEN the range from the cut-offs', () => {
    expect(gradeRangeSentence('A- range', grading)).toBe(
      "An **A-** runs from 90% up to 93%, by the course's cut-offs.",
    );
    expect(gradeRangeSentence('What score do I need for a B+?', grading)).toContain(
      'A **B+** runs from 87% up to 90%',
    );
    expect(gradeRangeSentence('minimum percentage for a D', grading)).toContain(
      'A **D** runs from 60% up to 70%',
    );
    expect(gradeRangeSentence('whats the cutoff for an A in STAT 101', grading)).toBe(
      "An **A** is 93% and above, by the course's cut-offs.",
    );
    // (a capital A that opens the question names the grade when the word after it asks about its range)
    expect(gradeRangeSentence('A cutoff?', grading)).toBe(
      "An **A** is 93% and above, by the course's cut-offs.",
    );
  });

  it('WHEN it asks what is failing THEN the F, said as below the next grade; not for "pass/fail"', () => {
    expect(gradeRangeSentence('what % is failing', grading)).toBe(
      "An **F** is below 60%, by the course's cut-offs.",
    );
    expect(gradeRangeSentence('can i take this course pass/fail, what percentage', grading)).toBeNull();
    expect(gradeRangeSentence('pass fail option score?', grading)).toBeNull();
  });

  it('WHEN it names no grade, two grades, a number, or asks nothing of a range THEN there is no sentence', () => {
    for (const q of [
      'what are the grade ranges', // no grade named: the FAQ's scale answers
      'is there an A+', // no range asked (and no A+ in the cut-offs)
      'is it easier to get a B or a C here', // two grades
      'what do i need on hw2 to keep a B', // a number: not the range of a grade
      'can i get a B if i fail the midterm', // no range asked
    ])
      expect(gradeRangeSentence(q, grading)).toBeNull();
  });

  it('WHEN the course file turns the calculator off THEN neither sentence states the cut-offs', () => {
    const off = { ...grading, calculator: false } as typeof grading;
    expect(gradeRangeSentence('A- range', off)).toBeNull();
    expect(letterGradeSentence('is 86.9 a B+', off)).toBeNull();
  });
});

describe('GIVEN the answer engine of that course', () => {
  const engine = createAnswerEngine(content);
  const now = new Date('2026-10-01T12:00:00Z');

  it('WHEN a student asks whether a percentage is a letter THEN the reply works it out', () => {
    const reply = engine.answer('is an 89.5 an A-?', now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('A final percentage of **89.5%** is a **B+**, not an A-: A- starts at 90%');
  });

  it('WHEN a student asks what a grade takes THEN the reply gives its range, beside or instead of an entry', () => {
    const reply = engine.answer('B- range?', now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('A **B-** runs from 80% up to 83%');
  });
});
