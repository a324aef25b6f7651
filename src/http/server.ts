// The bot's HTTP server: a tiny router over node:http. Capabilities contribute routes; errors never leak stacks.
import { errorMessage } from '../core/error-message.ts';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpError, sendError } from './http-kit.ts';
import type { Logger } from '../core/logger.ts';
import { fitLength } from '../core/fit-length.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteContext {
  url: URL;
  /** Named groups of the path pattern, e.g. `/calendar/(?<token>[^/]+)\.ics`. */
  params: Record<string, string>;
}

export interface HttpRoute {
  method: Method;
  /** An exact path, or a RegExp matched against the whole pathname. */
  path: string | RegExp;
  handle(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> | void;
}

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export function createHttpServer(routes: readonly HttpRoute[], log: Logger): http.Server {
  const server = http.createServer((req, res) => {
    void dispatch(routes, req, res, log);
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  return server;
}

async function dispatch(
  routes: readonly HttpRoute[],
  req: IncomingMessage,
  res: ServerResponse,
  log: Logger,
): Promise<void> {
  for (const [k, v] of Object.entries(BASE_HEADERS)) res.setHeader(k, v);
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return sendError(res, 400, 'bad_url', 'The request URL is not valid.');
  }
  // HEAD is answered by the GET route; node drops the body.
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const allowed = new Set<string>();
  for (const route of routes) {
    const params = match(route.path, url.pathname);
    if (!params) continue;
    if (route.method !== method) {
      allowed.add(route.method);
      continue;
    }
    try {
      await route.handle(req, res, { url, params });
    } catch (err) {
      if (err instanceof HttpError) {
        if (!res.headersSent) sendError(res, err.status, err.code, err.message);
        else res.destroy();
        if (err.status === 413) req.resume();
        return;
      }
      log.error('request failed', {
        path: loggedPath(route, url),
        error: errorMessage(err),
      });
      if (!res.headersSent)
        sendError(res, 500, 'internal', 'Something went wrong on our side. Please try again later.');
      else res.destroy();
    }
    return;
  }
  if (allowed.size > 0) {
    res.setHeader('Allow', [...allowed, ...(allowed.has('GET') ? ['HEAD'] : [])].join(', '));
    return sendError(
      res,
      405,
      'method_not_allowed',
      `Use ${[...allowed].join(' or ')} for ${shownPath(url)}.`,
    );
  }
  sendError(res, 404, 'not_found', `Nothing at ${shownPath(url)}.`);
}

/** A request's path as error messages repeat it: at most this many characters, so a long one is not sent back whole. */
const SHOWN_PATH = 100;
const shownPath = (url: URL): string => fitLength(url.pathname, SHOWN_PATH);

function match(pattern: string | RegExp, pathname: string): Record<string, string> | null {
  if (typeof pattern === 'string') return pattern === pathname ? {} : null;
  const m = pattern.exec(pathname);
  if (!m || m[0] !== pathname) return null;
  return { ...(m.groups ?? {}) };
}

/**
 * The path as logged: a pattern's parameters by name, not value (a personal calendar's token is a secret), so
 * `/calendar/:token.ics`.
 */
function loggedPath(route: HttpRoute, url: URL): string {
  if (typeof route.path === 'string') return url.pathname;
  return route.path.source.replace(/\(\?<(\w+)>[^)]*\)/g, ':$1').replace(/\\(.)/g, '$1');
}

export async function listen(server: http.Server, port: number, host?: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    const failed = (err: NodeJS.ErrnoException): void => reject(listenError(err, port, host));
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

/** The usual reasons a port cannot be had, said with their fix (the system's words name neither). */
function listenError(err: NodeJS.ErrnoException, port: number, host: string | undefined): Error {
  const where = `port ${port} on ${host ?? 'every interface'}`;
  if (err.code === 'EADDRINUSE') {
    return new Error(
      `${where} is already in use (another course-bot, or another program): stop that one, or set PORT to a free port, such as PORT=${port + 1}`,
    );
  }
  if (err.code === 'EACCES') {
    return new Error(
      `${where} needs administrator rights: set PORT above 1023 (such as PORT=3000) and put a reverse proxy in front (docs/deploying.md)`,
    );
  }
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') {
    return new Error(
      `HOST=${host ?? ''} is not an address of this machine: leave HOST unset, or use 127.0.0.1`,
    );
  }
  return err;
}

/**
 * Stops accepting connections and waits for requests in progress, at most `deadlineMs`; then every connection
 * still open (a slow or stalled client) is closed. Node stops enforcing request time-outs once close() is called,
 * so without this deadline one slow client would hold up the shutdown.
 */
export async function close(server: http.Server, deadlineMs = 10_000): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), deadlineMs);
  try {
    await closed;
  } finally {
    clearTimeout(timer);
  }
}
