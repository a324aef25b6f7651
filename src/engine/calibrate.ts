// Chooses the course's decision thresholds from its own examples, so a course with terse phrasings and one with
// many get thresholds that suit them. Each example is classified with itself left out (leave-one-out); the answer
// threshold is the score that maximises right answers minus the cost of wrong ones, where answering an off-topic
// question costs twice what a wrong entry does; the redirect threshold likewise, against the FAQ's phrasings.
import type { Classifier } from './classifier.ts';
import type { Features } from './features.ts';
import { isPersonal, type ClassInfo } from './model.ts';

export interface Thresholds {
  /** A FAQ entry at or above this answers. */
  answer: number;
  /** A private-request class at or above this redirects. */
  redirect: number;
  /**
   * Added to a private-request class's similarity when routing a personal question: a student's request shares many
   * words with the FAQ entry on the same matter ("can I get an extension" and the late-penalty entry), and the
   * course's own examples say how much benefit of the doubt a request gets before an entry wins.
   */
  redirectBias: number;
  /** How many examples the calibration looked at. */
  examples: number;
}

/** Calibration looks at no more than this many examples (spread evenly), to bound start-up time on a large FAQ. */
const MAX_EXAMPLES = 800;
const WRONG_ENTRY_COST = 1;
const OFF_TOPIC_COST = 2;
const REDIRECT_WRONG_COST = 2;
/**
 * A private request must reach at least this similarity to one of the request examples: below it, a personal
 * question that is near nothing at all ("I wonder what to bring on the trip") would be redirected for want of
 * anything nearer.
 */
const REDIRECT_FLOOR = 0.4;
/** The redirect biases tried. */
const BIASES = [0, 0.03, 0.06, 0.09, 0.12, 0.15];
/** The thresholds stay in this range whatever a small course's examples say. */
const FLOOR = 0.3;
const CEILING = 0.75;

interface Outcome {
  /** The kind of the example's own class. */
  own: ClassInfo['kind'];
  personal: boolean;
  /** The best private-request class's similarity, and the best other class's (with its kind). */
  request: number;
  other: number;
  otherKind: ClassInfo['kind'];
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
    let request = 0;
    let other: { knn: number; kind: ClassInfo['kind'] } = { knn: 0, kind: 'decline' };
    for (const r of ranked) {
      const kind = classes[r.cls]?.kind;
      if (!kind) continue;
      if (kind === 'redirect') request = Math.max(request, r.knn);
      else if (r.knn > other.knn) other = { knn: r.knn, kind };
    }
    const best = ranked.find((r) => classes[r.cls]?.kind === 'answer');
    outcomes.push({
      own: own.kind,
      personal: isPersonal(example.text),
      request,
      other: other.knn,
      otherKind: other.kind,
      answer: best?.score ?? 0,
      right: best?.cls === example.cls,
    });
  }
  const best = (utility: (t: number) => number, floor = FLOOR): number => {
    let bestT = floor;
    let bestU = -Infinity;
    for (let t = floor; t <= CEILING + 1e-9; t += 0.01) {
      const u = utility(t);
      // ties go to the higher threshold: a fallback costs less than a wrong answer
      if (u >= bestU) {
        bestU = u;
        bestT = t;
      }
    }
    return Math.round(bestT * 100) / 100;
  };
  const redirects = (o: Outcome, t: number, bias: number): boolean =>
    o.personal && o.request + bias > o.other && o.request >= t;
  const redirectUtility = (t: number, bias: number): number => {
    let u = 0;
    for (const o of outcomes) {
      if (!redirects(o, t, bias)) continue;
      u += o.own === 'redirect' ? 1 : o.own === 'answer' ? -REDIRECT_WRONG_COST : -1;
    }
    return u;
  };
  let redirectBias = 0;
  let redirect = FLOOR;
  let bestU = -Infinity;
  for (const bias of BIASES) {
    const t = best((x) => redirectUtility(x, bias), REDIRECT_FLOOR);
    const u = redirectUtility(t, bias);
    // (a larger bias only when it gains: ties keep the smaller one)
    if (u > bestU) {
      bestU = u;
      redirectBias = bias;
      redirect = t;
    }
  }
  const answer = best((t) => {
    let u = 0;
    for (const o of outcomes) {
      if (redirects(o, redirect, redirectBias) || o.otherKind === 'decline' || o.answer < t) continue;
      // (a generic private request that a FAQ entry answers says nothing: the course may cover it, as with a regrade
      // procedure)
      if (o.own === 'answer') u += o.right ? 1 : -WRONG_ENTRY_COST;
      else if (o.own === 'decline') u -= OFF_TOPIC_COST;
    }
    return u;
  });
  return { answer, redirect, redirectBias, examples: outcomes.length };
}
