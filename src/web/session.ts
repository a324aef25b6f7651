// Web sessions issued by the server: the cookie holds a random id and an HMAC of it, so an id the server did not
// issue (made up, or altered) is recognised as such and the request is treated as a new anonymous visitor.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'cb_session';
const COOKIE_PATTERN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;
const MAX_AGE_S = 365 * 24 * 3600;

export interface SessionSigner {
  /** The session id of the request's cookie when the server issued it, else null. */
  verify(req: IncomingMessage): string | null;
  /** A new session: its id, and the Set-Cookie header value that hands it to the client. */
  issue(secure: boolean): { id: string; setCookie: string };
}

export function createSessionSigner(key: Buffer): SessionSigner {
  const mac = (id: string): Buffer => createHmac('sha256', key).update(`session:${id}`).digest();
  return {
    verify(req) {
      const value = readCookie(req.headers.cookie, SESSION_COOKIE);
      const m = value === null ? null : COOKIE_PATTERN.exec(value);
      if (!m) return null;
      const id = m[1] ?? '';
      const given = Buffer.from(m[2] ?? '', 'base64url');
      const expected = mac(id);
      return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
    },
    issue(secure) {
      const id = randomBytes(16).toString('base64url');
      const value = `${id}.${mac(id).toString('base64url')}`;
      return {
        id,
        setCookie: `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${MAX_AGE_S}${secure ? '; Secure' : ''}`,
      };
    },
  };
}

function readCookie(header: string | undefined, name: string): string | null {
  if (header === undefined || header.length > 8192) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
