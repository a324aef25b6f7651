// Which reminders fall in a time window, computed from the schedule alone (pure: no clock, no store).
import type { Reply } from '../core/command.ts';
import { allOccurrences, type Occurrence, type Schedule, type ScheduleEvent } from '../schedule/schedule.ts';
import { escapeMarkdown } from '../platforms/shared/render-times.ts';
import { formatLocal } from '../time/local-time.ts';
import { applyLead, describeLead, leadsFor, nominalMs, parseLead } from './leads.ts';

export interface PlannedReminder {
  eventId: string;
  /** Start (a deadline's due) of the occurrence this reminder is for. */
  occurrence: Date;
  lead: string;
  at: Date;
  /** Markdown with `{{time:N}}` placeholders described by `times`. */
  text: string;
  times: NonNullable<Reply['times']>;
}

export interface PlanOptions {
  /** Leads to use instead of each event's own (a user's `remindme` choice). */
  leads?: readonly string[];
  /** Which events to plan for (default: all). */
  filter?: (event: ScheduleEvent) => boolean;
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
    for (const leadText of options.leads ?? leadsFor(occ.event)) {
      const lead = parseLead(leadText);
      if (!lead) continue;
      // A reminder is never after its occurrence; the nominal length plus a day of slack (calendar days
      // across a clock change) bounds how far ahead of `to` an occurrence can still have one in the window.
      if (occ.start.getTime() - nominalMs(lead) - 86_400_000 >= toMs) continue;
      const at = applyLead(occ.start, lead, schedule.timezone);
      const ms = at.getTime();
      if (ms < fromMs || ms >= toMs) continue;
      out.push({
        eventId: occ.event.id,
        occurrence: occ.start,
        lead: lead.text,
        at,
        ...reminderText(occ, describeLead(lead), schedule.timezone),
      });
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

function reminderText(
  occ: Occurrence,
  leadWords: string,
  zone: string,
): { text: string; times: PlannedReminder['times'] } {
  const e = occ.event;
  const times = [{ at: occ.start, fallback: formatLocal(occ.start, zone) }];
  const title = `**${escapeMarkdown(e.title)}**`;
  const where = e.location ? ` in ${escapeMarkdown(e.location)}` : '';
  const link = e.url ? ` ${e.url}` : '';
  const text =
    e.type === 'deadline'
      ? `⏰ Reminder: ${title} is due in ${leadWords}, at {{time:0}}.${link}`
      : `⏰ Reminder: ${title} starts in ${leadWords}, at {{time:0}}${where}.${link}`;
  return { text, times };
}
