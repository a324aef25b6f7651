// Builds the course calendar (RFC 5545) with ical-generator: stable UIDs, VTIMEZONE, weekly series as RRULE+EXDATE.
import ical, {
  ICalAlarmRelatesTo,
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEventRepeatingFreq,
} from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import type { Schedule, ScheduleEvent } from '../schedule/schedule.ts';
import { localToInstant } from '../time/local-time.ts';
import { leadsFor, nominalMs, parseLead, type Lead } from '../reminders/leads.ts';
import { matchesFilter, type CalendarFilter } from '../subscriptions/calendar-filter.ts';
import type { EventVersion } from './event-versions.ts';

/** How often calendar apps should refresh a subscribed feed. */
export const REFRESH_HOURS = 6;
/** A deadline is shown as a short event ending at its due time, so it sits on the right day in every view. */
export const DEADLINE_MINUTES = 15;
const UID_DOMAIN = 'course-bot';

export interface BuildIcsOptions {
  filter?: CalendarFilter;
  /** Per-event sequence and change time from the store; absent events get sequence 0 and `now`. */
  versions?: ReadonlyMap<string, EventVersion>;
  /** DTSTAMP for events without a stored version. */
  now: Date;
  /** Calendar name suffix, e.g. the group. */
  label?: string;
}

export function buildIcs(schedule: Schedule, options: BuildIcsOptions): string {
  const zone = schedule.timezone;
  const filter = options.filter ?? {};
  const suffix = [filter.group, filter.types?.join(', '), options.label].filter(Boolean).join(' · ');
  const calendar = ical({
    name: suffix ? `${schedule.course} (${suffix})` : schedule.course,
    description: `Deadlines, practicals, lectures and exams of ${schedule.course}.`,
    prodId: { company: 'course-bot', product: 'calendar', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // Sets both X-PUBLISHED-TTL and REFRESH-INTERVAL.
    ttl: REFRESH_HOURS * 3600,
    // No calendar-wide name: ical-generator would then write DTSTAMP and UNTIL as local times without a zone.
    // The generator still emits the VTIMEZONE for the zone every event carries.
    timezone: { name: null, generator: vtimezone },
    x: { 'X-WR-TIMEZONE': zone },
  });
  for (const event of schedule.events) {
    if (!matchesFilter(event, filter)) continue;
    const version = options.versions?.get(event.id);
    const stamp = version?.changedAt ?? options.now;
    const start = DateTime.fromJSDate(localToInstant(event.start, zone), { zone });
    const end = event.end
      ? DateTime.fromJSDate(localToInstant(event.end, zone), { zone })
      : start.plus({ minutes: DEADLINE_MINUTES });
    // A deadline ends at its due time: a calendar shows "due 23:59" as 23:44-23:59 on the due day.
    const shownStart = event.type === 'deadline' ? start.minus({ minutes: DEADLINE_MINUTES }) : start;
    const shownEnd = event.type === 'deadline' ? start : end;
    const ev = calendar.createEvent({
      id: `${event.id}@${UID_DOMAIN}`,
      start: shownStart,
      end: shownEnd,
      timezone: zone,
      summary: event.type === 'deadline' ? `Due: ${event.title}` : event.title,
      ...(describe(event) !== '' && { description: describe(event) }),
      stamp,
      lastModified: stamp,
      sequence: version?.sequence ?? 0,
      categories: [{ name: event.type }],
      ...(event.location !== undefined && { location: event.location }),
      ...(event.url !== undefined && { url: event.url }),
    });
    if (event.weeklyUntil !== undefined) {
      ev.repeating({
        freq: ICalEventRepeatingFreq.WEEKLY,
        // Through the whole last day, in UTC as RFC 5545 requires with a TZID start.
        until: DateTime.fromISO(event.weeklyUntil, { zone }).endOf('day').toUTC(),
        ...(event.skip.length > 0 && {
          exclude: event.skip.map((d) => DateTime.fromISO(`${d}T${shownStart.toFormat('HH:mm')}`, { zone })),
          excludeTimezone: zone,
        }),
      });
    }
    for (const trigger of alarmTriggers(event)) {
      ev.createAlarm({ type: ICalAlarmType.display, trigger, description: ev.summary() })
        // A deadline's alarms count back from its due time, the event's end (the constructor ignores relatesTo).
        .relatesTo(event.type === 'deadline' ? ICalAlarmRelatesTo.end : ICalAlarmRelatesTo.start);
    }
  }
  return calendar.toString();
}

/**
 * Alarms for deadlines and exams: the event's leads of at most a day (a week-ahead pop-up is noise), or one at
 * the due time when it has none. In seconds before the due time or start.
 */
function alarmTriggers(event: ScheduleEvent): number[] {
  if (event.type !== 'deadline' && event.type !== 'exam') return [];
  const leads = leadsFor(event)
    .map(parseLead)
    .filter((l): l is Lead => l !== null && nominalMs(l) <= 86_400_000);
  const seconds = leads.length ? leads.map((l) => nominalMs(l) / 1000) : [0];
  return [...new Set(seconds)];
}

function describe(event: ScheduleEvent): string {
  const lines = [event.description, event.url ? `More: ${event.url}` : undefined];
  if (event.group) lines.push(`Group: ${event.group}`);
  return lines.filter(Boolean).join('\n\n');
}

function vtimezone(zone: string): string | null {
  return getVtimezoneComponent(zone);
}
