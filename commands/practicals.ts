// `practicals [group]`: the next practical sessions, for one group or the next one of every group.
import { z } from 'zod';
import { defineCommand, type Reply } from '../src/core/command.ts';
import { escapeMarkdown } from '../src/core/render-text.ts';
import { allDayWord, upcoming, type Occurrence } from '../src/schedule/schedule.ts';
import { GROUP_OPTION, groupsHelp, unknownGroupReply } from '../src/subscriptions/group-option.ts';
import { groupSchema, groupsOf, matchesFilter } from '../src/subscriptions/calendar-filter.ts';
import { formatLocal, formatLocalDays } from '../src/time/local-time.ts';
import { listsEventsOf, noDatesText } from '../src/schedule/no-dates.ts';
import type { Content } from '../src/content/load-content.ts';
import { TYPE_OF } from '../src/content/schemas.ts';

const SESSIONS_PER_GROUP = 5;

const withoutDates = (content: Content): string | undefined =>
  noDatesText(content, 'I have no practical sessions to show');

export default defineCommand({
  name: 'practicals',
  description: 'The next practical sessions, for your group or for every group',
  help: 'Usage: `practicals` (the next session of every group) or `practicals thu-a` (the next sessions of one group).',
  options: [GROUP_OPTION],
  args: z.strictObject({ group: groupSchema.optional() }),
  access: 'everyone',
  courseHelp: (content) => groupsHelp(content, 'practicals', 'practical'),
  describedFor: (content) => {
    const word = sessionWord(content);
    return word && `The next ${word} sessions, for your group or for every group`;
  },
  askedAs: ['show the next practical sessions of my group', 'when is the next practical session'],
  whenAsked: (content, now) => practicalsReply(content, now, {}),
  withoutDates,
  offeredBy: (content) => listsEventsOf(content, 'practical'),
  execute(args, { core, clock }): Reply {
    return practicalsReply(core.content, clock.now(), args);
  },
});

/**
 * The course's own word for its practical sessions, when every one's title starts with the same word for such
 * sessions other than "practical" ("Lab 3", "Lab 08: K-means clustering": "lab"); undefined otherwise.
 */
export function sessionWord(content: Content): string | undefined {
  const words = content.schedule.events
    .filter((e) => e.type === 'practical')
    .map((e) => /^[a-z]+/i.exec(e.title)?.[0]?.toLowerCase() ?? '');
  const [word] = words;
  if (!word || words.some((w) => w !== word)) return undefined;
  return TYPE_OF[word] === 'practical' ? word : undefined;
}

/** The next sessions of one group, or the next of every group, at `now`. */
function practicalsReply(content: Content, now: Date, args: { group?: string }): Reply {
  const none = withoutDates(content);
  if (none !== undefined) return { text: none, private: false, kind: 'info' };
  const { schedule } = content;
  const practicalGroups = groupsOf({
    ...schedule,
    events: schedule.events.filter((e) => e.type === 'practical'),
  });
  const unknown = unknownGroupReply(args.group, practicalGroups);
  if (unknown) return unknown;
  const sessions = upcoming(schedule, now, (e) =>
    matchesFilter(e, { types: ['practical'], group: args.group }),
  );
  const shown: Occurrence[] =
    args.group !== undefined ? sessions.slice(0, SESSIONS_PER_GROUP) : firstPerEvent(sessions);
  const word = sessionWord(content) ?? 'practical';
  if (shown.length === 0) {
    return {
      text: `There are no upcoming ${word} sessions in the schedule.`,
      private: false,
      kind: 'info',
    };
  }
  const times: NonNullable<Reply['times']> = [];
  const lines = shown.map((o) => {
    // An all-day session is written as its days, the same in every zone; a time becomes a placeholder.
    let when = `${formatLocalDays(o.date, o.lastDate, schedule.timezone)}, ${allDayWord(o.event)}`;
    if (!o.event.allDay) {
      when = `{{time:${times.length}}}`;
      times.push({ at: o.start, fallback: formatLocal(o.start, schedule.timezone) });
    }
    const where = o.event.location ? ` · ${escapeMarkdown(o.event.location)}` : '';
    const group = o.event.group ? ` (\`${o.event.group}\`)` : '';
    return `- ${when}: **${escapeMarkdown(o.event.title)}**${group}${where}`;
  });
  const heading =
    args.group !== undefined ? `**Next ${word}s for \`${args.group}\`**` : `**Next ${word} of each group**`;
  return { text: `${heading}\n${lines.join('\n')}`, private: false, kind: 'info', times };
}

/** The next session of each series, in time order. */
function firstPerEvent(sessions: Occurrence[]): Occurrence[] {
  const seen = new Set<string>();
  return sessions.filter((o) => !seen.has(o.event.id) && seen.add(o.event.id));
}
