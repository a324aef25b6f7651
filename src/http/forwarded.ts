// Behind a reverse proxy (nginx, Caddy) the socket's peer is the proxy: with TRUST_PROXY set to the number of proxies
// in front of the bot, the client's address and the host it asked for come from the X-Forwarded-* headers those
// proxies add. Unset (0), the headers are ignored, since anyone can send them.
import type { IncomingMessage } from 'node:http';

function headerList(req: IncomingMessage, name: string): string[] {
  const value = req.headers[name];
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '');
  return joined
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The client's address: each trusted proxy appends the address it saw, so the client is `trustProxy` from the end. */
export function clientAddress(req: IncomingMessage, trustProxy: number): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (trustProxy <= 0) return peer;
  const hops = headerList(req, 'x-forwarded-for');
  return hops[Math.max(0, hops.length - trustProxy)] ?? peer;
}

/** The host the client asked for: the nearest proxy's X-Forwarded-Host when proxies are trusted, else Host. */
export function requestedHost(req: IncomingMessage, trustProxy: number): string | undefined {
  if (trustProxy > 0) {
    const forwarded = headerList(req, 'x-forwarded-host').at(-1);
    if (forwarded) return forwarded;
  }
  return req.headers.host;
}
