// Answers a question from the course documents' passages: the best passage after re-ranking (scorer.ts, weights
// learned in weights.ts), with the second when the two are close (quote.ts), is quoted when its confidence reaches
// the threshold calibrated for this course's documents (calibrate.ts). Course-independent.
import type { Passage } from '../../content/split-passages.ts';
import { wordVectors, type WordVectors } from '../vectors.ts';
import { calibrate, confidenceOf } from './calibrate.ts';
import { chooseQuotes, type Quote } from './quote.ts';
import { createScorer } from './scorer.ts';
import { PASSAGE_MODEL } from './weights.ts';

export interface PassageAnswer {
  /** The best passage: the reply's source. */
  passage: Passage;
  /** What the reply quotes: the best passage (or its most relevant sentences), and the second when close. */
  quotes: Quote[];
  /** Confidence in [0, 1]: the probability that the quote answers the question. */
  score: number;
  confident: boolean;
}

export interface PassageIndex {
  /**
   * The best passage for a question (confident or not), or null when no passage shares a word with it, or when
   * `accept` does not take the best one (then nothing more is computed for it).
   */
  answer(question: string, accept?: (passage: Passage) => boolean): PassageAnswer | null;
  /** The confidence threshold calibrated for these passages. */
  readonly threshold: number;
}

/**
 * Builds the index and calibrates its confidence threshold from the passages themselves and, for a course with FAQ
 * entries, `faqAnswers`: whether the FAQ answers a question with confidence (calibrate.ts). `calibrated` is a
 * threshold calibrated before for the same passages and FAQ (model-cache.ts), used instead.
 */
export function createPassageIndex(
  passages: readonly Passage[],
  vectors: WordVectors | null = wordVectors(),
  faqAnswers?: (question: string) => boolean,
  calibrated?: number,
): PassageIndex {
  const model = PASSAGE_MODEL[vectors ? 'vectors' : 'words'];
  const scorer = createScorer(passages, model.rank, vectors);
  const threshold = calibrated ?? calibrate(scorer, model.confidence, faqAnswers).threshold;
  return {
    threshold,
    answer(question, accept) {
      const ranking = scorer.rank(question);
      const best = ranking.candidates[0];
      const passage = best && passages[best.index];
      if (!best || !passage || (accept && !accept(passage))) return null;
      const score = confidenceOf(ranking, model.confidence.weights);
      return {
        passage,
        quotes: chooseQuotes(ranking.candidates, passages, scorer.sentences, scorer.stems(question)),
        score: Math.round(score * 1000) / 1000,
        confident: score >= threshold,
      };
    },
  };
}
