// When a claimed derivative counts as correct, and which hint (if any) a wrong one matches.
import type { WrittenNumber } from './parser.ts';

export const RELATIVE_TOLERANCE = 1e-3;
export const ABSOLUTE_TOLERANCE = 1e-6;

/**
 * Correct within 1e-3 relative + 1e-6 absolute, or when the claim is the true value rounded to the
 * decimals the student wrote, provided they wrote at least 2 significant digits (so "0.1" cannot
 * pass for 0.14). Ties of the rounding go either way.
 */
export function isAccepted(claimed: number, truth: number, written: WrittenNumber | null): boolean {
  return within(claimed, truth, roundingReach(written));
}

/** Half a unit of the last decimal written: how far rounding may move a number; 0 if rounding does not count. */
function roundingReach(written: WrittenNumber | null): number {
  return written === null || written.significantDigits < 2 ? 0 : 0.5 * 10 ** -written.decimals * (1 + 1e-9);
}

function within(claimed: number, truth: number, reach: number): boolean {
  const difference = Math.abs(claimed - truth);
  return difference <= RELATIVE_TOLERANCE * Math.abs(truth) + ABSOLUTE_TOLERANCE || difference <= reach;
}

export function relativeError(claimed: number, truth: number): number {
  const difference = Math.abs(claimed - truth);
  return truth === 0 ? difference : difference / Math.abs(truth);
}

/**
 * A test for hint values: does the claim equal this value? A value indistinguishable from the
 * true one never matches, since matching it would make the claim correct.
 */
export function claimMatcher(
  claimed: number,
  written: WrittenNumber | null,
  truth: number,
): (value: number) => boolean {
  // Computed once: hint searches try thousands of values, and most are rejected by the first test.
  const reach = roundingReach(written);
  return (value) => {
    if (!within(claimed, value, reach)) return false;
    return Number.isFinite(value) && !isAccepted(value, truth, null) && !isAccepted(truth, value, null);
  };
}
