// Chooses the course's decision thresholds from its own examples, so a course with terse phrasings and one with
// many get thresholds that suit them. Each example is classified with itself left out (leave-one-out); the answer
// threshold is the score that maximises right answers minus the cost of wrong ones, where answering an off-topic
// question costs twice what a wrong entry does. The request gate's threshold is chosen likewise from its
// out-of-fold probabilities (see request-gate.ts).
import type { Classifier } from './classifier.ts';
import type { Features } from './features.ts';
import { entryAboveRequests, route, type ClassInfo } from './model.ts';

export interface Thresholds {
  /** A FAQ entry at or above this answers. */
  answer: number;
  /** A question whose private-request probability (the request gate's) is at or above this is redirected. */
  redirect: number;
  /**
   * A question the gate redirects is answered instead when its best FAQ entry scores at or above this (above 1:
   * never).
   */
  override: number;
  /** How many examples the answer threshold was calibrated on (those neither redirected nor declined). */
  examples: number;
}

/** Calibration looks at no more than this many examples (spread evenly), to bound start-up time on a large FAQ. */
const MAX_EXAMPLES = 800;
const WRONG_ENTRY_COST = 1;
/**
 * A question nobody wrote down scores lower against an entry than a TA's own phrasing does in leave-one-out (the
 * phrasings left out still have near twins among the rest): the answer threshold is lowered by this much. Measured
 * on the tuning sets of three courses (see docs/engine.md).
 */
const NEW_QUESTION_MARGIN = 0.03;
const OFF_TOPIC_COST = 2;
/** Redirecting a question the FAQ answers costs this much; redirecting an off-topic question costs 1. */
const REDIRECT_WRONG_COST = 2;
/** The thresholds stay in this range whatever a small course's examples say. */
const FLOOR = 0.3;
const CEILING = 0.75;
/** The request gate's threshold stays in this range. */
const GATE_FLOOR = 0.3;
const GATE_CEILING = 0.9;

/**
 * The threshold in [floor, ceiling] with the highest utility. When a run of thresholds is equally good (a course
 * whose phrasings all score far above every off-topic question gives no evidence between them), the middle of the
 * highest such run: as far from the examples on either side as they allow. When several separate runs are equally
 * good, the longest: the choice that a few examples more or less moves least.
 */
export function bestThreshold(utility: (t: number) => number, floor: number, ceiling: number): number {
  const ts: number[] = [];
  const us: number[] = [];
  for (let t = floor; t <= ceiling + 1e-9; t += 0.01) {
    ts.push(t);
    us.push(utility(t));
  }
  const max = Math.max(...us);
  let from = 0;
  let to = 0;
  let start = -1;
  for (let i = 0; i <= ts.length; i++) {
    if (i < ts.length && us[i] === max) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - 1 - start > to - from || us[from] !== max) [from, to] = [start, i - 1];
      start = -1;
    }
  }
  return Math.round((((ts[from] as number) + (ts[to] as number)) / 2) * 100) / 100;
}

/**
 * The request gate's threshold from its out-of-fold probabilities (`requestProbability` of each example): a request
 * redirected gains 1, a FAQ phrasing redirected costs REDIRECT_WRONG_COST, an off-topic question redirected 1, and
 * so does one of the engine's general questions (`general`: their out-of-fold probabilities). These keep a course
 * with few phrasings of its own (or only documents) from a threshold so low that questions put personally are
 * redirected.
 */
export function calibrateGate(
  classifier: Classifier,
  classes: readonly ClassInfo[],
  requestProbability: (example: number) => number,
  general: ArrayLike<number> = [],
): number {
  // (each example with what redirecting it is worth)
  const seen: { p: number; value: number }[] = [];
  classifier.examples.forEach((example, i) => {
    const kind = classes[example.cls]?.kind;
    if (!kind || classifier.isDisabled(i)) return;
    const value = kind === 'redirect' ? 1 : kind === 'answer' ? -REDIRECT_WRONG_COST : -1;
    seen.push({ p: requestProbability(i), value });
  });
  for (let i = 0; i < general.length; i++) seen.push({ p: general[i] as number, value: -1 });
  return bestThreshold(
    (t) => {
      let u = 0;
      for (const o of seen) if (o.p >= t) u += o.value;
      return u;
    },
    GATE_FLOOR,
    GATE_CEILING,
  );
}

/** The override threshold stays in this range; its top means the gate is never overridden. */
const OVERRIDE_FLOOR = 0.5;
const NEVER = 1.01;

/**
 * The score at which a FAQ entry ranked above every kind of private request answers a question the request gate
 * would redirect, from the examples the gate redirects out of fold (`redirected`): a course phrasing whose entry
 * comes out right gains 1, another entry costs 1, and one of the engine's or the course's private requests answered
 * costs REDIRECT_WRONG_COST. Without a threshold that gains, NEVER (above 1): the gate is never overridden.
 */
export function calibrateOverride(
  classifier: Classifier,
  classes: readonly ClassInfo[],
  redirected: (example: number) => boolean,
): number {
  const seen: { score: number; value: number }[] = [];
  classifier.examples.forEach((example, i) => {
    const own = classes[example.cls];
    if (!own || own.kind === 'decline' || classifier.isDisabled(i) || !redirected(i)) return;
    // (only an entry ranked above every kind of private request may answer, as in model.ts)
    const best = entryAboveRequests(classifier.rank(classifier.features[i] as Features, i), classes);
    if (!best) return;
    const value = own.kind === 'redirect' ? -REDIRECT_WRONG_COST : best.cls === example.cls ? 1 : -1;
    seen.push({ score: best.score, value });
  });
  const utility = (t: number): number => {
    let u = 0;
    for (const o of seen) if (o.score >= t) u += o.value;
    return u;
  };
  const t = bestThreshold(utility, OVERRIDE_FLOOR, NEVER);
  // (without a gain, the gate is never overridden: a score no redirected example reached is no evidence)
  return utility(t) > 0 ? t : NEVER;
}

/**
 * The answer threshold: each example is classified with itself left out, and questions the request gate would
 * redirect (out of fold) or that are nearest a declined topic are left aside; of the rest, a right entry gains 1, a
 * wrong entry costs 1 and an answered off-topic question 2.
 */
export function calibrate(
  classifier: Classifier,
  classes: readonly ClassInfo[],
  redirected: (example: number) => boolean,
  leftOut: (example: number) => boolean = () => false,
): Omit<Thresholds, 'redirect' | 'override'> {
  // (the examples left out are not in the spread at all, so that adding some does not move which of the others are
  // looked at)
  const pool = classifier.examples.map((_, i) => i).filter((i) => !leftOut(i));
  const n = pool.length;
  const step = Math.max(1, n / MAX_EXAMPLES);
  const outcomes: { own: ClassInfo['kind']; answer: number; right: boolean }[] = [];
  for (let x = 0; x < n; x += step) {
    const i = pool[Math.floor(x)] as number;
    const example = classifier.examples[i];
    const own = example ? classes[example.cls] : undefined;
    if (!example || !own || classifier.isDisabled(i) || redirected(i)) continue;
    const ranked = classifier.rank(classifier.features[i] as Features, i);
    const top = route(ranked, classes, false);
    if (!top || classes[top.cls]?.kind === 'decline') continue;
    const best = ranked.find((r) => classes[r.cls]?.kind === 'answer');
    outcomes.push({ own: own.kind, answer: best?.score ?? 0, right: best?.cls === example.cls });
  }
  const answer = bestThreshold(
    (t) => {
      let u = 0;
      for (const o of outcomes) {
        if (o.answer < t) continue;
        // (a generic private request that a FAQ entry answers says nothing: the course may cover it, as with a
        // regrade procedure)
        if (o.own === 'answer') u += o.right ? 1 : -WRONG_ENTRY_COST;
        else if (o.own === 'decline') u -= OFF_TOPIC_COST;
      }
      return u;
    },
    FLOOR,
    CEILING,
  );
  return { answer: Math.round((answer - NEW_QUESTION_MARGIN) * 100) / 100, examples: outcomes.length };
}
