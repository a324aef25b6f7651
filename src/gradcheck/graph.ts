// Derivatives over the tape: structural dependence, reverse mode, forward mode, local derivatives.
import { partials } from './operations.ts';
import type { Tape } from './tape.ts';

const scratch = new Float64Array(2);

/**
 * reach[i] = 1 when entry `y` depends on entry i (y itself included), for i in stop..y; entries
 * below `stop` are left as they were.
 */
export function dependencies(tape: Tape, y: number, reach: Uint8Array, stop = 0): void {
  reach.fill(0, stop, y + 1);
  reach[y] = 1;
  const { a, b } = tape;
  for (let i = y; i >= stop; i--) {
    if (reach[i] === 0) continue;
    const ai = a[i]!;
    const bi = b[i]!;
    if (ai >= stop) reach[ai] = 1;
    if (bi >= stop) reach[bi] = 1;
  }
}

export interface Adjoints {
  /** adjoint[i] = dy/d(entry i), every path counted. */
  adjoint: Float64Array;
  /**
   * For an entry whose adjoint is not finite: the entry where the non-finite local derivative
   * arose (sqrt at 0 and the like), so the message can point at the student's line. -1 otherwise.
   */
  origin: Int32Array;
  /**
   * What each edge (indexed like tape.consumers) passed back: adjoint of the consumer times its
   * local partial. Valid for consumers visited by the last pass (those with a non-zero adjoint).
   */
  edge: Float64Array;
}

export function newAdjoints(tape: Tape): Adjoints {
  return {
    adjoint: new Float64Array(tape.size),
    origin: new Int32Array(tape.size),
    edge: new Float64Array(tape.consumers.length),
  };
}

/**
 * Reverse mode from `y`, every path counted, processed down to entry `stop`: adjoints are final
 * for entries stop..y. Entries below have received part of theirs; continueReverse finishes them,
 * so a caller that needs only the claimed names does not pay for the whole tape.
 */
export function reverseFrom(tape: Tape, y: number, out: Adjoints, stop = 0): void {
  out.adjoint.fill(0, 0, y + 1);
  out.origin.fill(-1, 0, y + 1);
  out.adjoint[y] = 1;
  propagate(tape, out, y, stop);
}

/** Carries a reverseFrom(..., stop) pass on from entry `from` down to `stop`. */
export function continueReverse(tape: Tape, out: Adjoints, from: number, stop = 0): void {
  propagate(tape, out, from, stop);
}

function propagate(tape: Tape, out: Adjoints, from: number, stop: number): void {
  const { adjoint, origin, edge } = out;
  const { op, a, b, value, edgeA, edgeB } = tape;
  for (let i = from; i >= stop; i--) {
    const g = adjoint[i]!;
    if (g === 0) continue;
    const ai = a[i]!;
    if (ai < 0) continue;
    const bi = b[i]!;
    partials(op[i]!, value[ai]!, bi >= 0 ? value[bi]! : 0, value[i]!, scratch);
    const ca = g * scratch[0]!;
    adjoint[ai] = adjoint[ai]! + ca;
    edge[edgeA[i]!] = ca;
    if (!Number.isFinite(ca) && origin[ai] === -1) origin[ai] = origin[i] === -1 ? i : origin[i]!;
    if (bi >= 0) {
      const cb = g * scratch[1]!;
      adjoint[bi] = adjoint[bi]! + cb;
      edge[edgeB[i]!] = cb;
      if (!Number.isFinite(cb) && origin[bi] === -1) origin[bi] = origin[i] === -1 ? i : origin[i]!;
    }
  }
}

/** Forward mode: dot[i] = d(entry i)/d(entry x) for i in x..y. */
export function tangentFrom(tape: Tape, x: number, y: number, dot: Float64Array): void {
  const { op, a, b, value } = tape;
  dot.fill(0, x, y + 1);
  dot[x] = 1;
  for (let i = x + 1; i <= y; i++) {
    const ai = a[i]!;
    if (ai < 0) continue;
    const bi = b[i]!;
    // Arguments before x do not depend on x.
    const da = ai >= x ? dot[ai]! : 0;
    const db = bi >= x ? dot[bi]! : 0;
    if (da === 0 && db === 0) continue;
    partials(op[i]!, value[ai]!, bi >= 0 ? value[bi]! : 0, value[i]!, scratch);
    dot[i] = (da === 0 ? 0 : da * scratch[0]!) + (db === 0 ? 0 : db * scratch[1]!);
  }
}

/**
 * d(statement root s)/d(entry x) through s's own expression only, other names held fixed.
 * Forward mode over the statement's entries, so the cost is the statement's size, not the tape's.
 */
export function localDerivative(tape: Tape, s: number, x: number, scratchDot: Float64Array): number {
  const { op, a, b, value } = tape;
  const start = tape.statementStart[s]!;
  for (let i = start; i <= s; i++) {
    const ai = a[i]!;
    const bi = b[i]!;
    const da = ai < 0 ? 0 : ai === x ? 1 : ai >= start ? scratchDot[ai]! : 0;
    const db = bi < 0 ? 0 : bi === x ? 1 : bi >= start ? scratchDot[bi]! : 0;
    if (da === 0 && db === 0) {
      scratchDot[i] = 0;
      continue;
    }
    partials(op[i]!, value[ai]!, bi >= 0 ? value[bi]! : 0, value[i]!, scratch);
    scratchDot[i] = (da === 0 ? 0 : da * scratch[0]!) + (db === 0 ? 0 : db * scratch[1]!);
  }
  return scratchDot[s]!;
}

/** The named statements whose expressions use entry x directly. */
export function consumingStatements(tape: Tape, x: number): number[] {
  const found = new Set<number>();
  for (let k = tape.consumerStart[x]!; k < tape.consumerStart[x + 1]!; k++) {
    found.add(tape.statementRoot[tape.consumers[k]!]!);
  }
  return [...found].filter((s) => s !== x);
}
