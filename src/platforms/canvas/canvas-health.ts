// One log line when Canvas stops working (and why), one when it works again; nothing in between.
import { errorMessage } from '../../core/error-message.ts';
import type { Logger } from '../../core/logger.ts';
import { CanvasError } from './canvas-client.ts';

const ADVICE: Record<string, string> = {
  unauthorized:
    'canvas: the token was refused (401); keeping the last deadlines and answering nothing on Canvas until it works again. Renew CANVAS_TOKEN (docs/canvas.md).',
  forbidden:
    'canvas: the account may not do this (403); give it a TA or teacher enrolment in the course (docs/canvas.md).',
  rate_limited: 'canvas: rate limited by Canvas; polling more slowly until it lets up.',
  unavailable: 'canvas: Canvas is not answering; keeping the last deadlines and trying again with back-off.',
  not_found: 'canvas: not found (404); check CANVAS_COURSE_ID and CANVAS_BOARD_TOPIC_IDS.',
  invalid: 'canvas: Canvas gave an answer the bot could not read; keeping the last good data.',
};

export interface CanvasHealth {
  /** Polls in a row that had a failure (0 when the last one went through). */
  readonly failures: number;
  failed(step: string, err: unknown): void;
  /** Called at the end of each poll: a poll without failures resets the count; true when it just recovered. */
  pollDone(): boolean;
}

export function createCanvasHealth(log: Logger): CanvasHealth {
  let failures = 0;
  let reported: string | undefined;
  let failedThisPoll = false;
  return {
    get failures() {
      return failures;
    },
    failed(step, err) {
      const kind = err instanceof CanvasError ? err.failure : 'error';
      if (!failedThisPoll) failures++;
      failedThisPoll = true;
      if (reported === kind) return;
      reported = kind;
      const line = ADVICE[kind] ?? 'canvas: a poll step failed';
      (kind === 'unauthorized' ? log.error : log.warn)(line, { step, error: errorMessage(err) });
    },
    pollDone() {
      const recovered = !failedThisPoll && reported !== undefined;
      if (recovered) log.info('canvas: working again');
      if (!failedThisPoll) {
        reported = undefined;
        failures = 0;
      }
      failedThisPoll = false;
      return recovered;
    },
  };
}
