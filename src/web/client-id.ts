// Identifies a web client for rate limits: an anonymous random session id in a cookie, else the remote address.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const SESSION_COOKIE = 'cb_session';
// Ours are 22 characters; any id of this shape is accepted (it only buys a rate-limit budget of its own).
const SESSION_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

function readSessionId(req: IncomingMessage): string | null {
  const cookies = req.headers.cookie ?? '';
  for (const part of cookies.split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === SESSION_COOKIE && v && SESSION_PATTERN.test(v)) return v;
  }
  return null;
}

/** Returns the client id, setting a new session cookie when the request had none. */
export function clientId(req: IncomingMessage, res: ServerResponse, secure: boolean): string {
  const existing = readSessionId(req);
  if (existing) return `session:${existing}`;
  const fresh = randomBytes(16).toString('base64url');
  res.setHeader(
    'Set-Cookie',
    `${SESSION_COOKIE}=${fresh}; Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000${secure ? '; Secure' : ''}`,
  );
  // This request is limited by address: a client that drops cookies must not get a fresh budget each time.
  return `addr:${req.socket.remoteAddress ?? 'unknown'}`;
}
