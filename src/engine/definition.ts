// A question that asks what a term means ("what is an autoencoder", "what's a rubric") is answered by a text that
// defines the term: one that names it and then says what it is ("A rubric is ...", "Rubric: ...", "rubric (the
// grading sheet)"). A course document that only mentions the term ("in the third lab you build an autoencoder") does
// not answer it, however well its words match. Course-independent: it reads English, not any course's words.
import { escapeRegExp } from '../core/escape-regexp.ts';
import { normalize } from './text.ts';

/**
 * "what is a/an X", "what's a X", "what are a X": X a short term, with no preposition or clause after it ("what is an
 * overview of the grading" and "what's a good laptop for gaming" ask something else).
 */
const ASKS_DEFINITION = /^\s*what(?:'s|\s+is|\s+are)\s+an?\s+([a-z0-9][\w-]*(?:\s+[\w-]+){0,3})\s*\??\s*$/;
/** Words that make the rest of a "what is a ..." question more than a term. */
const NOT_A_TERM = /\b(?:of|for|to|in|on|at|about|with|that|which|who|we|i|you|my|our|your|this|good|best)\b/;

/** The term a question asks the meaning of, or null when it asks something else. */
export function termAsked(question: string): string | null {
  const m = ASKS_DEFINITION.exec(normalize(question));
  const term = m?.[1]?.trim();
  return term && !NOT_A_TERM.test(term) ? term : null;
}

/**
 * False when the question asks what a term means and the text never says what it is: the term's first word (in any
 * form: "autoencoder", "autoencoders"), up to three words more, then "is", "are", "means", "refers to", "stands for",
 * a colon or an opening bracket. True for any other question.
 */
export function definesTermAsked(question: string, text: string): boolean {
  const term = termAsked(question);
  const first = term?.split(/\s+/)[0];
  if (!first) return true;
  return new RegExp(
    String.raw`\b${escapeRegExp(first)}\w*(?:\s+[\w-]+){0,3}?\s*(?:\(|:|\s(?:is|are|means|refers to|stands for)\b)`,
    'i',
  ).test(text);
}
