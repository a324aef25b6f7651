// Answers a question from the course documents' passages: the best-ranked passage (scorer.ts) is quoted when its
// confidence reaches the threshold calibrated for this course's documents (calibrate.ts). Course-independent.
import type { Passage } from '../../content/split-passages.ts';
import { calibrate, confidenceOf } from './calibrate.ts';
import { selectQuote } from './quote.ts';
import { createScorer } from './scorer.ts';

export interface PassageAnswer {
  passage: Passage;
  /** The passage, or its most relevant sentences. */
  quote: string;
  /** Confidence in [0, 1]-ish: a weighted sum of the best passage's features. */
  score: number;
  confident: boolean;
}

export interface PassageIndex {
  /** The best passage for a question (confident or not), or null when no passage shares a word with it. */
  answer(question: string): PassageAnswer | null;
  /** The confidence threshold calibrated for these passages. */
  readonly threshold: number;
}

/** Builds the index and calibrates its confidence threshold from the passages themselves. */
export function createPassageIndex(passages: readonly Passage[]): PassageIndex {
  const scorer = createScorer(passages);
  const { threshold } = calibrate(scorer);
  return {
    threshold,
    answer(question) {
      const best = scorer.rank(question)[0];
      const passage = best && passages[best.index];
      if (!best || !passage) return null;
      const score = confidenceOf(best.features, scorer.hasVectors);
      return {
        passage,
        quote: selectQuote(scorer.sentences(best.index), passage.text, scorer.stems(question)),
        score: Math.round(score * 1000) / 1000,
        confident: score >= threshold,
      };
    },
  };
}
