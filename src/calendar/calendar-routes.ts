// GET /calendar.ics (public, ?group= and ?types= filters) and GET /calendar/TOKEN.ics (a personal subscription).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Core } from '../core/core.ts';
import { HttpError } from '../http/http-kit.ts';
import type { HttpRoute } from '../http/server.ts';
import { groupSchema, groupsOf, typesSchema, type CalendarFilter } from '../subscriptions/calendar-filter.ts';
import { findActiveSubscription } from '../subscriptions/subscription-store.ts';
import { createCalendarCache, type CachedCalendar } from './calendar-cache.ts';

const querySchema = z.strictObject(
  { group: groupSchema.optional(), types: typesSchema.optional() },
  { error: (i) => (i.code === 'unrecognized_keys' ? `unknown parameter; use group and types` : undefined) },
);

export function calendarRoutes(core: Core): HttpRoute[] {
  const cache = createCalendarCache(core.db, core.clock);
  return [
    {
      method: 'GET',
      path: '/calendar.ics',
      handle(req, res, { url }) {
        const filter = parseQuery(url);
        const schedule = core.content.schedule;
        if (filter.group !== undefined && !groupsOf(schedule).includes(filter.group)) {
          const groups = groupsOf(schedule);
          throw new HttpError(
            400,
            'invalid_group',
            `group: there is no group "${filter.group}"; use one of ${groups.join(', ') || '(none)'} or leave it out.`,
          );
        }
        sendCalendar(req, res, cache.get(schedule, filter), 'public');
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

function parseQuery(url: URL): CalendarFilter {
  const raw: Record<string, string> = {};
  for (const [k, v] of url.searchParams) raw[k] = v;
  const parsed = querySchema.safeParse(raw);
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
  if (match !== undefined && match.split(',').some((t) => t.trim() === calendar.etag || t.trim() === '*')) {
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
