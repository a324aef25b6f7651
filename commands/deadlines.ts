// `deadlines [count]`: the next deadlines with their due time, the time left and the late penalty; deadlines without a
// date yet (`tba`) after them, as not yet announced.
import { z } from 'zod';
import { defineCommand, type Reply } from '../src/core/command.ts';
import { lateSentences } from '../src/grade/late-policy.ts';
import { escapeMarkdown } from '../src/core/render-text.ts';
import { allDayWord, daysAway, undatedEvents, undatedLabel, upcoming } from '../src/schedule/schedule.ts';
import { listsDates, listsNoDates } from '../src/schedule/no-dates.ts';
import type { Content } from '../src/content/load-content.ts';
import { formatLocal, formatLocalDate, formatLocalDays, formatTimeLeft } from '../src/time/local-time.ts';

/** What `deadlines` says when the course lists no deadline at all, dated or not yet. */
function withoutDeadlines({ course, schedule }: Pick<Content, 'course' | 'schedule'>): string | undefined {
  const isDeadline = (e: { type: string }): boolean => e.type === 'deadline';
  if (schedule.events.some(isDeadline) || (schedule.undated ?? []).some(isDeadline)) return undefined;
  return listsNoDates(schedule)
    ? `The course information for ${course.name} lists no dates, so I have no deadlines to show.`
    : `The schedule for ${course.name} lists no deadlines.`;
}

export default defineCommand({
  name: 'deadlines',
  description: 'The next deadlines: due time, time left and the late penalty',
  help: 'Usage: `deadlines` (the next 5) or `deadlines 10`. Times are shown in your own time zone where the platform can.',
  options: [
    {
      name: 'count',
      description: 'How many (1 to 20, default 5)',
      type: 'integer',
      required: false,
      min: 1,
      max: 20,
    },
  ],
  args: z.strictObject({
    count: z.coerce
      .number({ error: 'must be a whole number from 1 to 20' })
      .int({ error: 'must be a whole number from 1 to 20' })
      .min(1, { error: 'must be at least 1' })
      .max(20, { error: 'must be at most 20' })
      .optional(),
  }),
  access: 'everyone',
  askedAs: [
    'whats due this week',
    'what is due next',
    'what are the upcoming deadlines',
    'what do I have to hand in soon',
    'which deadlines are coming up',
  ],
  whenAsked: (content, now) => deadlinesReply(content, now),
  withoutDates: withoutDeadlines,
  offeredBy: listsDates,
  execute(args, { core, clock }): Reply {
    return deadlinesReply(core.content, clock.now(), args.count);
  },
});

/** The next `count` deadlines at `now`, then those without a date yet. */
function deadlinesReply(content: Content, now: Date, count = 5): Reply {
  const none = withoutDeadlines(content);
  if (none !== undefined) return { text: none, private: false, kind: 'info' };
  const { schedule, course } = content;
  // A daily series is listed once, at its next session, rather than filling the list day after day.
  const listed = new Set<string>();
  const next = upcoming(schedule, now, (e) => e.type === 'deadline')
    .filter((o) => o.event.dailyUntil === undefined || (!listed.has(o.event.id) && listed.add(o.event.id)))
    .slice(0, count);
  const allUndated = undatedEvents(schedule, (e) => e.type === 'deadline');
  const undated = allUndated.slice(0, count);
  if (next.length === 0 && undated.length === 0) {
    return { text: 'There are no upcoming deadlines in the schedule.', private: false, kind: 'info' };
  }
  const times: NonNullable<Reply['times']> = [];
  const lines = next.map((o, i) => {
    const link = o.event.url ? ` · ${o.event.url}` : '';
    const daily = o.event.dailyUntil
      ? `, then every day through ${formatLocalDate(o.event.dailyUntil, schedule.timezone)}`
      : '';
    const title = `${i + 1}. **${escapeMarkdown(o.event.title)}**`;
    // (a deadline whose time is to be announced: its day, and how many days off)
    if (o.event.timeTba)
      return `${title}: due ${formatLocalDays(o.date, undefined, schedule.timezone)}, ${allDayWord(o.event)} (${daysAway(now, o.date, schedule.timezone)}${daily})${link}`;
    times.push({ at: o.start, fallback: formatLocal(o.start, schedule.timezone) });
    return `${title}: due {{time:${times.length - 1}}} (${formatTimeLeft(now, o.start)} left${daily})${link}`;
  });
  const notYet = undated.map((e) => {
    const link = e.url ? ` · ${e.url}` : '';
    return `- **${escapeMarkdown(e.title)}**: due ${escapeMarkdown(undatedLabel(e))}${link}`;
  });
  // Each deadline's own late policy, else the course's; a minimal course file without grading says nothing.
  const sentences = lateSentences(
    [...next.map((o) => o.event), ...undated],
    course.grading?.late,
    escapeMarkdown,
  );
  const late = sentences.length > 0 ? `\n\n${sentences.join('\n')}` : '';
  const dated =
    next.length > 0
      ? `**Next deadline${next.length === 1 ? '' : 's'}**\n${lines.join('\n')}`
      : 'There are no upcoming deadlines with a date in the schedule.';
  // (those left out of a long list are counted, so that none goes missing without a word)
  const more = allUndated.length - undated.length;
  if (more > 0) notYet.push(`- and ${more} more not dated yet`);
  const tba = notYet.length > 0 ? `\n\n**Not dated yet**\n${notYet.join('\n')}` : '';
  return {
    text: `${dated}${tba}${late}`,
    private: false,
    kind: 'info',
    times,
  };
}
