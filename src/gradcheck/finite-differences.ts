// Cross-checks reverse mode with central finite differences, so a bug in the checker cannot be
// reported as a student's mistake. A few names at a time are checked together along one random
// direction (two forward passes per group); only a group that fails is checked name by name.
import { apply, kinkSide } from './operations.ts';
import type { Tape } from './tape.ts';

export interface CrossCheckItem {
  /** Entry differentiated against, and the differentiated entry. */
  x: number;
  y: number;
  /** dy/dx from reverse mode. */
  reverse: number;
  /**
   * Sum of |value * adjoint| over the entries between x and y: how much rounding in the forward
   * pass can move y, which bounds the noise in a finite difference.
   */
  roundoff: number;
}

export type CrossCheckOutcome = 'agrees' | 'kink' | 'unavailable' | 'disagrees';

const EPS = Number.EPSILON;

/** The smallest kink entry in (x, end] that the perturbed pass moved across or onto; Infinity if none. */
function firstCrossedKink(tape: Tape, x: number, end: number, work: Float64Array): number {
  const { kinks, op, a, b, value } = tape;
  for (let k = 0; k < kinks.length; k++) {
    const i = kinks[k]!;
    if (i <= x) continue;
    if (i > end) break;
    const ai = a[i]!;
    const bi = b[i]!;
    const before = kinkSide(op[i]!, value[ai]!, bi >= 0 ? value[bi]! : 0);
    const after = kinkSide(op[i]!, work[ai]!, bi >= 0 ? work[bi]! : 0);
    if (before === 0 || after !== before) return i;
  }
  return Number.POSITIVE_INFINITY;
}

/** Re-evaluates entries x+1..end with entry x set to `xValue`; no checks, NaN and Infinity just flow. */
function perturbedPass(tape: Tape, x: number, xValue: number, end: number, work: Float64Array): void {
  const { op, a, b } = tape;
  work[x] = xValue;
  for (let i = x + 1; i <= end; i++) {
    const ai = a[i]!;
    if (ai < 0) continue;
    const bi = b[i]!;
    work[i] = apply(op[i]!, work[ai]!, bi >= 0 ? work[bi]! : 0);
  }
}

/**
 * Checks every item on its own (two forward passes per step). Several steps are tried (a smaller
 * one helps against curvature and domain edges, a relative one near 0, a larger one against
 * noise). A disagreement is only declared when two steps agree with each other, so a function
 * that finite differences cannot resolve (sin of 1e15) is "unavailable", not a bug.
 */
export function crossCheck(tape: Tape, items: readonly CrossCheckItem[]): CrossCheckOutcome[] {
  const work = Float64Array.from(tape.value);
  return items.map((item) => crossCheckOne(tape, item, work));
}

function crossCheckOne(tape: Tape, item: CrossCheckItem, work: Float64Array): CrossCheckOutcome {
  const { x, y } = item;
  const x0 = tape.value[x]!;
  const h0 = 1e-5 * Math.max(1, Math.abs(x0));
  const steps = [h0, h0 * 1e-2, h0 * 1e-4];
  if (x0 !== 0 && Math.abs(x0) < 1) steps.push(1e-4 * Math.abs(x0), 1e-6 * Math.abs(x0));
  steps.push(h0 * 10);
  let previous: { fd: number; noise: number } | null = null;
  let converged = false;
  for (const h of steps) {
    const up = x0 + h;
    const down = x0 - h;
    const step = (up - down) / 2;
    perturbedPass(tape, x, up, y, work);
    const plus = work[y]!;
    let crossed = firstCrossedKink(tape, x, y, work);
    perturbedPass(tape, x, down, y, work);
    crossed = Math.min(crossed, firstCrossedKink(tape, x, y, work));
    const fd = (plus - work[y]!) / (2 * step);
    work.set(tape.value.subarray(x, y + 1), x);
    if (!Number.isFinite(fd) || step === 0) continue;
    const noise = (8 * EPS * item.roundoff) / step + 1e-12;
    const close = (p: number, q: number, extra: number): boolean =>
      Math.abs(p - q) <= 1e-4 * Math.max(Math.abs(p), Math.abs(q)) + noise + extra;
    if (close(fd, item.reverse, 0)) return 'agrees';
    if (crossed <= y) return 'kink';
    if (previous && close(fd, previous.fd, previous.noise)) converged = true;
    previous = { fd, noise };
  }
  return converged ? 'disagrees' : 'unavailable';
}

/** How many names one directional check covers; more would blur a small error among large terms. */
export const DIRECTION_GROUP = 16;

/** Deterministic pseudo-random weights in ±[0.5, 1.5], so results are reproducible. */
function weight(k: number): number {
  const u = Math.sin((k + 1) * 12.9898) * 43758.5453;
  const r = u - Math.floor(u);
  return (k % 2 === 0 ? 1 : -1) * (0.5 + r);
}

/**
 * Moves every entry in `xs` at once by t * sigma_i (added after its own computation, so a node
 * both follows its arguments and moves itself) and compares dy/dt with sum(sigma_i * adjoint[x_i]).
 * True when they agree within the truncation and rounding bounds; false when the group must be
 * checked name by name (a disagreement, a kink crossed, or a non-finite value on the way).
 */
export function directionalAgrees(
  tape: Tape,
  y: number,
  xs: readonly number[],
  adjoint: Float64Array,
  roundoff: number,
  work: Float64Array = Float64Array.from(tape.value),
): boolean {
  const sorted = [...xs].sort((p, q) => p - q);
  const start = sorted[0];
  if (start === undefined) return true;
  const sigma = sorted.map((x, k) => weight(k) * Math.max(1, Math.abs(tape.value[x]!)));
  let expected = 0;
  let magnitude = 0;
  sorted.forEach((x, k) => {
    expected += sigma[k]! * adjoint[x]!;
    magnitude += Math.abs(sigma[k]! * adjoint[x]!);
  });
  const t = 1e-5;
  const { op, a, b, value } = tape;
  const pass = (direction: number): number => {
    let next = 0;
    for (let i = start; i <= y; i++) {
      const ai = a[i]!;
      const bi = b[i]!;
      work[i] = ai < 0 ? value[i]! : apply(op[i]!, work[ai]!, bi >= 0 ? work[bi]! : 0);
      if (i === sorted[next]) work[i] = work[i]! + direction * t * sigma[next++]!;
    }
    return work[y]!;
  };
  // `work` holds the forward values outside start..y (the caller shares it between calls), and
  // gets them back here before returning.
  let up: number;
  let down: number;
  try {
    up = pass(1);
    if (firstCrossedKink(tape, start - 1, y, work) <= y) return false;
    down = pass(-1);
    if (firstCrossedKink(tape, start - 1, y, work) <= y) return false;
  } finally {
    work.set(tape.value.subarray(start, y + 1), start);
  }
  const fd = (up - down) / (2 * t);
  const tolerance = 1e-4 * Math.max(magnitude, Math.abs(fd)) + (8 * EPS * roundoff) / t + 1e-12;
  return Number.isFinite(fd) && Math.abs(fd - expected) <= tolerance;
}
