// How likely a question is one that course documents answer at all, from its wording alone: a logistic model over
// the question's words, fitted on SyllabusQA's train split (weights.ts, test/fit-passage-weights.ts) against its "no
// answer" questions. Its words are only those that questions about at least half of the fitted syllabi use ("fail",
// "pass", "details", "textbook"), so it knows how students ask, never one course's topics. The confidence
// (calibrate.ts) reads its log-odds beside what the passages say.
import { tokens } from '../text.ts';

export interface QuestionPrior {
  bias: number;
  /** Each word's weight; a word not listed weighs nothing. */
  words: Readonly<Record<string, number>>;
}

/** The prior's log-odds that the documents answer this question. */
export function priorOf(question: string, model: QuestionPrior): number {
  let z = model.bias;
  for (const w of new Set(tokens(question))) if (Object.hasOwn(model.words, w)) z += model.words[w] ?? 0;
  return z;
}
