// Slack request signing (v0): HMAC-SHA256 of `v0:TIMESTAMP:BODY`, compared in constant time, within 5 minutes.
import { createHmac, timingSafeEqual } from 'node:crypto';

const MAX_AGE_SECONDS = 5 * 60;

export interface SignedRequest {
  signingSecret: string;
  /** The X-Slack-Request-Timestamp header (seconds). */
  timestamp: string | undefined;
  /** The X-Slack-Signature header, `v0=<hex>`. */
  signature: string | undefined;
  rawBody: Buffer | string;
  /** "Now" in milliseconds, injected so tests can stand anywhere in time. */
  nowMs: number;
}

export type SignatureCheck =
  | { ok: true }
  | { ok: false; code: 'missing_signature' | 'stale_timestamp' | 'bad_signature'; message: string };

export function signSlackRequest(signingSecret: string, timestamp: string, rawBody: Buffer | string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(rawBody).digest('hex')}`;
}

export function verifySlackSignature(request: SignedRequest): SignatureCheck {
  const { timestamp, signature } = request;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, code: 'missing_signature', message: 'The request is not signed by Slack.' };
  }
  // A replayed request is refused even with a valid signature once it is older than the window.
  if (Math.abs(request.nowMs / 1000 - Number(timestamp)) > MAX_AGE_SECONDS) {
    return {
      ok: false,
      code: 'stale_timestamp',
      message: 'The request timestamp is too old or in the future.',
    };
  }
  const expected = Buffer.from(signSlackRequest(request.signingSecret, timestamp, request.rawBody));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, code: 'bad_signature', message: 'The request signature does not match.' };
  }
  return { ok: true };
}
