// A question about one numbered item of a series ("quiz 1", "milestone 2", "week 8"), checked against the entry that
// would answer it: an answer that speaks of other items of the same series, and never of this one, does not answer.
// The question is as normalize() writes it; the answer is the entry's Markdown.
import { CALENDAR_NAMES } from './calendar-names.ts';
import { isContentWord, ORDINALS, unmarked } from './text.ts';

/**
 * A word and its number in a question: "quiz 1", "hw2", "milestone #2" (not a share, points or a clock time). The word
 * is letters only, so it goes into a regular expression as it is.
 */
const ITEM =
  /\b([a-z]{2,})\s?#?\s?(\d{1,2})(?![\d:.,%/])(?!\s*(%|percent|points?|pts|am|pm|a\.m\.|p\.m\.)(?![a-z]))/g;

/** Words before an item that make it the bound of an open range: "from HW4 on", "up to HW3". */
const BOUND =
  /\b(from|after|starting|beginning|since|up to|until|till|through|before)\s+(with\s+|at\s+)?(the\s+)?$/i;

/**
 * The numbers an answer gives the series `word` ("Quiz 3", "quizzes 1 and 2", "weeks 1-3", "Milestones 1, 2 or 3"),
 * a range counting each of its numbers; null when the answer bounds an open range ("from HW4 on"), which may hold any
 * item. The numbers of a numbered list ("1. Introduction", also run into one line) count for every series.
 */
function numbersOf(word: string, answer: string): Set<number> | null {
  const found = new Set<number>();
  const series = new RegExp(
    `\\b${word}(?:e?s)?\\s?#?\\s?(\\d{1,2}(?:\\s*(?:,|and|or|&|-|–|to)\\s*\\d{1,2})*)\\b`,
    'gi',
  );
  for (const m of answer.matchAll(series)) {
    if (BOUND.test(answer.slice(Math.max(0, m.index - 20), m.index))) return null;
    const list = m[1] ?? '';
    for (const range of list.matchAll(/(\d{1,2})(?:\s*(?:-|–|to)\s*(\d{1,2}))?/g)) {
      const from = Number(range[1]);
      const to = range[2] === undefined ? from : Number(range[2]);
      for (let n = from; n <= Math.min(to, from + 30); n++) found.add(n);
    }
  }
  if (found.size > 0)
    for (const item of answer.matchAll(/(?:^|[\s:;])(\d{1,2})[.)]\s+(?=[A-Z])/g)) found.add(Number(item[1]));
  return found;
}

/** True when the answer names the item by its ordinal: "the first quiz", "3rd milestone" (text.ts's ordinals). */
function byOrdinal(word: string, n: number, answer: string): boolean {
  const before = new RegExp(`\\b([a-z0-9]+)\\s+(?=(?:\\w+\\s+)?${word})`, 'gi');
  return [...answer.matchAll(before)].some((m) => ORDINALS.get((m[1] ?? '').toLowerCase()) === n);
}

/**
 * False when the question names a numbered item ("when is quiz 1") and the answer numbers items of that series but
 * never this one ("<series> 3: <date>" for "<series> 1"): it speaks of another item. An answer that numbers none of the
 * series (an entry on the series in general) is left to the other checks.
 */
export function answersItem(question: string, answer: string): boolean {
  const plain = unmarked(answer);
  for (const m of question.matchAll(ITEM)) {
    const word = m[1] ?? '';
    const n = Number(m[2]);
    if (!isContentWord(word) || CALENDAR_NAMES.has(word) || n === 0) continue;
    const numbers = numbersOf(word, plain);
    if (numbers && numbers.size > 0 && !numbers.has(n) && !byOrdinal(word, n, plain)) return false;
  }
  return true;
}
