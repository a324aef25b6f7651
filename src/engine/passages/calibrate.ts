// The confidence of a passage answer and its per-course threshold, calibrated from the course's own documents.
//
// Confidence is a weighted sum of the best passage's features (scorer.ts), each a share in [0, 1], so it means the
// same on any course: mostly how much of the question's weight the passage covers, exactly or through word vectors,
// and how much of it one place in the passage covers. The weights were fitted once (logistic regression, right
// quote against "no answer" question) on SyllabusQA's train split and checked on val, once with word vectors and
// once on words alone; they hold no course's words. The base is where, on train, at least 60% of the "no answer"
// questions fall back.
//
// The threshold is then set per course, from its documents, at index build time:
// - it starts at the base (CONFIDENCE: one for word vectors, one for words alone);
// - it rises to the 90th percentile of the confidences that OFF_TOPIC_QUESTIONS (off-topic.ts, questions no course
//   document answers) reach on this course's passages, so documents that talk about campus life, computers or
//   money do not answer such questions;
// - it never rises above the 10th percentile of the confidences of pseudo-questions made from the documents' own
//   sentences (every other content word of each passage's longest sentence), so what the documents say stays
//   answerable.
import { OFF_TOPIC_QUESTIONS } from './off-topic.ts';
import { weighted, type FeatureWeights, type Features, type Scorer } from './scorer.ts';
import { contentWords } from './terms.ts';

/** Confidence weights and the lowest threshold, with word vectors and on words alone (no vector file). */
export const CONFIDENCE = {
  vectors: {
    weights: { coverage: 0.18, local: 0.45, bm25: -0.04, soft: 0.08, semantic: 0.3 },
    base: 0.43,
  },
  words: {
    weights: { coverage: 0.16, local: 0.5, bm25: 0.18, soft: 0.16, semantic: 0 },
    base: 0.44,
  },
} as const satisfies Record<string, { weights: FeatureWeights; base: number }>;

const OFF_TOPIC_QUANTILE = 0.9;
const PSEUDO_QUANTILE = 0.1;

export function confidenceOf(f: Features, hasVectors: boolean): number {
  return weighted(f, CONFIDENCE[hasVectors ? 'vectors' : 'words'].weights);
}

export interface Calibration {
  threshold: number;
  offTopic: number;
  pseudo: number;
}

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

export function calibrate(scorer: Scorer): Calibration {
  const confidence = (q: string): number => {
    const best = scorer.rank(q)[0];
    return best ? confidenceOf(best.features, scorer.hasVectors) : 0;
  };
  const base = CONFIDENCE[scorer.hasVectors ? 'vectors' : 'words'].base;
  const offTopic = quantile(OFF_TOPIC_QUESTIONS.map(confidence), OFF_TOPIC_QUANTILE);
  const pseudo = quantile(
    scorer.passages.flatMap((_, i) => {
      const q = pseudoQuestion(scorer.sentences(i));
      return q ? [confidence(q)] : [];
    }),
    PSEUDO_QUANTILE,
  );
  let threshold = Math.max(base, offTopic);
  if (pseudo > base) threshold = Math.min(threshold, pseudo);
  return { threshold, offTopic, pseudo };
}
