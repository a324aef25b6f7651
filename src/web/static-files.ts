// Serves the web chat's fixed files (read once at start) with a strict Content-Security-Policy.
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpRoute } from '../http/server.ts';

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');

/** No inline script or style, nothing from other origins, no framing, no plugins. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'markdown.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

const cache = new Map<string, Buffer>();

/** One of the fixed files, read once. */
export function loadStatic(name: string): Buffer {
  let body = cache.get(name);
  if (!body) {
    body = readFileSync(path.join(PUBLIC_DIR, name));
    cache.set(name, body);
  }
  return body;
}

/** Sends one of the fixed files, or `body` in its place (the page as a course has it, see course-page.ts). */
export function sendStatic(res: ServerResponse, name: string, page?: Buffer): void {
  const type = FILES[name];
  if (!type) throw new Error(`not a web file: ${name}`);
  const body = page ?? loadStatic(name);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
  });
  res.end(body);
}

/** GET /app.js, /markdown.js, /style.css. */
export function staticRoutes(): HttpRoute[] {
  return Object.keys(FILES)
    .filter((name) => name !== 'index.html')
    .map((name) => ({
      method: 'GET' as const,
      path: `/${name}`,
      handle: (_req, res) => sendStatic(res, name),
    }));
}
