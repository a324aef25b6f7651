// Lead times (`7d`, `1w`, `2h`, `30m`): days and weeks are calendar units in the course zone, hours and minutes exact.
import { DateTime } from 'luxon';
import { LEAD_PATTERN, type EventType } from '../content/schemas.ts';
import { byDayOnly, type ScheduleEvent } from '../schedule/schedule.ts';
import { cachedZone } from '../calendar/cached-zone.ts';

/**
 * Leads used when an event has no `remind` list. Deadlines get a week, a day and two hours; exams a week and a
 * day; practicals an hour (enough to leave for the room); lectures and other events none (they are weekly and
 * would flood the channel). An explicit `remind: []` switches reminders off for one event.
 */
export const DEFAULT_LEADS: Readonly<Record<EventType, readonly string[]>> = {
  deadline: ['7d', '1d', '2h'],
  exam: ['7d', '1d'],
  practical: ['1h'],
  lecture: [],
  other: [],
};

export interface Lead {
  text: string;
  amount: number;
  unit: 'm' | 'h' | 'd' | 'w';
}

export function parseLead(text: string): Lead | null {
  const m = LEAD_PATTERN.exec(text.trim());
  if (!m) return null;
  return { text: `${m[1]}${m[2]}`, amount: Number(m[1]), unit: m[2] as Lead['unit'] };
}

/** Parses a user-typed list such as `1d, 2h` (commas or spaces). Returns the bad parts when any is invalid. */
export function parseLeadList(text: string): { ok: true; leads: string[] } | { ok: false; bad: string[] } {
  const parts = text
    .split(/[\s,]+/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const bad = parts.filter((p) => parseLead(p) === null);
  if (bad.length) return { ok: false, bad };
  return { ok: true, leads: [...new Set(parts.map((p) => (parseLead(p) as Lead).text))] };
}

/**
 * The local hour at which an all-day event's reminders are sent, on the day its lead points to (`1d`: the day
 * before, at 09:00): counted back from its start, midnight, they would come in the night.
 */
export const ALL_DAY_REMINDER_HOUR = 9;

/**
 * The leads that apply to an event: its own `remind` list, else its type's defaults. An event said by its day
 * (all-day, or a deadline whose time is to be announced) takes days and weeks only (the schedule refuses others on
 * it; of the defaults and a user's own leads, the others are dropped).
 */
export function leadsFor(event: ScheduleEvent): readonly string[] {
  const leads = event.remind ?? DEFAULT_LEADS[event.type];
  return byDayOnly(event) ? wholeDays(leads) : leads;
}

/** The leads of whole days or weeks (`1d`, `2w`): those an all-day event can use. */
export function wholeDays(leads: readonly string[]): string[] {
  return leads.filter((l) => {
    const unit = parseLead(l)?.unit;
    return unit === 'd' || unit === 'w';
  });
}

/**
 * The instant `lead` before `start`: calendar days/weeks keep the local wall-clock time in `zone`. For an all-day
 * event (`allDay`, a day or week lead) it is ALL_DAY_REMINDER_HOUR on the day that many days before its first.
 */
export function applyLead(start: Date, lead: Lead, zone: string, allDay = false): Date {
  if (allDay && (lead.unit === 'd' || lead.unit === 'w')) {
    const day = DateTime.fromJSDate(start, { zone: cachedZone(zone) }).startOf('day');
    const moved = lead.unit === 'd' ? day.minus({ days: lead.amount }) : day.minus({ weeks: lead.amount });
    return moved.set({ hour: ALL_DAY_REMINDER_HOUR }).toJSDate();
  }
  if (lead.unit === 'm') return new Date(start.getTime() - lead.amount * 60_000);
  if (lead.unit === 'h') return new Date(start.getTime() - lead.amount * 3_600_000);
  const local = DateTime.fromJSDate(start, { zone: cachedZone(zone) });
  const moved = lead.unit === 'd' ? local.minus({ days: lead.amount }) : local.minus({ weeks: lead.amount });
  return moved.toJSDate();
}

/** Length of a lead in milliseconds, nominal (1d = 24h): used only to order and compare leads. */
export function nominalMs(lead: Lead): number {
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[lead.unit];
  return lead.amount * unit;
}

/** "7 days", "1 day", "2 hours", "30 minutes". */
export function describeLead(lead: Lead): string {
  const word = { m: 'minute', h: 'hour', d: 'day', w: 'week' }[lead.unit];
  return `${lead.amount} ${word}${lead.amount === 1 ? '' : 's'}`;
}
