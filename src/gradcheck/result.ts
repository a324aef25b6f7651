// The JSON shape every caller (CLI, chat command, web API) receives from checkGradients.
import type { GradcheckErrorCode } from './errors.ts';

export interface GradcheckClaim {
  /** The differentiated name: `l` in `dl/dw`. */
  of: string;
  /** The name differentiated against: `w` in `dl/dw`. */
  wrt: string;
  /** Line of the claim in the student's text. */
  line: number;
  claimed: number;
  correct: boolean;
  /**
   * |claimed - true| / |true| (the absolute difference when the true value is 0). For a wrong claim
   * it is null unless true values are revealed, because together with `claimed` it would give the
   * true value away.
   */
  relativeError: number | null;
  /** What kind of mistake a wrong claim looks like, or null (correct, or no pattern fits). */
  hint: string | null;
  /** The true derivative; present only when revealed. */
  true?: number;
}

export interface GradcheckSuccess {
  ok: true;
  claims: GradcheckClaim[];
  summary: { correct: number; total: number };
  /** Non-differentiable points met on the way (PyTorch's convention was used), one line each. */
  warnings: string[];
  /** The forward pass, by name; present only when revealed. */
  values?: Record<string, number>;
}

export interface GradcheckFailure {
  ok: false;
  error: { message: string; line: number; column: number; code: GradcheckErrorCode };
}

export type GradcheckResult = GradcheckSuccess | GradcheckFailure;

export interface GradcheckOptions {
  /** Show true derivatives and forward values (the CLI's --reveal, a TA in chat). */
  reveal?: boolean;
}
