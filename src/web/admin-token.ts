// Checks `Authorization: Bearer <ADMIN_TOKEN>` in constant time; TA commands on the web need it.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type AdminCheck = 'ta' | 'none' | 'invalid' | 'malformed' | 'disabled';

/**
 * `ta` for the right token, `none` when no Authorization header was sent, `invalid` for a wrong one, `malformed` for
 * a header that is not `Bearer <token>` (the scheme's name in any case, as HTTP reads it), `disabled` when a token was
 * sent but the bot has no ADMIN_TOKEN configured.
 */
export function checkAdminToken(req: IncomingMessage, adminToken: string | undefined): AdminCheck {
  const header = req.headers.authorization;
  if (header === undefined) return 'none';
  const m = /^bearer +([\x21-\x7e]{1,512}) *$/i.exec(header);
  if (!adminToken) return 'disabled';
  if (!m) return 'malformed';
  // Hashing both sides gives equal-length buffers, so the comparison reveals neither content nor length.
  const given = createHash('sha256')
    .update(m[1] ?? '')
    .digest();
  const expected = createHash('sha256').update(adminToken).digest();
  return timingSafeEqual(given, expected) ? 'ta' : 'invalid';
}
