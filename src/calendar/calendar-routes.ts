// GET /calendar.ics (public, ?group= and ?types= filters) and GET /calendar/TOKEN.ics (a personal subscription).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core/core.ts';
import { HttpError } from '../http/http-kit.ts';
import type { HttpRoute } from '../http/server.ts';
import type { Schedule } from '../schedule/schedule.ts';
import {
  filterSchema,
  groupsOf,
  unknownGroupMessage,
  type CalendarFilter,
} from '../subscriptions/calendar-filter.ts';
import { findActiveSubscription } from '../subscriptions/subscription-store.ts';
import { calendarIdentity } from './build-ics.ts';
import { createCalendarCache, type CachedCalendar } from './calendar-cache.ts';

/** Distinct query strings remembered (valid or not); past this the memo starts over. */
const MAX_QUERIES = 256;

export function calendarRoutes(core: Core): HttpRoute[] {
  const cache = createCalendarCache(core.db, core.clock, (schedule) =>
    calendarIdentity(core.content.course, schedule, core.config.publicUrl),
  );
  // The hot path: a feed reader polls the same URL; validating its query once per schedule keeps each request
  // to two map lookups and writing a prepared buffer.
  const queries = new WeakMap<Schedule, Map<string, CalendarFilter | HttpError>>();
  const filterFor = (schedule: Schedule, url: URL): CalendarFilter => {
    let memo = queries.get(schedule);
    if (!memo) {
      memo = new Map();
      queries.set(schedule, memo);
    }
    let result = memo.get(url.search);
    if (result === undefined) {
      result = validateQuery(schedule, url);
      if (memo.size >= MAX_QUERIES) memo.clear();
      memo.set(url.search, result);
    }
    if (result instanceof HttpError) throw result;
    return result;
  };
  return [
    {
      method: 'GET',
      path: '/calendar.ics',
      handle(req, res, { url }) {
        const schedule = core.content.schedule;
        sendCalendar(req, res, cache.get(schedule, filterFor(schedule, url)), 'public');
      },
    },
    {
      method: 'GET',
      path: /\/calendar\/(?<token>[^/]{1,100})\.ics/,
      handle(req, res, { params }) {
        const subscription = findActiveSubscription(core.db, params.token ?? '');
        // Unknown and revoked look the same, so a token cannot be probed.
        if (!subscription) {
          throw new HttpError(
            404,
            'not_found',
            'This calendar link is unknown or was revoked. Subscribe again.',
          );
        }
        sendCalendar(req, res, cache.get(core.content.schedule, subscription.filter), 'private');
      },
    },
  ];
}

function validateQuery(schedule: Schedule, url: URL): CalendarFilter | HttpError {
  try {
    const filter = parseQuery(url);
    const groups = groupsOf(schedule);
    const unknown = unknownGroupMessage(filter.group, groups);
    if (unknown !== null)
      return new HttpError(
        400,
        'invalid_group',
        `group: ${unknown}${groups.length ? ', or leave it out' : ''}.`,
      );
    return filter;
  } catch (err) {
    if (err instanceof HttpError) return err;
    throw err;
  }
}

function parseQuery(url: URL): CalendarFilter {
  const raw: Record<string, string> = {};
  for (const [k, v] of url.searchParams) {
    // (types given twice add up, "?types=deadline&types=exam"; a second group would silently win, so it is refused)
    if (raw[k] === undefined) raw[k] = v;
    else if (k === 'types') raw[k] = `${raw[k]},${v}`;
    else throw new HttpError(400, 'invalid_query', `${k}: given more than once; give it once.`);
  }
  const parsed = filterSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const name = i.path.length ? i.path.join('.') : (i as { keys?: string[] }).keys?.join(', ');
      return `${name ?? 'query'}: ${i.message}`;
    });
    throw new HttpError(400, 'invalid_query', problems.join('; '));
  }
  return {
    ...(parsed.data.group !== undefined && { group: parsed.data.group }),
    ...(parsed.data.types !== undefined && { types: parsed.data.types }),
  };
}

function sendCalendar(
  req: IncomingMessage,
  res: ServerResponse,
  calendar: CachedCalendar,
  visibility: 'public' | 'private',
): void {
  const headers = {
    ETag: calendar.etag,
    'Cache-Control': `${visibility}, max-age=300`,
  };
  const match = req.headers['if-none-match'];
  // (compared weakly, as HTTP says for If-None-Match: a proxy that compresses the body passes W/"…" on)
  const tags = match?.split(',').map((t) => t.trim().replace(/^W\//, '')) ?? [];
  if (tags.some((t) => t === calendar.etag || t === '*')) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Length': calendar.body.length,
    'Content-Disposition': 'inline; filename="calendar.ics"',
  });
  res.end(calendar.body);
}
