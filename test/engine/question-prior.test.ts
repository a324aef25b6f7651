// The question prior (src/engine/passages/question-prior.ts): how likely documents answer a question worded like
// this one, from its words alone; and its fit (test/fit-passage-weights.ts) on small made-up questions.
import { describe, expect, it } from 'vitest';
import { splitDocument } from '../../src/content/split-passages.ts';
import { confidenceFeatures } from '../../src/engine/passages/calibrate.ts';
import { priorOf } from '../../src/engine/passages/question-prior.ts';
import { createScorer } from '../../src/engine/passages/scorer.ts';
import { PASSAGE_MODEL, QUESTION_PRIOR } from '../../src/engine/passages/weights.ts';
import { fitPrior } from '../fit-passage-weights.ts';

describe('the question prior', () => {
  const model = { bias: 0.5, words: { details: 1, fail: -2 } };

  it('GIVEN a question THEN its log-odds are the bias plus the weight of each distinct listed word', () => {
    expect(priorOf('Any details on the final?', model)).toBeCloseTo(1.5, 9);
    expect(priorOf('What if I fail? Fail twice, with details', model)).toBeCloseTo(-0.5, 9);
    // Words not listed, including names an object already has, weigh nothing.
    expect(priorOf('constructor toString hasOwnProperty', model)).toBe(0.5);
  });

  it('GIVEN the shipped prior THEN it lists only words and is read by the confidence', () => {
    for (const w of Object.keys(QUESTION_PRIOR.words)) expect(w).toMatch(/^[\p{L}\p{N}'.]+$/u);
    const passages = splitDocument('# Exams\n\nThe midterm is on 14 March.', 'exams.md', 'markdown');
    const scorer = createScorer(passages, PASSAGE_MODEL.words.rank, null);
    const q = 'When is the midterm?';
    const ranking = scorer.rank(q);
    expect(ranking.prior).toBe(priorOf(q, QUESTION_PRIOR));
    expect(confidenceFeatures(ranking)?.prior).toBe(ranking.prior);
    // A scorer given another prior reads that one.
    const own = createScorer(passages, PASSAGE_MODEL.words.rank, null, undefined, model);
    expect(own.rank('any details?').prior).toBeCloseTo(1.5, 9);
  });
});

describe('fitting the question prior', () => {
  // Four syllabi; "details" marks answerable questions in all of them, "why" unanswerable ones in all of them;
  // "penguin" is asked about in one syllabus only, always answerable.
  const questions = ['a', 'b', 'c', 'd'].flatMap((syllabus) => [
    ...Array.from({ length: 6 }, (_, i) => ({
      syllabus,
      text: `details of part ${i}${syllabus === 'a' ? ' penguin' : ''}`,
      answerable: true,
    })),
    ...Array.from({ length: 6 }, (_, i) => ({ syllabus, text: `why part ${i}`, answerable: false })),
  ]);

  it('GIVEN questions whose words mark them THEN the words weigh that way, and a word of one syllabus is left out', () => {
    const prior = fitPrior(questions);
    expect(prior.words.details ?? 0).toBeGreaterThan(0.5);
    expect(prior.words.why ?? 0).toBeLessThan(-0.5);
    expect(Object.hasOwn(prior.words, 'penguin')).toBe(false);
    expect(priorOf('details please', prior)).toBeGreaterThan(priorOf('why please', prior));
  });
});
