// The local web chat: the page and its static files, and the JSON API (ask, command, gradcheck, command list).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { offers, worksOn, type CommandDefinition, type Reply, type Requester } from '../core/command.ts';
import type { Core } from '../core/core.ts';
import type { CommandRunner, Refusal } from '../core/run-command.ts';
import { MAX_QUESTION_LENGTH } from '../core/question-limit.ts';
import { HttpError, readBody, readJson, sendJson } from '../http/http-kit.ts';
import { requestedHost } from '../http/forwarded.ts';
import type { HttpRoute } from '../http/server.ts';
import { freeTextCall } from '../platforms/shared/parse-text-args.ts';
import { renderFallback } from '../core/render-text.ts';
import { checkAdminToken, type AdminCheck } from './admin-token.ts';
import { identifyClient } from './client-id.ts';
import { parseCommandArgs } from '../core/command-line.ts';
import { loadSessionKey } from './session-key-store.ts';
import { createSessionSigner } from './session.ts';
import { loadStatic, sendStatic, staticRoutes, SECURITY_HEADERS } from './static-files.ts';
import { coursePage } from './course-page.ts';
import { listsNoDates, noDatesText } from '../schedule/no-dates.ts';
import { WEB_LIMITS, WebLimiter, type WebLimits } from './web-limiter.ts';
import { z } from 'zod';

export interface WebOptions {
  core: Core;
  runner: CommandRunner;
  adminToken: string | undefined;
  /** Signs session cookies (SESSION_SECRET); unset: a key generated once and kept in the database. */
  sessionSecret?: string | undefined;
  /** Requests a minute over the whole API, before any command's own limit. */
  limits?: WebLimits;
  /** How many reverse proxies in front of the bot add X-Forwarded-* headers (TRUST_PROXY); 0: ignore them. */
  trustProxy?: number;
}

interface Caller {
  requester: Requester;
  auth: AdminCheck;
}

/** The status code and error code for each reason the runner refuses a command. */
const REFUSAL_STATUS: Record<Refusal, [number, string]> = {
  unknown: [404, 'unknown_command'],
  ta_only: [403, 'ta_only'],
  invalid_arguments: [400, 'invalid_arguments'],
  rate_limited: [429, 'rate_limited'],
};
const limit = MAX_QUESTION_LENGTH.toLocaleString('en');

// The messages reach students on the page as they are: no field names, no HTTP.
// (a body that is no object, or has other fields, comes from another client than the page: it is told what to send)
const askBody = z.strictObject(
  {
    text: z
      .string({
        // (a page always sends text; another client that sends a number or a list is told what to send)
        error: (i) =>
          i.input === undefined || i.input === null
            ? 'Please type a question.'
            : 'The question must be text: send {"text": "your question"}.',
      })
      .trim()
      .min(1, { error: 'Please type a question.' })
      .max(MAX_QUESTION_LENGTH, {
        error: (i) =>
          `Your question is ${String(i.input).trim().length.toLocaleString('en')} characters long; please keep it under ${limit} (one question at a time).`,
      }),
  },
  { error: 'Send the question as JSON: {"text": "your question"}.' },
);
const commandBody = z.strictObject(
  {
    name: z
      .string({ error: 'Type a command after the slash, for example /help.' })
      .min(1, { error: 'Type a command after the slash, for example /help.' })
      .max(40, { error: 'There is no command with so long a name: /help lists them.' }),
    args: z
      .union([z.record(z.string().max(40), z.unknown()), z.string().max(64 * 1024)], {
        error: 'That is too long, or not something a command can read. /help shows how each command is used.',
      })
      .optional(),
  },
  { error: 'Send the command as JSON: {"name": "deadlines", "args": "3"}.' },
);

export function createWebRoutes(options: WebOptions): HttpRoute[] {
  const { core, runner, adminToken } = options;
  const secure = core.config.publicUrl.startsWith('https://');
  const publicOrigin = new URL(core.config.publicUrl).origin;
  const trustProxy = options.trustProxy ?? 0;
  const sessions = createSessionSigner(loadSessionKey(core.db, options.sessionSecret));
  const limits = options.limits ?? WEB_LIMITS;
  const limiter = new WebLimiter(limits);
  // The page for the content as it is now (a reload can add or drop the schedule), made again only when it changes.
  let page: { content: Core['content']; body: Buffer } | undefined;
  function coursePageBody(): Buffer {
    const content = core.content;
    if (page?.content !== content) {
      // Without dates the page says what `subscribe` says instead of offering calendar links.
      const noDates = listsNoDates(content.schedule)
        ? (runner.commands.get('subscribe')?.withoutDates?.(content) ??
          noDatesText(content, 'there is no course calendar'))
        : undefined;
      const html = coursePage(loadStatic('index.html').toString('utf8'), noDates, (name) => {
        const command = runner.commands.get(name);
        return command !== undefined && offers(content, command);
      });
      page = { content, body: Buffer.from(html, 'utf8') };
    }
    return page.body;
  }

  /** Common start of every API call: same-origin check, session, overall rate limit, who is asking. */
  function begin(req: IncomingMessage, res: ServerResponse): Caller {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    rejectCrossOrigin(req, publicOrigin, trustProxy);
    const auth = checkAdminToken(req, adminToken);
    const client = identifyClient(req, res, { sessions, secure, limits, admin: auth === 'ta', trustProxy });
    if (!limiter.allow(client.address, client.limitKey, client.perMinute, core.clock.now().getTime())) {
      res.setHeader('Retry-After', '60');
      throw new HttpError(
        429,
        'rate_limited',
        client.anonymous
          ? `Too many requests without a session (at most ${limits.anonymous} a minute from your network). Open the chat page, or send back the cookie the bot sets, to get a budget of your own.`
          : `Too many requests (at most ${client.perMinute} a minute). Please wait a moment.`,
      );
    }
    if (auth === 'invalid') throw new HttpError(401, 'unauthorized', 'That admin token is not right.');
    if (auth === 'malformed')
      throw new HttpError(
        401,
        'unauthorized',
        'Send the admin token as the header "Authorization: Bearer <token>".',
      );
    const userId = `session:${client.sessionId}`;
    const requestKey = idempotencyKey(req);
    return {
      auth,
      requester: {
        platform: 'web',
        userId,
        role: auth === 'ta' ? 'ta' : 'student',
        // Commands' own limits count the same way: anonymous requests of one address share one budget.
        limitKey: client.limitKey,
        // A request sent again with the same key is the same question (logged once); scoped to the client.
        ...(requestKey && { eventId: `${userId}:${requestKey}` }),
      },
    };
  }

  function checkAccess(command: CommandDefinition, auth: AdminCheck): void {
    if (command.access !== 'ta') return;
    if (!adminToken || auth === 'disabled') {
      throw new HttpError(
        403,
        'ta_commands_off',
        `\`${command.name}\` is for teaching assistants, and TA commands are turned off in this web chat (the bot has no admin token set).`,
      );
    }
    if (auth !== 'ta') {
      throw new HttpError(
        403,
        'ta_only',
        `\`${command.name}\` is for teaching assistants. If you are one, enter your admin token under *Teaching assistants*.`,
      );
    }
  }

  /** The runner checks roles, arguments and rate limits (once); its refusals become status codes here. */
  async function runChecked(name: string, args: unknown, who: Caller, res: ServerResponse): Promise<Reply> {
    const command = runner.commands.get(name);
    if (command) checkAccess(command, who.auth);
    const { refused, ...reply } = await runner.run(name, args, who.requester);
    if (refused === undefined) return reply;
    const [status, code] = REFUSAL_STATUS[refused];
    if (refused === 'rate_limited') res.setHeader('Retry-After', '60');
    throw new HttpError(status, code, reply.text);
  }

  return [
    ...staticRoutes(),
    {
      method: 'GET',
      path: '/api/commands',
      handle(req, res) {
        const { requester } = begin(req, res);
        const list = [...runner.commands.values()]
          .filter((c) => worksOn(c, 'web') && offers(core.content, c))
          .filter((c) => c.access === 'everyone' || requester.role === 'ta' || Boolean(adminToken))
          .map((c) => ({
            name: c.name,
            description: c.description,
            access: c.access,
            help: c.help ?? null,
            options: c.options,
          }));
        sendJson(res, 200, { commands: list });
      },
    },
    {
      method: 'POST',
      path: '/api/ask',
      async handle(req, res) {
        const who = begin(req, res);
        const body = parseBody(askBody, await readJson(req));
        const call = freeTextCall(runner.commands, body.text, 'web');
        if (!call)
          throw new HttpError(503, 'not_available', 'The answer engine is not available on this bot.');
        const reply = await runChecked(call.name, call.args, who, res);
        sendJson(res, 200, {
          kind: reply.kind ?? 'answer',
          text: webText(reply),
          sources: reply.sources ?? [],
          links: reply.links ?? [],
        });
      },
    },
    {
      method: 'POST',
      path: '/api/command',
      async handle(req, res) {
        const who = begin(req, res);
        const body = parseBody(commandBody, await readJson(req));
        const name = body.name.replace(/^\//, '').toLowerCase();
        const command = runner.commands.get(name);
        let args: unknown = body.args ?? {};
        if (typeof args === 'string' && command) {
          const parsed = parseCommandArgs(command, args);
          if (!parsed.ok) throw new HttpError(400, 'invalid_arguments', parsed.message);
          args = parsed.args;
        }
        const reply = await runChecked(name, args, who, res);
        sendJson(res, 200, { reply: { ...reply, text: webText(reply) } });
      },
    },
    {
      method: 'POST',
      path: '/api/gradcheck',
      async handle(req, res) {
        const who = begin(req, res);
        if (!/^text\/plain\b/i.test(req.headers['content-type'] ?? '')) {
          throw new HttpError(
            415,
            'unsupported_media_type',
            'Send the program as the body with Content-Type: text/plain.',
          );
        }
        const program = (await readBody(req)).toString('utf8');
        if (program.trim() === '')
          throw new HttpError(400, 'empty_body', 'The body is empty: send the computation and your claims.');
        const reply = await runChecked('gradcheck', { program }, who, res);
        if (reply.data === undefined)
          throw new HttpError(500, 'internal', 'The gradient checker did not answer.');
        const ok = (reply.data as { ok?: unknown }).ok === true;
        sendJson(res, ok ? 200 : 422, reply.data);
      },
    },
    {
      method: 'GET',
      path: '/',
      handle(req, res) {
        // The page gets its session cookie up front, so the chat's requests have a budget of their own.
        if (sessions.verify(req) === null) res.setHeader('Set-Cookie', sessions.issue(secure).setCookie);
        sendStatic(res, 'index.html', coursePageBody());
      },
    },
  ];
}

function parseBody<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  // The first problem, as worded for the student (the schemas write whole sentences); a body of the wrong shape first.
  const issue = parsed.error.issues.find((i) => i.path.length === 0) ?? parsed.error.issues[0];
  throw new HttpError(400, 'invalid_body', issue?.message ?? 'That could not be read.');
}

/**
 * Same-origin only: a browser sending an Origin from another site is refused (no CORS headers are ever sent). The
 * bot's own origin is PUBLIC_URL's, or the host the request was sent to: behind a reverse proxy that rewrites Host
 * (nginx's default), PUBLIC_URL is what the browser's Origin shows.
 */
function rejectCrossOrigin(req: IncomingMessage, publicOrigin: string, trustProxy: number): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    throw new HttpError(403, 'cross_origin', 'Requests from other sites are not accepted.');
  }
  if (parsed.origin === publicOrigin || parsed.host === requestedHost(req, trustProxy)) return;
  throw new HttpError(403, 'cross_origin', 'Requests from other sites are not accepted.');
}

/** The web shows instants in the course's zone: `{{time:N}}` placeholders become their fallback text. */
function webText(reply: Reply): string {
  return renderFallback(reply.text, reply.times);
}

const IDEMPOTENCY_KEY = /^[\w.:-]{8,100}$/;

/** The request's `Idempotency-Key` header, if any: 8 to 100 letters, digits and `_ . : -`. */
function idempotencyKey(req: IncomingMessage): string | undefined {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
    throw new HttpError(
      400,
      'invalid_idempotency_key',
      'The Idempotency-Key header must be 8 to 100 letters, digits or _ . : - (send the same key again only for the same request).',
    );
  }
  return key;
}
