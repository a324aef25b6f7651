// Chooses the course's decision thresholds from its own examples, so a course with terse phrasings and one with
// many get thresholds that suit them. Each example is classified with itself left out (leave-one-out); the answer
// threshold is the score that maximises right answers minus the cost of wrong ones, where answering an off-topic
// question costs twice what a wrong entry does; the redirect threshold likewise, against the FAQ's phrasings.
import type { Classifier } from './classifier.ts';
import type { Features } from './features.ts';
import { isPersonal, route, type ClassInfo } from './model.ts';

export interface Thresholds {
  /** A FAQ entry at or above this answers. */
  answer: number;
  /** A private-request class at or above this redirects. */
  redirect: number;
  /** A FAQ entry at or above this answers even when the question also names a schedule event. */
  strong: number;
  /** How many examples the calibration looked at. */
  examples: number;
}

/** Calibration looks at no more than this many examples (spread evenly), to bound start-up time on a large FAQ. */
const MAX_EXAMPLES = 800;
const WRONG_ENTRY_COST = 1;
const OFF_TOPIC_COST = 2;
const REDIRECT_WRONG_COST = 2;
/** The thresholds stay in this range whatever a small course's examples say. */
const FLOOR = 0.3;
const CEILING = 0.75;

interface Outcome {
  /** The kind of the example's own class. */
  own: ClassInfo['kind'];
  /** The kind of the class its nearest examples belong to, and their similarity. */
  routed: ClassInfo['kind'];
  knn: number;
  /** The best FAQ entry's score, and whether that entry is the example's own class. */
  answer: number;
  right: boolean;
}

export function calibrate(classifier: Classifier, classes: readonly ClassInfo[]): Thresholds {
  const n = classifier.examples.length;
  const step = Math.max(1, n / MAX_EXAMPLES);
  const outcomes: Outcome[] = [];
  for (let x = 0; x < n; x += step) {
    const i = Math.floor(x);
    const example = classifier.examples[i];
    const own = example ? classes[example.cls] : undefined;
    if (!example || !own || classifier.isDisabled(i)) continue;
    const ranked = classifier.rank(classifier.features[i] as Features, i);
    const top = route(ranked, classes, isPersonal(example.text));
    const routed = top ? classes[top.cls] : undefined;
    if (!top || !routed) continue;
    const best = ranked.find((r) => classes[r.cls]?.kind === 'answer');
    outcomes.push({
      own: own.kind,
      routed: routed.kind,
      knn: top.knn,
      answer: best?.score ?? 0,
      right: best?.cls === example.cls,
    });
  }
  const best = (utility: (t: number) => number): number => {
    let bestT = FLOOR;
    let bestU = -Infinity;
    for (let t = FLOOR; t <= CEILING + 1e-9; t += 0.01) {
      const u = utility(t);
      // ties go to the higher threshold: a fallback costs less than a wrong answer
      if (u >= bestU) {
        bestU = u;
        bestT = t;
      }
    }
    return Math.round(bestT * 100) / 100;
  };
  const redirect = best((t) => {
    let u = 0;
    for (const o of outcomes) {
      if (o.routed !== 'redirect' || o.knn < t) continue;
      u += o.own === 'redirect' ? 1 : -REDIRECT_WRONG_COST;
    }
    return u;
  });
  const answer = best((t) => {
    let u = 0;
    for (const o of outcomes) {
      if (o.routed === 'decline' || (o.routed === 'redirect' && o.knn >= redirect) || o.answer < t) continue;
      // (a generic private request that a FAQ entry answers says nothing: the course may cover it, as with a regrade
      // procedure)
      if (o.own === 'answer') u += o.right ? 1 : -WRONG_ENTRY_COST;
      else if (o.own === 'decline') u -= OFF_TOPIC_COST;
    }
    return u;
  });
  return { answer, redirect, strong: Math.min(0.95, answer + 0.25), examples: outcomes.length };
}
