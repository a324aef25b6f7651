// `subscribe [group] [types]`: a personal calendar link (https:// and webcal://) with the chosen filters.
import { defineCommand, type Reply } from '../src/core/command.ts';
import { EVENT_TYPES } from '../src/content/schemas.ts';
import { GROUP_OPTION, groupsHelp, unknownGroupReply } from '../src/subscriptions/group-option.ts';
import { z } from 'zod';
import { filterSchema, groupsOf, matchesFilter, typesSchema } from '../src/subscriptions/calendar-filter.ts';
import { listsDates, noDatesText } from '../src/schedule/no-dates.ts';
import type { Content } from '../src/content/load-content.ts';

/**
 * `subscribe exam`, `subscribe deadline,exam`, `subscribe deadline exam`: kinds of events written where the group goes
 * are the types (validation refuses a group named after a kind of event).
 */
function typesInGroupPlace(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const { group, types, ...rest } = raw as Record<string, unknown>;
  if (typeof group !== 'string' || !typesSchema.safeParse(group).success) return raw;
  // ("subscribe deadline exam": both words are kinds of events, read together)
  if (types === undefined) return { ...rest, types: group };
  return typeof types === 'string' && typesSchema.safeParse(types).success
    ? { ...rest, types: `${group},${types}` }
    : raw;
}

const withoutDates = (content: Content): string | undefined =>
  noDatesText(content, 'there is no course calendar to subscribe to');

export default defineCommand({
  name: 'subscribe',
  description: 'Get a personal calendar link for your calendar app (deadlines, practicals, exam)',
  help: [
    'Usage: `subscribe`, `subscribe thu-a` (your practical group), `subscribe thu-a deadline,exam` or `subscribe deadline,exam`.',
    `Types: ${EVENT_TYPES.join(', ')}. Running it again makes a new link and turns the old one off.`,
  ].join('\n'),
  options: [
    GROUP_OPTION,
    {
      name: 'types',
      description: `Only these types, e.g. deadline,exam (${EVENT_TYPES.join(', ')})`,
      type: 'string',
      required: false,
      maxLength: 200,
    },
  ],
  args: z.preprocess(typesInGroupPlace, filterSchema),
  access: 'everyone',
  courseHelp: (content) => groupsHelp(content, 'subscribe'),
  askedAs: [
    'how do I get the deadlines in my calendar',
    'how do I add the deadlines to my google calendar',
    'can I sync the schedule with my calendar app',
    'is there an ical link for the course calendar',
    'how do I add the course schedule to outlook',
    'calendar subscription',
  ],
  rateLimit: { bucket: 'subscribe', perMinute: 5 },
  withoutDates,
  offeredBy: listsDates,
  execute(args, { core, clock, requester }): Reply {
    const none = withoutDates(core.content);
    if (none !== undefined) return { text: none, private: false, kind: 'info' };
    const groups = groupsOf(core.content.schedule);
    const unknown = unknownGroupReply(args.group, groups);
    if (unknown) return unknown;
    const owner = `${requester.platform}:${requester.userId}`;
    const filter = {
      ...(args.group !== undefined && { group: args.group }),
      ...(args.types && { types: args.types }),
    };
    const links = core.subscriptions.create({ owner, ...filter }, clock.now());
    // (a calendar of only undated events is empty: "subscribe exam" before the exam has a date)
    const { events, undated = [] } = core.content.schedule;
    const empty = events.some((e) => matchesFilter(e, filter))
      ? undefined
      : undated.some((e) => matchesFilter(e, filter))
        ? 'None of these events has a date yet, so the calendar is empty until they do; it fills in by itself.'
        : 'The schedule has no events of these kinds, so the calendar is empty; it fills in by itself if some are added.';
    const what = [
      args.types ? args.types.join(', ') : 'every event',
      args.group ? `for group \`${args.group}\` and everyone` : undefined,
    ]
      .filter(Boolean)
      .join(' ');
    return {
      text: [
        `Here is your personal course calendar (${what}):`,
        `- Calendar apps (Apple Calendar, Outlook): ${links.webcalUrl}`,
        `- Google Calendar: ${links.googleUrl}`,
        `- Any other app (*add a calendar from URL*) or a browser: ${links.httpsUrl}`,
        ...(empty ? ['', empty] : []),
        '',
        'Your calendar app refreshes it by itself, so changed dates show up. The link is personal: keep it to yourself.',
        'Running `subscribe` again makes a new link and turns this one off; `unsubscribe` turns it off.',
      ].join('\n'),
      private: true,
      kind: 'info',
      links: [
        { label: 'Add to calendar (webcal)', url: links.webcalUrl },
        { label: 'Calendar link (https)', url: links.httpsUrl },
        { label: 'Add to Google Calendar', url: links.googleUrl },
      ],
    };
  },
});
