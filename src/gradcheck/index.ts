// The gradient checker's public surface: the chat command, web API and CLI import only from here.
export { checkGradients } from './check-gradients.ts';
export { renderGradcheckMarkdown, renderGradcheckText } from './render.ts';
export type {
  GradcheckClaim,
  GradcheckFailure,
  GradcheckOptions,
  GradcheckResult,
  GradcheckSuccess,
} from './result.ts';
export type { GradcheckErrorCode } from './errors.ts';
export { MAX_INPUT_BYTES, MAX_NESTING, MAX_STATEMENTS } from './limits.ts';
