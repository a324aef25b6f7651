// Recognises typical backprop mistakes in a wrong claim, most specific first.
import { consumingStatements, localDerivative, tangentFrom, type Adjoints } from './graph.ts';
import type { Tape } from './tape.ts';

export interface HintContext {
  tape: Tape;
  /** Entries of the claim: d(y)/d(x). */
  x: number;
  y: number;
  truth: number;
  /**
   * Reverse mode from y, final from x up. complete() tries to finish it for every entry (within
   * the budget) and returns the lowest entry whose adjoint is final.
   */
  fromY: Adjoints;
  complete: () => number;
  /** Scratch space, as large as the tape. */
  scratch: Float64Array;
  dot: Float64Array;
  /**
   * Entries and edges the hint searches may still visit in this check, shared by all claims in
   * order. A missed-path search costs a forward-mode pass from x to y plus the uses it scans, and
   * comparing with every other name may cost finishing the reverse pass. When the budget runs low
   * only the uses of x itself are scanned; once it is spent, missed paths and local derivatives
   * are no longer searched and only names after the lowest claimed one are compared. Typical
   * inputs never get near it; it keeps an input at the limits with many wrong claims fast.
   */
  budget: { remaining: number };
  /** consumingStatements(x), cached per check: a name used thousands of times is claimed often. */
  statementsUsing: Map<number, number[]>;
}

/** Whether the claim equals a value some mistake would produce. */
export type Matches = (value: number) => boolean;

function nameOf(tape: Tape, entry: number): string {
  return tape.entryName[entry] ?? '?';
}

/**
 * Where the gradient splits over several uses of an entry n between x and y, the claim may have
 * left out the paths through one use (or, at x itself, counted only one). Each use of n passes
 * back dot[n] * edge, so those are the amounts a missed path would subtract.
 */
function missedPath(ctx: HintContext, matches: Matches): string | null {
  const { tape, x, y, truth, dot } = ctx;
  const { adjoint, edge } = ctx.fromY;
  const { consumerStart, consumers } = tape;
  let last = x;
  if (ctx.budget.remaining >= y - x) {
    ctx.budget.remaining -= y - x;
    tangentFrom(tape, x, y, dot);
    last = y - 1;
  } else {
    dot[x] = 1;
  }
  const X = nameOf(tape, x);
  const Y = nameOf(tape, y);
  for (let n = x; n <= last; n++) {
    const d = dot[n]!;
    if (d === 0 || adjoint[n] === 0) continue;
    const from = consumerStart[n]!;
    const to = consumerStart[n + 1]!;
    if (to - from < 2) continue;
    ctx.budget.remaining -= to - from;
    if (ctx.budget.remaining < 0) return null;
    let uses = 0;
    for (let k = from; k < to; k++) {
      const c = consumers[k]!;
      if (c <= y && adjoint[c] !== 0 && edge[k] !== 0) uses++;
    }
    if (uses < 2) continue;
    for (let k = from; k < to; k++) {
      const c = consumers[k]!;
      if (c > y || adjoint[c] === 0 || edge[k] === 0) continue;
      if (matches(truth - d * edge[k]!)) {
        const via = tape.statementRoot[c]!;
        const through = via !== x && via !== y ? `, the one through ${nameOf(tape, via)}` : '';
        return `a path from ${X} to ${Y} was missed${through}: every path from ${X} to ${Y} adds to the derivative`;
      }
    }
    // With two uses, counting only one is the same as missing the other, found above.
    if (n !== x || uses < 3) continue;
    for (let k = from; k < to; k++) {
      const c = consumers[k]!;
      if (c > y || adjoint[c] === 0 || edge[k] === 0) continue;
      if (matches(edge[k]!)) {
        return `matches only one of the paths from ${X} to ${Y}; ${X} reaches ${Y} along several paths and each one adds to the derivative`;
      }
    }
  }
  return null;
}

function localDerivativeAlone(ctx: HintContext, matches: Matches): string | null {
  const { tape, x, y } = ctx;
  let statements = ctx.statementsUsing.get(x);
  if (!statements) {
    statements = consumingStatements(tape, x);
    ctx.statementsUsing.set(x, statements);
  }
  for (const s of statements) {
    if (s >= y || ctx.fromY.adjoint[s] === 0) continue;
    ctx.budget.remaining -= s - tape.statementStart[s]! + 1;
    if (ctx.budget.remaining < 0) return null;
    if (matches(localDerivative(tape, s, x, ctx.scratch))) {
      const S = nameOf(tape, s);
      return `equals the local derivative ∂${S}/∂${nameOf(tape, x)} alone: the upstream gradient d${nameOf(tape, y)}/d${S} was not multiplied in`;
    }
  }
  return null;
}

/** Index of the first element >= value in an ascending array. */
function firstAtLeast(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function otherName(ctx: HintContext, matches: Matches): string | null {
  const { tape, x, y } = ctx;
  const floor = ctx.complete();
  const { adjoint } = ctx.fromY;
  const named = tape.namedEntries;
  for (let k = firstAtLeast(named, floor); k < named.length; k++) {
    const entry = named[k]!;
    if (entry >= y) break;
    const value = adjoint[entry]!;
    if (entry === x || value === 0) continue;
    if (matches(value))
      return `equals the derivative with respect to ${nameOf(tape, entry)}, not ${nameOf(tape, x)}`;
  }
  return null;
}

export function findHint(ctx: HintContext, matches: Matches): string | null {
  const { truth } = ctx;
  if (matches(-truth)) return 'the sign is flipped';
  return (
    missedPath(ctx, matches) ??
    localDerivativeAlone(ctx, matches) ??
    (matches(2 * truth) ? 'off by a factor of 2: twice the true value' : null) ??
    (matches(truth / 2) ? 'off by a factor of 2: half the true value' : null) ??
    otherName(ctx, matches)
  );
}
