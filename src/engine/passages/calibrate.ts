// The confidence of a passage answer and its per-course threshold, calibrated from the course's own documents.
//
// Confidence is a logistic model (weights.ts, fitted on SyllabusQA's train split by test/fit-passage-weights.ts) of
// "the reply (quote.ts) holds the answer" against "the documents do not answer this", over the top passage's features,
// how sure the re-ranker is of it, and how much of the question the documents know at all. Every input is a share
// or a count that means the same on any course; the weights hold no course's words. The base threshold is where,
// on train, the share of right quotes and honest fallbacks together is highest with at least 60% of the "no answer"
// questions falling back, judged on confidences from fits that left the question's syllabus out (5 folds by
// syllabus), as a new course's would be, and on the reply the bot gives: a quote that fails the answer-type checks
// (answer-type.ts) is a fallback at any confidence.
//
// The threshold is then set per course, from its documents, at index build time:
// - it starts at the base;
// - it rises to the 80th percentile of the confidences that OFF_TOPIC_QUESTIONS (off-topic.ts, questions no course
//   document answers) reach on this course's passages, so documents that talk about campus life, computers or
//   money do not answer such questions;
// - it never rises above the 10th percentile of the confidences of pseudo-questions made from the documents' own
//   sentences (every other content word of each passage's longest sentence), so what the documents say stays
//   answerable.
import { OFF_TOPIC_QUESTIONS } from './off-topic.ts';
import { FEATURE_NAMES, type Ranking, type Scorer } from './scorer.ts';
import { contentWords } from './terms.ts';

export const CONFIDENCE_FEATURES = [
  /** The top passage's own features (scorer.ts). */
  ...FEATURE_NAMES,
  /** The re-ranker's probability for the top passage (a softmax over the candidates). */
  'certainty',
  /** The re-ranker's score of the top passage less the second's. */
  'margin',
  /** Share of the question's weight in words no passage has. */
  'unknown',
  /** The best BM25 score over the question's weight. */
  'strength',
  /** The best 'local' of all candidates: how much of the question one place anywhere says. */
  'bestLocal',
  /**
   * The question's words the top passage lacks (scorer.ts): the weight of the rarest one, their share, and the share
   * of those that other passages have. A question that asks for something specific the passage does not name is
   * usually one the documents do not answer.
   */
  'missingRare',
  'missingShare',
  'missingKnown',
  'missingWeakest',
] as const;

export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number];
export type ConfidenceWeights = Record<ConfidenceFeature, number> & { bias: number };

export interface ConfidenceModel {
  weights: ConfidenceWeights;
  /** The lowest threshold, before the per-course calibration. */
  base: number;
}

/** The top candidate's softmax probability under the re-ranker, and its margin over the second. */
function certainty(ranking: Ranking): { certainty: number; margin: number } {
  const [first, second] = ranking.candidates;
  if (!first) return { certainty: 0, margin: 0 };
  let sum = 0;
  for (const c of ranking.candidates) sum += Math.exp(c.score - first.score);
  return { certainty: 1 / sum, margin: second ? first.score - second.score : 1 };
}

export function confidenceFeatures(ranking: Ranking): Record<ConfidenceFeature, number> | null {
  const top = ranking.candidates[0];
  if (!top) return null;
  return {
    ...top.features,
    ...certainty(ranking),
    unknown: ranking.unknown,
    strength: ranking.strength,
    bestLocal: Math.max(...ranking.candidates.map((c) => c.features.local)),
    missingRare: top.missing.rare,
    missingShare: top.missing.share,
    missingKnown: top.missing.known,
    missingWeakest: top.missing.weakest,
  };
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Probability that the reply (quote.ts) answers the question; 0 when no passage shares a word with it. */
export function confidenceOf(ranking: Ranking, weights: ConfidenceWeights): number {
  const x = confidenceFeatures(ranking);
  if (!x) return 0;
  let z = weights.bias;
  for (const k of CONFIDENCE_FEATURES) z += weights[k] * x[k];
  return sigmoid(z);
}

export interface Calibration {
  threshold: number;
  offTopic: number;
  pseudo: number;
  /** Share of the pseudo-questions that the course's FAQ already answers (0 without a FAQ). */
  faqCoverage: number;
}

/** The FAQ's coverage counts at most this much, so documents a FAQ seems to cover in full can still answer. */
const MAX_FAQ_COVERAGE = 0.9;

const OFF_TOPIC_QUANTILE = 0.8;
const PSEUDO_QUANTILE = 0.1;

function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** A question made from a passage's longest sentence: every other content word, at most five. */
export function pseudoQuestion(sentences: readonly string[]): string | null {
  let longest: string[] = [];
  for (const s of sentences) {
    const words = contentWords(s);
    if (words.length > longest.length) longest = words;
  }
  const picked = longest.filter((_, k) => k % 2 === 0).slice(0, 5);
  return picked.length >= 3 ? picked.join(' ') : null;
}

/** The probability whose odds are those of p times `factor`. */
const scaleOdds = (p: number, factor: number): number => (p * factor) / (p * factor + 1 - p);

/**
 * `faqAnswers`, for a course with FAQ entries: whether the FAQ answers a question with confidence. The documents
 * then only see what the FAQ did not answer, so a question reaching them is less likely to be one they answer than
 * the questions the confidence was fitted on: of the questions the documents answer, the share c that the FAQ answers
 * (measured on the pseudo-questions) never reaches them. The threshold's odds are divided by 1 - c accordingly.
 */
export function calibrate(
  scorer: Scorer,
  model: ConfidenceModel,
  faqAnswers?: (question: string) => boolean,
): Calibration {
  const confidence = (q: string): number => confidenceOf(scorer.rank(q), model.weights);
  const offTopic = quantile(OFF_TOPIC_QUESTIONS.map(confidence), OFF_TOPIC_QUANTILE);
  const pseudoQuestions = scorer.passages.flatMap((_, i) => pseudoQuestion(scorer.sentences(i)) ?? []);
  const pseudo = quantile(pseudoQuestions.map(confidence), PSEUDO_QUANTILE);
  const faqCoverage =
    faqAnswers && pseudoQuestions.length
      ? pseudoQuestions.filter((q) => faqAnswers(q)).length / pseudoQuestions.length
      : 0;
  let threshold = Math.max(model.base, offTopic);
  if (pseudo > model.base) threshold = Math.min(threshold, pseudo);
  threshold = scaleOdds(threshold, 1 / (1 - Math.min(faqCoverage, MAX_FAQ_COVERAGE)));
  return { threshold, offTopic, pseudo, faqCoverage };
}
