// Which reminders fall in a time window, computed from the schedule alone (pure: no clock, no store).
import type { Reply } from '../core/command.ts';
import {
  allDayWord,
  allOccurrences,
  byDayOnly,
  daysAway,
  firstSessionDate,
  type Occurrence,
  type Schedule,
  type ScheduleEvent,
} from '../schedule/schedule.ts';
import { escapeMarkdown } from '../core/render-text.ts';
import { DateTime } from 'luxon';
import { cachedZone } from '../calendar/cached-zone.ts';
import { formatLocal, formatLocalDays } from '../time/local-time.ts';
import { applyLead, describeLead, leadsFor, nominalMs, parseLead, wholeDays } from './leads.ts';

export interface PlannedReminder {
  eventId: string;
  /** Start (a deadline's due) of the occurrence this reminder is for. */
  occurrence: Date;
  lead: string;
  at: Date;
  /** Markdown with `{{time:N}}` placeholders described by `times`, as it reads when sent on time. */
  text: string;
  times: NonNullable<Reply['times']>;
  /** What the outbox stores, to render the text again when it is actually sent. */
  message: ReminderMessage;
}

/** A reminder as stored in the outbox (JSON): enough to write its text at any sending time. */
export interface ReminderMessage {
  eventId: string;
  occurrence: string;
  lead: string;
  at: string;
  title: string;
  type: ScheduleEvent['type'];
  location?: string;
  url?: string;
  zone: string;
  /** An all-day event's last local date (`YYYY-MM-DD`): the reminder names days, not a time. */
  allDayUntil?: string;
  /** With `allDayUntil`: the time is announced later (`time: tba`), said instead of "all day". */
  timeTba?: true;
}

export interface PlanOptions {
  /** Leads to use instead of each event's own (a user's `remindme` choice). */
  leads?: readonly string[];
  /** Which events to plan for (default: all). */
  filter?: (event: ScheduleEvent) => boolean;
}

const DAY_MS = 86_400_000;

/** How far apart the sessions of a repeating event are, or null for an event that does not repeat. */
function seriesPeriodMs(event: {
  dailyUntil?: string | undefined;
  weeklyUntil?: string | undefined;
}): number | null {
  if (event.dailyUntil !== undefined) return DAY_MS;
  if (event.weeklyUntil !== undefined) return 7 * DAY_MS;
  return null;
}

/** Every reminder with `from <= at < to`, sorted by `at` (then event id and lead). */
export function planReminders(
  schedule: Schedule,
  from: Date,
  to: Date,
  options: PlanOptions = {},
): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  const fromMs = from.getTime();
  const toMs = to.getTime();
  for (const occ of occurrencesFrom(schedule, fromMs)) {
    if (options.filter && !options.filter(occ.event)) continue;
    // A user's own leads replace the event's; an all-day event keeps only their days and weeks (see leadsFor).
    const own = options.leads && (byDayOnly(occ.event) ? wholeDays(options.leads) : options.leads);
    for (const leadText of own ?? leadsFor(occ.event)) {
      const lead = parseLead(leadText);
      if (!lead) continue;
      // A lead as long as the series' period or longer (a day or more in a daily series, a week or more in a weekly
      // one) would come with an earlier session: only the first session has it.
      const period = seriesPeriodMs(occ.event);
      if (period !== null && nominalMs(lead) >= period && occ.date !== firstSessionDate(occ.event)) continue;
      // A reminder is never after its occurrence; the nominal length plus a day of slack (calendar days
      // across a clock change) bounds how far ahead of `to` an occurrence can still have one in the window.
      if (occ.start.getTime() - nominalMs(lead) - 86_400_000 >= toMs) continue;
      const at = applyLead(occ.start, lead, schedule.timezone, byDayOnly(occ.event));
      const ms = at.getTime();
      if (ms < fromMs || ms >= toMs) continue;
      const message = reminderMessage(occ, lead.text, at, schedule.timezone);
      const rendered = renderReminderText(message, at);
      if (!rendered) continue; // a zero lead: the reminder would come with the event itself
      out.push({ eventId: occ.event.id, occurrence: occ.start, lead: lead.text, at, ...rendered, message });
    }
  }
  return out.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() || a.eventId.localeCompare(b.eventId) || a.lead.localeCompare(b.lead),
  );
}

/** Occurrences starting at or after `fromMs` (a reminder comes before its occurrence, so older ones have none). */
function occurrencesFrom(schedule: Schedule, fromMs: number): readonly Occurrence[] {
  const all = allOccurrences(schedule);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((all[mid] as Occurrence).start.getTime() < fromMs) lo = mid + 1;
    else hi = mid;
  }
  return all.slice(lo);
}

function reminderMessage(occ: Occurrence, lead: string, at: Date, zone: string): ReminderMessage {
  const e = occ.event;
  return {
    eventId: e.id,
    occurrence: occ.start.toISOString(),
    lead,
    at: at.toISOString(),
    title: e.title,
    type: e.type,
    ...(e.location && { location: e.location }),
    ...(e.url && { url: e.url }),
    zone,
    // (a deadline whose time is to be announced is said by its day, like an all-day event)
    ...(occ.lastDate !== undefined ? { allDayUntil: occ.lastDate } : e.timeTba && { allDayUntil: occ.date }),
    ...(e.timeTba && { timeTba: true as const }),
  };
}

/** A reminder sent this late is worded from the time actually left, not from its lead. */
const ON_TIME_MS = 60_000;

/**
 * The reminder's text at `now`: the lead's words when sent on time ("due in 1 day"), else the time really left
 * ("due in 50 minutes"); null once the event has started, when a reminder is no use.
 */
export function renderReminderText(
  m: ReminderMessage,
  now: Date,
): { text: string; times: PlannedReminder['times'] } | null {
  const start = new Date(m.occurrence);
  const leftMs = start.getTime() - now.getTime();
  if (leftMs <= 0) return null;
  if (m.allDayUntil !== undefined) return allDayReminderText(m, start, now);
  const lead = parseLead(m.lead);
  const onTime = now.getTime() - Date.parse(m.at) < ON_TIME_MS;
  const left = lead && onTime ? describeLead(lead) : describeTimeLeft(leftMs);
  const times = [{ at: start, fallback: formatLocal(start, m.zone) }];
  const title = `**${escapeMarkdown(m.title)}**`;
  const where = m.location ? ` in ${escapeMarkdown(m.location)}` : '';
  const link = m.url ? ` ${m.url}` : '';
  const text =
    m.type === 'deadline'
      ? `⏰ Reminder: ${title} is due in ${left}, at {{time:0}}.${link}`
      : `⏰ Reminder: ${title} starts in ${left}, at {{time:0}}${where}.${link}`;
  return { text, times };
}

/**
 * An all-day event's reminder names its days, which are the same in every zone (no time placeholder), and how many
 * calendar days away it is when sent: "⏰ Reminder: **Reading week** is tomorrow: Mon 6 Mar to Fri 10 Mar 2023."
 */
function allDayReminderText(
  m: ReminderMessage,
  start: Date,
  now: Date,
): { text: string; times: PlannedReminder['times'] } {
  const first = DateTime.fromJSDate(start, { zone: cachedZone(m.zone) });
  // (a deadline whose time is to be announced is due until its day ends, so a reminder retried that long says today)
  const when = daysAway(now, first.toISODate() ?? '', m.zone);
  const days = formatLocalDays(first.toISODate() ?? '', m.allDayUntil, m.zone);
  const where = m.location ? ` in ${escapeMarkdown(m.location)}` : '';
  const link = m.url ? ` ${m.url}` : '';
  return {
    text: `⏰ Reminder: **${escapeMarkdown(m.title)}** is ${m.type === 'deadline' ? 'due ' : ''}${when}: ${days} (${allDayWord(m)})${where}.${link}`,
    times: [],
  };
}

/** "2 days and 3 hours", "5 hours and 10 minutes", "12 minutes", "less than a minute" (rounded down). */
export function describeTimeLeft(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'less than a minute';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts =
    days > 0
      ? [unit(days, 'day'), ...(hours > 0 ? [unit(hours, 'hour')] : [])]
      : hours > 0
        ? [unit(hours, 'hour'), ...(mins > 0 ? [unit(mins, 'minute')] : [])]
        : [unit(mins, 'minute')];
  return parts.join(' and ');
}
