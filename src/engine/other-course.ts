// A question about another course, named by its code ("is <subject> <number> offered in the spring", "should i take
// <subject> <number> or <subject> <number> next term"), checked against the answer that would be given: an entry of
// this course that never names that course does not answer it. The question is as normalize() writes it.
import { CALENDAR_NAMES } from './calendar-names.ts';
import { isContentWord } from './text.ts';

/** A course code: a subject of letters and a number of three or four digits ("chem 112", "cs418", "csci-4380"). */
const COURSE_CODE = /\b([a-z]{2,8})[ -]?(\d{3,4})[a-z]?\b/g;

/**
 * Words before a number of three or four digits that make it something other than a course: a room, a page, a year,
 * an amount ("room 120", "fall 2025", "under 800").
 */
const NOT_A_SUBJECT = new Set(
  (
    'room rooms hall building bldg suite office lab labs chapter chapters ch page pages pp section sections sec ' +
    'question questions problem problems exercise exercises lecture lectures week weeks year years fall spring ' +
    'summer winter autumn term semester quarter class grade grades score scores points pts isbn version level ' +
    'levels number no nr code zip box ext phone tel call over under around approx than'
  ).split(' '),
);

/** The numbers of the course codes a question names. */
function codesNamed(question: string): string[] {
  const numbers: string[] = [];
  for (const m of question.matchAll(COURSE_CODE)) {
    const subject = m[1] ?? '';
    if (!isContentWord(subject) || NOT_A_SUBJECT.has(subject) || CALENDAR_NAMES.has(subject)) continue;
    numbers.push(m[2] ?? '');
  }
  return numbers;
}

/**
 * A check, for a course known by the numbers in `ownCode` (the course file's code and name: "<subject> 418/518",
 * "<subject> 101: <title>"), of a question (as normalize() writes it) and an answer: false when the question names a
 * course by its code that is not this course and the answer never gives that code's number, since it speaks of this
 * course, not of the one asked about. With no number in `ownCode`, no code can be told apart from this course's own,
 * and every answer passes.
 */
export function courseNamedCheck(ownCode: string): (question: string, answer: string) => boolean {
  const own = new Set(ownCode.match(/\d{3,4}/g) ?? []);
  if (own.size === 0) return () => true;
  return (question, answer) =>
    codesNamed(question).every(
      (n) => own.has(n) || new RegExp(`(?<!\\d|\\d\\.)${n}(?!\\d|\\.\\d)`).test(answer),
    );
}
