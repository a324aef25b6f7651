// "Is 86.9 a B+?", "what letter grade is an 89.5": the grade a final percentage gets under the course file's cut-offs
// (and its rounding), worked out for the question. Only for a course whose final rule is weighted with cut-offs.
import type { GradingModel } from '../content/grading-schema.ts';
import { gradeOf } from './weighted.ts';
import { escapeRegExp } from '../core/escape-regexp.ts';

/**
 * A percentage asked about: 0 to 100, with decimals; not a count of points, days, minutes or pages, nor a number
 * joined to a word ("a 50-minute exam", "a 3-page essay").
 */
const PERCENT =
  /(?<![\w.])(\d{1,3}(?:\.\d+)?)(?!\.?\d)(?![-‐–]\p{L})\s*(%|percent\b)?(?!\s*(?:points?|pts|days?|hours?|hrs?|weeks?|minutes?|mins?|pages?|words?)\b)/gu;
/** Asked what grade a number is: "what letter is 89.5", "what grade would 76 be", "is 86.9 a B+". */
const ASKS_GRADE = /\b(what|which|is|would|does|do|will|an?|for)\b/;

/** A piece of work by its number ("quiz 3", "hw 12", "week 10"): a number that is no percentage. */
const WORK_NUMBER =
  /\b(hw|homework|assignments?|quiz(zes)?|labs?|weeks?|exams?|tests?|problems?|sets?|chapters?|lectures?|class(es)?|projects?|papers?|essays?|midterms?|parts?|questions?|q|units?|modules?)\s*#?\d/i;

type Cutoff = { grade: string | number; from: number };
type WeightedFinal = Extract<NonNullable<GradingModel['final']>, { rule: 'weighted' }>;

/**
 * The course file's final rule when it is weighted with cut-offs and the calculator is on; null otherwise (with
 * `calculator: false` no reply states the cut-offs, as course-file.md says).
 */
function weightedWithCutoffs(
  grading: GradingModel | undefined,
): (WeightedFinal & { cutoffs: NonNullable<WeightedFinal['cutoffs']> }) | null {
  const final = grading?.final;
  if (grading?.calculator === false || final?.rule !== 'weighted' || !final.cutoffs?.length) return null;
  return { ...final, cutoffs: final.cutoffs };
}

const num = (n: number): string => String(Math.round(n * 100) / 100);

/** What a grade spans under the cut-offs (highest first): "runs from 83% up to 87%", "is 93% and above", "is below 60%". */
function span(cutoffs: readonly Cutoff[], grade: Cutoff): string {
  const above = cutoffs[cutoffs.indexOf(grade) - 1];
  if (!above) return `is ${num(grade.from)}% and above`;
  return grade.from === 0
    ? `is below ${num(above.from)}%`
    : `runs from ${num(grade.from)}% up to ${num(above.from)}%`;
}

/** The text without a capital "A" that opens a sentence as its article ("A friend told me ..."). */
function withoutOpeningArticle(text: string): string {
  return text.replace(/(^|[.!?]\s+)A(?= ([a-z]+))/g, (whole, start: string, next: string) =>
    ASKS_RANGE.test(next) ? whole : start,
  );
}

/** The cut-off grades a question names: letter grades with a sign in any case, a capital A, or b to f alone. */
function gradesNamed(question: string, cutoffs: readonly Cutoff[]): Cutoff[] {
  return cutoffs.filter((c) => {
    const name = String(c.grade);
    // (a numeric grade, "10", is not named by a letter)
    if (/^\d/.test(name)) return false;
    const g = escapeRegExp(name);
    // (not the "d" of "i'd"; "a" is also the article: only a capital A names the grade, and not the one that starts
    // a sentence before a word it goes with, "A friend of mine got 92", unless the word asks about a grade's range)
    if (name.toLowerCase() === 'a') return /(?<![\w+'’-])A(?![\w+-])/.test(withoutOpeningArticle(question));
    return new RegExp(`(?<![\\w+'’-])${g}(?![\\w+-])`, 'i').test(question);
  });
}

/**
 * The sentence that answers a question asking which grade a final percentage gets ("is 86.9 a B+"), or null when the
 * question asks no such thing or the course has no cut-offs.
 */
export function letterGradeSentence(question: string, grading: GradingModel | undefined): string | null {
  const final = weightedWithCutoffs(grading);
  if (!final) return null;
  const cutoffs = final.cutoffs;
  // (one percentage first: most questions have none, and the names need a pattern per grade)
  const numbers = [...question.matchAll(PERCENT)].map((m) => Number(m[1])).filter((n) => n >= 0 && n <= 100);
  if (numbers.length !== 1) return null;
  const named = gradesNamed(question, cutoffs);
  const percent = numbers[0] as number;
  // ("what grade is 91", "what grade do i get with 93": a grade asked of a number that is a percentage, not of the
  // number of a piece of work, "what grade did quiz 3 get")
  const ofWork = WORK_NUMBER.test(question);
  const asksLetter =
    /\b(letter|letter grade)\b/i.test(question) ||
    named.length > 0 ||
    (/\bgrade\b/i.test(question) && percent >= 10 && !ofWork);
  if (!asksLetter || !ASKS_GRADE.test(question.toLowerCase())) return null;
  const { rounded = percent, cutoff: grade } = gradeOf(final, percent);
  const lowest = cutoffs.at(-1);
  if (!grade)
    return lowest
      ? `A final percentage of **${num(percent)}%** is below the lowest grade the course lists ` +
          `(${lowest.grade} from ${num(lowest.from)}%), and the course gives no grade below that.`
      : null;
  const roundedNote = rounded !== percent ? ` (rounded to ${num(rounded)} first)` : '';
  const range = `${grade.grade} ${span(cutoffs, grade)}`;
  const other = named.find((c) => c.grade !== grade.grade);
  const not = other
    ? `, not ${article(other.grade)} ${other.grade}: ${other.grade} starts at ${num(other.from)}%`
    : '';
  // (a syllabus that gives no rounding rule mostly just does not say: the reply says how it was worked out, not
  // that the course never rounds)
  const exact =
    final.round_to_decimals === undefined
      ? ' This is worked out without rounding the percentage; near a cut-off, ask the staff.'
      : '';
  return (
    `A final percentage of **${num(percent)}%**${roundedNote} is ${article(grade.grade)} **${grade.grade}**${not} ` +
    `(${range}, by the course's cut-offs).${exact}`
  );
}

/**
 * Asked what a grade takes or spans: "A- range", "what score do I need for an A-", "minimum percentage for a D-", "B+
 * cutoff", "what percentage is a B".
 */
const ASKS_RANGE =
  /\b(ranges?|cut[\s-]?offs?|percent(ages?)?|scores?|minimum|min|threshold|boundar(y|ies)|lowest|scale|need|needed|take|takes|required)\b|%/i;

/**
 * The sentence that answers a question asking what one letter grade spans under the course file's cut-offs ("A-
 * range": "An A- runs from 90% up to 93%"), or null when the question names no grade, or a number (that is
 * `letterGradeSentence`'s), or asks nothing of the kind, or the course has no cut-offs.
 */
export function gradeRangeSentence(question: string, grading: GradingModel | undefined): string | null {
  const cutoffs = weightedWithCutoffs(grading)?.cutoffs;
  if (!cutoffs) return null;
  if (/\d/.test(question.replace(/\b[a-z]+[\s-]?\d{3,}\b/gi, '')) || !ASKS_RANGE.test(question)) return null;
  const named = gradesNamed(question, cutoffs);
  // ("what % is failing": the failing grade, F or E, when the course lists one)
  const failing = /\bfail(ing|s)?\b/i.test(question.replace(/\bpass[\s/-]*(or[\s/-]*)?fail\b/gi, ''))
    ? cutoffs.filter((c) => /^[EF]$/i.test(String(c.grade)))
    : [];
  const asked = named.length ? named : failing;
  if (asked.length !== 1) return null;
  const grade = asked[0] as Cutoff;
  return `${capitalised(article(grade.grade))} **${grade.grade}** ${span(cutoffs, grade)}, by the course's cut-offs.`;
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "an" before a grade said with a vowel sound (A, E, F: "an F"), else "a". */
function article(grade: string | number): string {
  const g = String(grade);
  return /^[aefhilmnorsx]/i.test(g) && g.length <= 2 ? 'an' : /^(8|11|18)/.test(g) ? 'an' : 'a';
}
