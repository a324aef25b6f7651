// Canvas's REST API (/api/v1): time-outs, Link-header pagination, rate-limit back-off, 5xx retries, typed errors.
import type { z } from 'zod';

export type CanvasFailure =
  'unauthorized' | 'forbidden' | 'not_found' | 'rate_limited' | 'unavailable' | 'invalid';

/** A failed call. The message names the method and path (never the token) and says what happened. */
export class CanvasError extends Error {
  constructor(
    readonly failure: CanvasFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CanvasError';
  }
}

export interface CanvasClientOptions {
  /** The Canvas instance, e.g. https://canvas.example.edu (without /api/v1). */
  baseUrl: string;
  token: string;
  timeoutMs?: number;
  /** Tries per request in all (5xx, time-outs and rate limiting are tried again; 4xx are not). */
  maxAttempts?: number;
  /** First back-off; doubles per try, capped at `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Follow at most this many pages of one list (a guard against a Link loop). */
  maxPages?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Aborts every request and back-off at once (the bot is stopping). */
  stopSignal?: AbortSignal;
}

export interface CanvasClient {
  get<S extends z.ZodType>(path: string, schema: S, query?: Query): Promise<z.infer<S>>;
  /** Every page of a list, following the `Link: <…>; rel="next"` header. */
  getAll<S extends z.ZodType>(path: string, item: S, query?: Query): Promise<z.infer<S>[]>;
  /** Not retried after a 5xx or a time-out (Canvas may have acted on it); retried when rate limited. */
  post<S extends z.ZodType>(path: string, body: Record<string, unknown>, schema: S): Promise<z.infer<S>>;
  /** The last `X-Rate-Limit-Remaining` Canvas sent, if any. */
  readonly rateLimitRemaining: number | undefined;
}

export type Query = Record<string, string | number | boolean | readonly string[]>;

/** Below this much rate-limit budget the client slows down before each call instead of running into 403s. */
const LOW_BUDGET = 100;
const PER_PAGE = 100;

export function createCanvasClient(options: CanvasClientOptions): CanvasClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const apiRoot = `${base}/api/v1`;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxAttempts = options.maxAttempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const maxPages = options.maxPages ?? 50;
  const stop = options.stopSignal;
  const sleep =
    options.sleep ??
    ((ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        stop?.addEventListener('abort', done, { once: true });
        function done(): void {
          clearTimeout(timer);
          stop?.removeEventListener('abort', done);
          resolve();
        }
      }));
  let remaining: number | undefined;

  const backoff = (attempt: number): number => Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));

  async function request(
    method: 'GET' | 'POST',
    url: string,
    body: Record<string, unknown> | undefined,
  ): Promise<{ data: unknown; next: string | undefined }> {
    const where = `${method} ${new URL(url).pathname}`;
    for (let attempt = 1; ; attempt++) {
      if (stop?.aborted) throw new CanvasError('unavailable', `${where}: not sent, the bot is stopping`);
      // Slow down as the budget runs low: Canvas refills it over time, and a 403 costs a whole back-off.
      if (remaining !== undefined && remaining < LOW_BUDGET) {
        await sleep(Math.min(maxDelayMs, Math.round(baseDelayMs * (1 - remaining / LOW_BUDGET) * 2)));
      }
      let res: Response;
      try {
        res = await fetch(url, {
          method,
          headers: {
            authorization: `Bearer ${options.token}`,
            accept: 'application/json',
            ...(body && { 'content-type': 'application/json' }),
          },
          ...(body && { body: JSON.stringify(body) }),
          redirect: 'error',
          signal: stop
            ? AbortSignal.any([AbortSignal.timeout(timeoutMs), stop])
            : AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
        const reason = timedOut ? `no answer within ${timeoutMs / 1000} s` : 'could not connect';
        // A POST that timed out may have been carried out: trying again could post twice.
        if (attempt < maxAttempts && (method === 'GET' || !timedOut)) {
          await sleep(backoff(attempt));
          continue;
        }
        throw new CanvasError('unavailable', `${where}: ${reason}`);
      }
      const header = res.headers.get('x-rate-limit-remaining');
      if (header !== null && Number.isFinite(Number(header))) remaining = Number(header);
      const text = await readBody(res);
      if (res.ok) {
        let data: unknown;
        try {
          data = text === '' ? null : JSON.parse(text);
        } catch {
          throw new CanvasError('invalid', `${where}: the answer is not JSON`, res.status);
        }
        return { data, next: nextLink(res.headers.get('link'), base) };
      }
      const rateLimited = res.status === 429 || (res.status === 403 && /rate limit exceeded/i.test(text));
      if (rateLimited || res.status >= 500) {
        if (attempt < maxAttempts && (method === 'GET' || rateLimited)) {
          await sleep(Math.max(backoff(attempt), retryAfterMs(res.headers.get('retry-after'), maxDelayMs)));
          continue;
        }
        throw rateLimited
          ? new CanvasError('rate_limited', `${where}: rate limited by Canvas (${res.status})`, res.status)
          : new CanvasError('unavailable', `${where}: Canvas answered ${res.status}`, res.status);
      }
      if (res.status === 401) {
        throw new CanvasError('unauthorized', `${where}: the token was refused (401)`, 401);
      }
      if (res.status === 403) {
        throw new CanvasError('forbidden', `${where}: the account may not do this (403)`, 403);
      }
      if (res.status === 404) throw new CanvasError('not_found', `${where}: not found (404)`, 404);
      throw new CanvasError('invalid', `${where}: Canvas answered ${res.status}`, res.status);
    }
  }

  function parse<S extends z.ZodType>(schema: S, data: unknown, url: string): z.infer<S> {
    const parsed = schema.safeParse(data);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new CanvasError(
      'invalid',
      `${new URL(url).pathname}: unexpected answer (${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid'})`,
    );
  }

  return {
    get rateLimitRemaining() {
      return remaining;
    },
    async get(path, schema, query = {}) {
      const url = withQuery(`${apiRoot}${path}`, query);
      return parse(schema, (await request('GET', url, undefined)).data, url);
    },
    async getAll(path, item, query = {}) {
      const out: unknown[] = [];
      let url: string | undefined = withQuery(`${apiRoot}${path}`, { per_page: PER_PAGE, ...query });
      for (let page = 0; url !== undefined; page++) {
        if (page >= maxPages) {
          throw new CanvasError('invalid', `${path}: more than ${maxPages} pages; stopped following Link`);
        }
        const { data, next } = await request('GET', url, undefined);
        if (!Array.isArray(data)) throw new CanvasError('invalid', `${path}: expected a list`);
        for (const entry of data) out.push(parse(item, entry, url));
        url = next;
      }
      return out as z.infer<typeof item>[];
    },
    async post(path, body, schema) {
      const url = `${apiRoot}${path}`;
      return parse(schema, (await request('POST', url, body)).data, url);
    },
  };
}

function withQuery(url: string, query: Query): string {
  const u = new URL(url);
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const v of value as readonly string[]) u.searchParams.append(key, v);
    else u.searchParams.set(key, String(value));
  }
  return u.toString();
}

/** The `rel="next"` URL of a Link header, only when it points at the same Canvas (the token goes with it). */
export function nextLink(header: string | null, base: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const m = /<([^>]+)>\s*;(.*)/.exec(part.trim());
    if (!m || !/\brel="?next"?/.test(m[2] ?? '')) continue;
    const url = new URL(m[1] ?? '', base);
    return url.origin === new URL(base).origin ? url.toString() : undefined;
  }
  return undefined;
}

function retryAfterMs(header: string | null, cap: number): number {
  const seconds = Number(header);
  return header !== null && Number.isFinite(seconds) && seconds > 0 ? Math.min(cap, seconds * 1000) : 0;
}

const MAX_BODY = 5 * 1024 * 1024;

async function readBody(res: Response): Promise<string> {
  const text = await res.text();
  if (text.length > MAX_BODY) throw new CanvasError('invalid', 'the answer is larger than 5 MB');
  return text;
}
