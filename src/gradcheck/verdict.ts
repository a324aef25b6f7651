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
  const difference = Math.abs(claimed - truth);
  if (difference <= RELATIVE_TOLERANCE * Math.abs(truth) + ABSOLUTE_TOLERANCE) return true;
  if (written === null || written.significantDigits < 2) return false;
  return difference <= 0.5 * 10 ** -written.decimals * (1 + 1e-9);
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
  return (value) => {
    // Hint searches try thousands of values; most are far off, and this rejects them cheaply.
    if (!isAccepted(claimed, value, written)) return false;
    return Number.isFinite(value) && !isAccepted(value, truth, null) && !isAccepted(truth, value, null);
  };
}
