// Turns raw question text into search terms: cleaning, contractions, course phrases, synonyms, stopwords, stemming.
import { INFORMAL, PHRASES, STOPWORDS, WORDS } from './synonyms.ts';
import { stem } from './stem.ts';

import { MAX_QUESTION_LENGTH } from '../core/question-limit.ts';

/** Questions are cut to this many characters: longer text is almost never one question. */
export const MAX_QUESTION_CHARS = MAX_QUESTION_LENGTH;

// Built from a string so the control character is explicit (and lint-clean): ESC [ params intermediates final.
const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[ -/]*[@-~]`, 'g');

export interface CleanQuestion {
  text: string;
  truncated: boolean;
  /** True when the input had letters or digits at all (binary junk and whitespace do not). */
  hasWords: boolean;
}

/** Strips control and invisible characters and bounds the length; safe on any input. */
export function cleanQuestion(raw: unknown): CleanQuestion {
  const input = typeof raw === 'string' ? raw : '';
  // Only look at a bounded prefix: a 100 KB paste must not cost more than a normal question.
  const head = input.slice(0, MAX_QUESTION_CHARS * 4);
  const text = head
    // terminal escape sequences ("\x1b[2J") are control codes with printable tails: drop them whole
    .replace(ANSI_ESCAPE, ' ')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\uFFFD]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const truncated = text.length > MAX_QUESTION_CHARS || input.length > head.length;
  const bounded = text.length > MAX_QUESTION_CHARS ? text.slice(0, MAX_QUESTION_CHARS).trimEnd() : text;
  return { text: bounded, truncated, hasWords: /[\p{L}\p{N}]/u.test(bounded) };
}

const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\b(\w+)'s\b/g, '$1 is'],
  [/\b(what|when|where|who|how|that|there|it)s\b/g, '$1 is'],
  [/\bcan't\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\b(\w+)'(re|ve|ll|d|m)\b/g, '$1'],
];

/** Lower-cases, folds accents and rewrites phrases, so "E-mail" and "cheat-sheet" match "email" and "cheatsheet". */
// One answer runs several detectors on the same text: remembering the last result saves most of the rewriting.
let lastText: string | undefined;
let lastCanonical = '';

export function canonicalText(text: string): string {
  if (text === lastText) return lastCanonical;
  lastCanonical = rewrite(text);
  lastText = text;
  return lastCanonical;
}

function rewrite(text: string): string {
  let t = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'");
  for (const [re, to] of INFORMAL) t = t.replace(re, to);
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
  // "assignment 2", "a2", "2nd assignment" -> "assignment a2" so the number is a term of its own
  t = t
    .replace(/\b(?:assignment|assignement|assigment|homework|hw|ass)\s*#?\s*([1-9])\b/g, ' assignment a$1 ')
    .replace(/(?<!assignment )\ba([1-9])\b/g, ' assignment a$1 ')
    .replace(/\b(first|1st)\s+assignment\b/g, ' assignment a1 ')
    .replace(/\b(second|2nd)\s+assignment\b/g, ' assignment a2 ')
    .replace(/\b(third|3rd)\s+assignment\b/g, ' assignment a3 ')
    .replace(/\b(fourth|4th|last|final)\s+assignment\b/g, ' assignment a4 ');
  for (const [re, to] of PHRASES) t = t.replace(re, to);
  return t;
}

/** The words of a text after phrase rewriting, before stopwords and stemming (the typo corrector works on these). */
export function surfaceWords(text: string): string[] {
  return canonicalText(text).match(/[a-z0-9]+(?:[.,]\d+)?(?:-[a-z]+)?/g) ?? [];
}

/** One word to its search term, or null for a stopword. */
export function termOf(word: string): string | null {
  const mapped = WORDS[word] ?? word;
  // a lone letter ("r", "n", "y") is chat shorthand or a stray key, never a topic
  if (STOPWORDS.has(mapped) || /^[a-z]$/.test(mapped)) return null;
  return stem(mapped.replace(/,/g, '.'));
}

/** The search terms of a text, in order, duplicates kept (BM25 counts them). */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const w of surfaceWords(text)) {
    const t = termOf(w);
    if (t !== null) out.push(t);
  }
  return out;
}

/** True when every word of an already canonical, punctuation-free text matches `allowed` (a whole-word pattern). */
export function onlyWords(text: string, allowed: RegExp): boolean {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => allowed.test(w));
}
