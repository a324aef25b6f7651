// The public entry: parse, differentiate, cross-check, judge each claim. Never throws.
import { errorMessage } from '../core/error-message.ts';
import { GradcheckError, inputError, mathError, type Position } from './errors.ts';
import { DIRECTION_GROUP, crossCheck, directionalAgrees, type CrossCheckItem } from './finite-differences.ts';
import { continueReverse, dependencies, newAdjoints, reverseFrom } from './graph.ts';
import { findHint } from './hints.ts';
import { OP, kinkSide, kinkWarning, opName } from './operations.ts';
import { parseProgram, type Claim } from './parser.ts';
import type { GradcheckClaim, GradcheckFailure, GradcheckOptions, GradcheckResult } from './result.ts';
import type { Tape } from './tape.ts';
import { claimMatcher, isAccepted, relativeError } from './verdict.ts';

/** Tape entries the missed-path hint search may visit per check (see HintContext.budget). */
const HINT_SEARCH_BUDGET = 100_000;

interface ResolvedClaim {
  claim: Claim;
  x: number;
  y: number;
}

/** The claims about one output `y`, and the lowest entry any of them differentiates against. */
interface ClaimsOfOutput {
  y: number;
  group: ResolvedClaim[];
  lowest: number;
}

function failure(error: GradcheckError): GradcheckFailure {
  return {
    ok: false,
    error: { message: error.message, line: error.line, column: error.column, code: error.code },
  };
}

/** Keeps the error with the earliest position, so the student sees the first problem first. */
class FirstError {
  error: GradcheckError | null = null;

  offer(error: GradcheckError): void {
    const e = this.error;
    if (e === null || error.line < e.line || (error.line === e.line && error.column < e.column)) {
      this.error = error;
    }
  }

  throwIfAny(): void {
    if (this.error) throw this.error;
  }
}

function byOutput(resolved: readonly ResolvedClaim[]): ClaimsOfOutput[] {
  const groups = new Map<number, ResolvedClaim[]>();
  for (const r of resolved) {
    const group = groups.get(r.y);
    if (group) group.push(r);
    else groups.set(r.y, [r]);
  }
  return [...groups].map(([y, group]) => ({ y, group, lowest: Math.min(...group.map((r) => r.x)) }));
}

function lookUp(tape: Tape, name: string, at: Position): number {
  const entry = tape.names.get(name);
  if (entry === undefined) throw inputError(`'${name}' is not defined anywhere in the computation`, at);
  return entry;
}

/** Resolves names and checks that each claim's output depends on its name; collects kink warnings. */
function resolveClaims(
  tape: Tape,
  claims: readonly Claim[],
  warnings: Set<string>,
): { resolved: ResolvedClaim[]; outputs: ClaimsOfOutput[] } {
  const first = claims[0];
  if (!first) {
    throw inputError("there are no claims to check: add lines like 'dl/dw = 0.5' after the computation", {
      line: 1,
      column: 1,
    });
  }
  if (!tape.op.some((op) => op !== OP.CONST)) {
    throw inputError(
      "there is no computation to differentiate: define the computation (such as 'y = w*x') before the claims",
      first,
    );
  }
  const errors = new FirstError();
  const resolved: ResolvedClaim[] = [];
  for (const claim of claims) {
    try {
      const y = lookUp(tape, claim.of, claim.ofAt);
      const x = lookUp(tape, claim.wrt, claim.wrtAt);
      if (x === y)
        throw inputError(`d${claim.of}/d${claim.wrt} differentiates a name by itself`, claim.wrtAt);
      if (tape.op[y] === OP.CONST) {
        throw inputError(
          `'${claim.of}' is given a constant, so it does not depend on '${claim.wrt}'`,
          claim.ofAt,
        );
      }
      resolved.push({ claim, x, y });
    } catch (err) {
      if (!(err instanceof GradcheckError)) throw err;
      errors.offer(err);
    }
  }
  const reach = new Uint8Array(tape.size);
  const outputs = byOutput(resolved);
  for (const { y, group, lowest } of outputs) {
    // Only entries from the lowest claimed name up matter: a kink before it cannot change the
    // claimed derivatives, and dependence on x is settled once the pass reaches x.
    dependencies(tape, y, reach, lowest);
    for (const { claim, x } of group) {
      if (reach[x] === 0) {
        errors.offer(inputError(`'${claim.of}' does not depend on '${claim.wrt}'`, claim.wrtAt));
      }
    }
    for (const k of tape.kinks) {
      if (k < lowest) continue;
      if (k > y) break;
      const ai = tape.a[k]!;
      const bi = tape.b[k]!;
      if (reach[k] && kinkSide(tape.op[k]!, tape.value[ai]!, bi >= 0 ? tape.value[bi]! : 0) === 0) {
        warnings.add(kinkWarning(tape.op[k]!, tape.line[k]!));
      }
    }
  }
  errors.throwIfAny();
  return { resolved, outputs };
}

/**
 * The claims of one output whose reverse-mode value finite differences contradict (beyond what a
 * kink explains). Names are checked a group at a time; a failing group, name by name.
 */
function unverified(
  tape: Tape,
  y: number,
  group: readonly ResolvedClaim[],
  adjoint: Float64Array,
  prefix: Float64Array,
  work: Float64Array,
): ResolvedClaim[] {
  // Grouping names whose terms sigma·adjoint are of similar size keeps an error in a small
  // derivative from hiding under the tolerance of a large one.
  const size = (x: number): number => Math.abs(adjoint[x]! * Math.max(1, Math.abs(tape.value[x]!)));
  const xs = [...new Set(group.map((r) => r.x))].sort((p, q) => size(p) - size(q));
  const doubtful = new Set<number>();
  for (let k = 0; k < xs.length; k += DIRECTION_GROUP) {
    const chunk = xs.slice(k, k + DIRECTION_GROUP);
    const roundoff = prefix[y + 1]! - prefix[Math.min(...chunk)]!;
    if (directionalAgrees(tape, y, chunk, adjoint, roundoff, work)) continue;
    const items: CrossCheckItem[] = chunk.map((x) => ({
      x,
      y,
      reverse: adjoint[x]!,
      roundoff: prefix[y + 1]! - prefix[x + 1]!,
    }));
    crossCheck(tape, items).forEach((outcome, index) => {
      if (outcome === 'disagrees') doubtful.add(chunk[index]!);
    });
  }
  return group.filter((r) => doubtful.has(r.x));
}

function check(text: string, reveal: boolean): GradcheckResult {
  const { tape, claims } = parseProgram(text);
  const warnings = new Set<string>();
  const { resolved, outputs } = resolveClaims(tape, claims, warnings);
  const fromY = newAdjoints(tape);
  const scratch = new Float64Array(tape.size);
  const dot = new Float64Array(tape.size);
  const budget = { remaining: HINT_SEARCH_BUDGET };
  const prefix = new Float64Array(tape.size + 1);
  // Forward values, perturbed and restored by each finite-difference check.
  const passes = Float64Array.from(tape.value);
  const results = new Map<ResolvedClaim, GradcheckClaim>();
  const errors = new FirstError();

  const statementsUsing = new Map<number, number[]>();
  for (const { y, group, lowest } of outputs) {
    const hintsFound = new Map<string, string>();
    reverseFrom(tape, y, fromY, lowest);
    let floor = lowest;
    const complete = (): number => {
      if (floor > 0 && budget.remaining >= floor) {
        budget.remaining -= floor;
        continueReverse(tape, fromY, floor - 1);
        floor = 0;
      }
      return floor;
    };
    const { adjoint, origin } = fromY;
    prefix[lowest] = 0;
    for (let i = lowest; i <= y; i++) {
      // Non-finite adjoints sit only on literals like the 2 in (y-t)^2, which nothing perturbs.
      const term = Math.abs(tape.value[i]! * adjoint[i]!);
      prefix[i + 1] = prefix[i]! + (Number.isFinite(term) ? term : 0);
    }
    for (const r of group) {
      const { claim, x } = r;
      const truth = adjoint[x]!;
      if (!Number.isFinite(truth)) {
        const at = origin[x]! >= 0 ? origin[x]! : x;
        errors.offer(
          mathError(
            `d${claim.of}/d${claim.wrt} is not defined: ${opName(tape.op[at]!)} on line ${tape.line[at]} has no finite derivative at this point`,
            { line: tape.line[at]!, column: tape.column[at]! },
          ),
        );
        continue;
      }
      const correct = isAccepted(claim.claimed, truth, claim.written);
      let hint: string | null = null;
      if (!correct) {
        // The same wrong claim pasted many times is searched once.
        const key = `${x} ${claim.claimed} ${claim.written?.decimals} ${claim.written?.significantDigits}`;
        hint = hintsFound.get(key) ?? null;
        if (hint === null) {
          hint =
            findHint(
              { tape, x, y, truth, fromY, complete, scratch, dot, budget, statementsUsing },
              claimMatcher(claim.claimed, claim.written, truth),
            ) ?? 'incorrect';
          hintsFound.set(key, hint);
        }
      }
      const result: GradcheckClaim = {
        of: claim.of,
        wrt: claim.wrt,
        line: claim.line,
        claimed: claim.claimed,
        correct,
        relativeError: correct || reveal ? relativeError(claim.claimed, truth) : null,
        hint,
      };
      if (reveal) result.true = truth;
      results.set(r, result);
    }
    const checkedHere = group.filter((r) => results.has(r));
    for (const r of unverified(tape, y, checkedHere, adjoint, prefix, passes)) {
      errors.offer(
        new GradcheckError(
          'internal',
          `internal error: the checker's own value of d${r.claim.of}/d${r.claim.wrt} disagrees with finite differences, so it cannot judge this claim. This is a fault in the checker, not in your answer; please tell the course staff.`,
          r.claim.line,
          r.claim.column,
        ),
      );
    }
  }
  errors.throwIfAny();

  const checked = resolved.filter((r) => results.has(r));
  const claimResults = checked.map((r) => results.get(r)!);
  const correctCount = claimResults.filter((c) => c.correct).length;
  const sortedWarnings = [...warnings].sort(
    (p, q) => Number(/\d+/.exec(p)?.[0]) - Number(/\d+/.exec(q)?.[0]) || p.localeCompare(q),
  );
  return {
    ok: true,
    claims: claimResults,
    summary: { correct: correctCount, total: claimResults.length },
    warnings: sortedWarnings,
    ...(reveal
      ? { values: Object.fromEntries([...tape.names].map(([name, entry]) => [name, tape.value[entry]!])) }
      : {}),
  };
}

export function checkGradients(text: string, options: GradcheckOptions = {}): GradcheckResult {
  try {
    if (typeof text !== 'string') {
      return failure(inputError('the input must be text', { line: 1, column: 1 }));
    }
    return check(text, options?.reveal === true);
  } catch (err) {
    if (err instanceof GradcheckError) return failure(err);
    // Anything else (a stack overflow included) is the checker's fault; still answer, never throw.
    const detail = errorMessage(err);
    return failure(
      new GradcheckError(
        'internal',
        `internal error in the gradient checker, not in your input: ${detail}`,
        0,
        0,
      ),
    );
  }
}
