// Shared assertions for the gradient-checker tests.
import { expect } from 'vitest';
import type { GradcheckFailure, GradcheckResult, GradcheckSuccess } from '../../src/gradcheck/index.ts';

export function expectOk(result: GradcheckResult): GradcheckSuccess {
  if (!result.ok) throw new Error(`expected ok, got error: ${JSON.stringify(result.error)}`);
  return result;
}

export function expectError(result: GradcheckResult): GradcheckFailure['error'] {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result.error;
}

/** The claim result for d<of>/d<wrt> (the first one, when claimed twice). */
export function claim(result: GradcheckSuccess, of: string, wrt: string): GradcheckSuccess['claims'][number] {
  const found = result.claims.find((c) => c.of === of && c.wrt === wrt);
  expect(found, `claim d${of}/d${wrt}`).toBeDefined();
  return found!;
}

/** A number written with 6 significant digits, as a student would copy it. */
export function six(x: number): string {
  return x.toPrecision(6);
}
