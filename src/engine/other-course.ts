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

/**
 * A course named by the words before "course" ("the NLP course", "the machine learning course"; not "class", which is
 * also a meeting: "the monday class").
 */
const NAMED_COURSE = /\bthe ((?:[a-z][\w-]* ){0,3}?[a-z][\w-]*) course\b(?:\s+([a-z][\w-]*))?/g;

/** Words after "course" that leave it a noun: "the NLP course next period", "when is the RL course given". */
const AFTER_COURSE = new Set(
  'next this last taught given offered start starts begin begins run runs held open opens close closes'.split(
    ' ',
  ),
);

/** Words before "course" that describe a course rather than name one ("the whole course", "the online class"). */
const DESCRIBING = new Set(
  (
    'whole entire same full online current required main official actual other next previous first last new old ' +
    'in-person hybrid live regular normal real second third fourth follow-up follow advanced intro introductory ' +
    'prerequisite prereq elective core'
  ).split(' '),
);

/**
 * Whether `word` is one of this course's own names: a word of its code or name, their initials ("dl" for "Deep
 * Learning"), or a short form of one ("lit" for "literature", "stats" for "statistics").
 */
function ownWord(own: readonly string[], initials: ReadonlySet<string>, word: string): boolean {
  // (a code with its number, "cs109", is left to courseNamedCheck)
  if (initials.has(word) || /\d/.test(word)) return true;
  return own.some(
    (o) =>
      o === word ||
      (word.length >= 3 && o.startsWith(word)) ||
      (o.length >= 3 && word.startsWith(o)) ||
      (word.length >= 4 && o.startsWith(word.replace(/s$/, ''))),
  );
}

/**
 * A check, for a course known by `ownName` (its code and name), of a question (as normalize() writes it) and an
 * answer: false when the question asks about "the <name> course" whose name is not this course's and neither the
 * answer nor what it is `about` (an entry's title and phrasings) names it ("who teaches the NLP course" against this
 * course's entry on its lecturers; "how do i join the tophat course" is answered by the entry on Top Hat).
 */
export function courseNamedByWordsCheck(
  ownName: string,
): (question: string, answer: string, about?: readonly string[]) => boolean {
  const own = ownName.toLowerCase().match(/[a-z]+|\d+/g) ?? [];
  // (of the capitalised words, all of them and each run: "ids" and "ds" for "Introduction to Data Science")
  const runs: string[] = [''];
  for (const w of ownName.split(/[^A-Za-z0-9]+/).filter(Boolean)) {
    if (/^[A-Z]/.test(w)) runs[runs.length - 1] += w[0]!.toLowerCase();
    else runs.push('');
  }
  const initials = new Set([...runs, runs.join('')].filter((r) => r.length >= 2));
  return (question, answer, about = []) => {
    if (!question.includes(' course')) return true;
    // (the answer and what it is about are joined only for a question that names a course so, and once)
    let said: { text: string; joined: string } | undefined;
    const named = (w: string): boolean => {
      if (!said) {
        const text = [answer, ...about].join('\n').toLowerCase();
        said = { text, joined: text.replace(/[\s-]+/g, '') };
      }
      return new RegExp(`\\b${w}\\b`).test(said.text) || said.joined.includes(w);
    };
    for (const m of question.matchAll(NAMED_COURSE)) {
      // ("the overall course grade", "the course website": a word such as grade after "course" makes it describe)
      const after = m[2];
      if (after && isContentWord(after) && !AFTER_COURSE.has(after)) continue;
      const words = (m[1] ?? '').split(' ');
      if (!words.every(isContentWord)) continue;
      const naming = words.filter((w) => !DESCRIBING.has(w));
      if (naming.length === 0 || naming.every((w) => ownWord(own, initials, w))) continue;
      if (!naming.some((w) => !ownWord(own, initials, w) && named(w))) return false;
    }
    return true;
  };
}
