// Who a web request comes from: its session (a new one is issued when the cookie is missing or not ours), its
// address, and the budget it is counted against.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress } from '../http/forwarded.ts';
import type { SessionSigner } from './session.ts';
import type { WebLimits } from './web-limiter.ts';

export interface WebClient {
  /** The session id: every browser has an identity of its own (calendar links, reminders). */
  sessionId: string;
  address: string;
  /**
   * Whom the rate limits count: the session, the admin token, or the address's anonymous budget (every request
   * of the address without a session the server issued, so made-up cookies share one small budget).
   */
  limitKey: string;
  perMinute: number;
  anonymous: boolean;
}

/** Identifies the client, setting a new session cookie when the request had no valid one. */
export function identifyClient(
  req: IncomingMessage,
  res: ServerResponse,
  options: {
    sessions: SessionSigner;
    secure: boolean;
    limits: WebLimits;
    admin: boolean;
    trustProxy: number;
  },
): WebClient {
  // Behind TRUST_PROXY proxies, the client's own address (else every student would share the proxy's budget).
  const address = clientAddress(req, options.trustProxy);
  const existing = options.sessions.verify(req);
  if (existing !== null) {
    const perMinute = options.limits.perSession;
    return { sessionId: existing, address, limitKey: `session:${existing}`, perMinute, anonymous: false };
  }
  const fresh = options.sessions.issue(options.secure);
  res.setHeader('Set-Cookie', fresh.setCookie);
  // Until the client sends the cookie back, its requests count against the address's anonymous budget: a client
  // that drops or invents cookies must not get a fresh budget each time.
  return options.admin
    ? {
        sessionId: fresh.id,
        address,
        limitKey: `admin:${address}`,
        perMinute: options.limits.perSession,
        anonymous: false,
      }
    : {
        sessionId: fresh.id,
        address,
        limitKey: `anonymous:${address}`,
        perMinute: options.limits.anonymous,
        anonymous: true,
      };
}
