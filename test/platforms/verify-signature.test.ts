// Slack request signatures as a pure function with an injected "now".
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifySlackSignature } from '../../src/platforms/slack/verify-signature.ts';

const secret = '8f742231b10e8888abcd99yyyzzz85a5';
const body = 'token=xyz&team_id=T1&command=%2Fcourse&text=deadlines';
const ts = 1_772_442_000;
const sig = (s: string, t: number, b: string) =>
  `v0=${createHmac('sha256', s).update(`v0:${t}:${b}`).digest('hex')}`;
const check = (o: { signature?: string; timestamp?: string; nowMs?: number; rawBody?: string }) =>
  verifySlackSignature({
    signingSecret: secret,
    timestamp: 'timestamp' in o ? o.timestamp : String(ts),
    signature: 'signature' in o ? o.signature : sig(secret, ts, body),
    rawBody: o.rawBody ?? body,
    nowMs: o.nowMs ?? ts * 1000,
  });

describe('verifySlackSignature', () => {
  it('accepts a request signed with the secret within five minutes, either side', () => {
    expect(check({})).toEqual({ ok: true });
    expect(check({ nowMs: (ts + 299) * 1000 })).toEqual({ ok: true });
    expect(check({ nowMs: (ts - 299) * 1000 })).toEqual({ ok: true });
  });

  it('rejects a correctly signed request that is 600 seconds old (a replay)', () => {
    expect(check({ nowMs: (ts + 600) * 1000 })).toMatchObject({ ok: false, code: 'stale_timestamp' });
  });

  it('rejects another secret, a changed body, a truncated signature and missing headers', () => {
    expect(check({ signature: sig('other-secret', ts, body) })).toMatchObject({ code: 'bad_signature' });
    expect(check({ rawBody: body.replace('deadlines', 'announce') })).toMatchObject({
      code: 'bad_signature',
    });
    expect(check({ signature: sig(secret, ts, body).slice(0, 20) })).toMatchObject({ code: 'bad_signature' });
    expect(check({ signature: undefined })).toMatchObject({ code: 'missing_signature' });
    expect(check({ timestamp: 'yesterday' })).toMatchObject({ code: 'missing_signature' });
  });
});
