// Builds the course calendar (RFC 5545) with ical-generator: stable UIDs, VTIMEZONE, weekly series as RRULE+EXDATE.
import ical, {
  ICalAlarmRelatesTo,
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEvent,
  ICalEventRepeatingFreq,
  type ICalCalendar,
  type ICalEventData,
} from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import { byDayOnly, type Schedule, type ScheduleEvent } from '../schedule/schedule.ts';
import { LOCAL_TIME_PATTERN } from '../time/local-time.ts';
import { cachedZone } from './cached-zone.ts';
import { ALL_DAY_REMINDER_HOUR, leadsFor, nominalMs, parseLead, type Lead } from '../reminders/leads.ts';
import { matchesFilter, type CalendarFilter } from '../subscriptions/calendar-filter.ts';
import { eventCanonical, type EventVersion } from './event-versions.ts';

/** How often calendar apps should refresh a subscribed feed. */
const REFRESH_HOURS = 6;
/** A deadline is shown as a short event ending at its due time, so it sits on the right day in every view. */
const DEADLINE_MINUTES = 15;
/** An event written with only its start (an exam "at 1:00 PM") is shown this long; its description says so. */
export const UNKNOWN_END_MINUTES = 60;

/** Whose calendar this is: every title starts with the course code, every UID names the course and the bot's host. */
export interface CalendarIdentity {
  /** The course's short code ("DL"): titles read "DL: Exam". Without one, titles are the schedule's. */
  code?: string | undefined;
  /** The course in UIDs: lowercase letters, digits and hyphens ("dl"). */
  courseId: string;
  /** The bot's host and port from PUBLIC_URL ("bot.example.org"). */
  host: string;
}

/** The identity from the course file's code (else the schedule's course name) and PUBLIC_URL. */
export function calendarIdentity(
  course: { code?: string | undefined },
  schedule: Pick<Schedule, 'course'>,
  publicUrl: string,
): CalendarIdentity {
  const code = course.code?.trim() || undefined;
  const slug = (code ?? schedule.course)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return { code, courseId: slug || 'course', host: new URL(publicUrl).host };
}

export interface BuildIcsOptions {
  identity: CalendarIdentity;
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
    // No calendar-wide zone name: ical-generator would then write DTSTAMP and UNTIL as local times without a
    // zone. Every event carries the zone itself (DTSTART;TZID=...).
    x: { 'X-WR-TIMEZONE': zone },
  });
  // The calendar's own lines come from ical-generator; the VTIMEZONE and the events are added after them.
  // Events are rendered one by one and cached: ical-generator folds a whole calendar one character at a time
  // (a TextEncoder per character), which alone takes most of a second for 1,000 events.
  const head = calendar.toString().replace(/END:VCALENDAR(\r\n)?$/, '');
  const parts = [head];
  const tz = getVtimezoneComponent(zone);
  if (tz) parts.push(tz.replace(/\r?\n/g, '\r\n').replace(/(\r\n)?$/, '\r\n'));
  for (const event of schedule.events) {
    if (!matchesFilter(event, filter)) continue;
    const version = options.versions?.get(event.id);
    parts.push(
      renderEvent(
        calendar,
        event,
        zone,
        options.identity,
        version?.sequence ?? 0,
        version?.changedAt ?? options.now,
      ),
    );
  }
  parts.push('END:VCALENDAR\r\n');
  return parts.join('');
}

const eventCache = new Map<string, string>();
const EVENT_CACHE_MAX = 20_000;

/** One folded VEVENT, cached by everything it is made of. */
function renderEvent(
  calendar: ICalCalendar,
  event: ScheduleEvent,
  zone: string,
  identity: CalendarIdentity,
  sequence: number,
  stamp: Date,
): string {
  const who = `${identity.code ?? ''}|${identity.courseId}|${identity.host}`;
  const key = `${eventCanonical(event, zone)}|${who}|${sequence}|${stamp.getTime()}`;
  const cached = eventCache.get(key);
  if (cached !== undefined) return cached;
  const text = foldLines(buildEvent(calendar, event, zone, identity, sequence, stamp).toString());
  if (eventCache.size >= EVENT_CACHE_MAX) eventCache.clear();
  eventCache.set(key, text);
  return text;
}

function buildEvent(
  calendar: ICalCalendar,
  event: ScheduleEvent,
  zone: string,
  identity: CalendarIdentity,
  sequence: number,
  stamp: Date,
): ICalEvent {
  if (byDayOnly(event)) {
    // (a deadline whose time is to be announced is shown across its day)
    const day = event.allDay ? event : { ...event, start: event.start.slice(0, 10) };
    return buildAllDayEvent(calendar, day, zone, identity, sequence, stamp);
  }
  const start = localTime(event.start, zone);
  const end = event.end
    ? localTime(event.end, zone)
    : event.type === 'deadline'
      ? start
      : start.plus({ minutes: UNKNOWN_END_MINUTES });
  // A deadline ends at its due time: a calendar shows "due 23:59" as 23:44-23:59 on the due day.
  const shownStart =
    event.type === 'deadline'
      ? DateTime.fromMillis(start.toMillis() - DEADLINE_MINUTES * 60_000, { zone: start.zone })
      : start;
  const shownEnd = event.type === 'deadline' ? start : end;
  const ev = new ICalEvent(
    { ...eventFields(event, zone, identity, sequence, stamp), start: shownStart, end: shownEnd },
    calendar,
  );
  const until = event.weeklyUntil ?? event.dailyUntil;
  if (until !== undefined) {
    ev.repeating({
      freq: event.weeklyUntil !== undefined ? ICalEventRepeatingFreq.WEEKLY : ICalEventRepeatingFreq.DAILY,
      // Through the whole last day, as a UTC instant (RFC 5545 wants UTC with a TZID start).
      until: new Date(localTime(`${until} 23:59`, zone).toMillis() + 59_000),
      ...(event.skip.length > 0 && {
        // The skipped session's shown start (a weekly deadline's is 15 minutes before its due time).
        exclude: event.skip.map((d) => {
          const skipped = localTime(`${d} ${event.start.slice(11)}`, zone);
          return DateTime.fromMillis(skipped.toMillis() - (start.toMillis() - shownStart.toMillis()), {
            zone: skipped.zone,
          });
        }),
        excludeTimezone: zone,
      }),
    });
  }
  for (const trigger of alarmTriggers(event)) {
    ev.createAlarm({ type: ICalAlarmType.display, trigger, description: ev.summary() })
      // A deadline's alarms count back from its due time, the event's end (the constructor ignores relatesTo).
      .relatesTo(event.type === 'deadline' ? ICalAlarmRelatesTo.end : ICalAlarmRelatesTo.start);
  }
  return ev;
}

/**
 * An all-day event (a holiday, a reading week): `DTSTART;VALUE=DATE` and `DTEND;VALUE=DATE` the day after its last,
 * so every calendar app shows it across the top of its days, in any zone. A weekly or daily series ends with a date UNTIL
 * (RFC 5545 wants it of the same kind as the start), written with its EXDATEs as ical-generator's raw rule. Alarms
 * come at ALL_DAY_REMINDER_HOUR on the day of each lead, as the reminders do.
 */
function buildAllDayEvent(
  calendar: ICalCalendar,
  event: ScheduleEvent,
  zone: string,
  identity: CalendarIdentity,
  sequence: number,
  stamp: Date,
): ICalEvent {
  const start = DateTime.fromISO(event.start, { zone: cachedZone(zone) });
  const end = DateTime.fromISO(event.end ?? event.start, { zone: cachedZone(zone) }).plus({ days: 1 });
  const ev = new ICalEvent(
    { ...eventFields(event, zone, identity, sequence, stamp), start, end, allDay: true },
    calendar,
  );
  const until = event.weeklyUntil ?? event.dailyUntil;
  if (until !== undefined) {
    const date = (d: string): string => d.replace(/-/g, '');
    const freq = event.weeklyUntil !== undefined ? 'WEEKLY' : 'DAILY';
    const rule = [`RRULE:FREQ=${freq};UNTIL=${date(until)}`];
    if (event.skip.length > 0) rule.push(`EXDATE;VALUE=DATE:${event.skip.map(date).join(',')}`);
    ev.repeating(rule.join('\r\n'));
  }
  for (const seconds of alarmTriggers(event)) {
    // A lead of N days: ALL_DAY_REMINDER_HOUR on the day N days before (no lead: on the first day), counted from the
    // start of the first day.
    const trigger = seconds - ALL_DAY_REMINDER_HOUR * 3600;
    ev.createAlarm({ type: ICalAlarmType.display, trigger, description: ev.summary() }).relatesTo(
      ICalAlarmRelatesTo.start,
    );
  }
  return ev;
}

/** What every VEVENT has besides its times. */
function eventFields(
  event: ScheduleEvent,
  zone: string,
  identity: CalendarIdentity,
  sequence: number,
  stamp: Date,
): Omit<ICalEventData, 'start'> {
  const description = describe(event);
  return {
    // Unique to this event of this course on this bot: two courses (or two bots) never share a UID.
    id: `${event.id}.${identity.courseId}@${identity.host}`,
    timezone: zone,
    summary: eventTitle(event, identity.code),
    ...(description !== '' && { description }),
    stamp,
    lastModified: stamp,
    sequence,
    categories: [{ name: event.type }],
    ...(event.location !== undefined && { location: event.location }),
    ...(event.url !== undefined && { url: event.url }),
  };
}

/** "DL: Exam", "DL: Due: Assignment 1"; without a course code just the event's own title. */
export function eventTitle(event: Pick<ScheduleEvent, 'type' | 'title'>, code: string | undefined): string {
  const title = event.type === 'deadline' ? `Due: ${event.title}` : event.title;
  return code ? `${code}: ${title}` : title;
}

function localTime(text: string, zone: string): DateTime {
  const m = LOCAL_TIME_PATTERN.exec(text);
  const time = m
    ? DateTime.fromObject(
        {
          year: Number(m[1]),
          month: Number(m[2]),
          day: Number(m[3]),
          hour: Number(m[4]),
          minute: Number(m[5]),
        },
        { zone: cachedZone(zone) },
      )
    : null;
  if (!time?.isValid) throw new Error(`"${text}" is not a valid local time in ${zone}`);
  return time;
}

/** RFC 5545 line folding at 75 octets, never inside a UTF-8 character; ASCII lines take a fast path. */
export function foldLines(text: string): string {
  const lines = text.split('\r\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length <= 75 && Buffer.byteLength(line) <= 75) continue;
    let out = '';
    let octets = 0;
    for (const ch of line) {
      const size = Buffer.byteLength(ch);
      if (octets + size > 75) {
        out += '\r\n ';
        octets = 1;
      }
      out += ch;
      octets += size;
    }
    lines[i] = out;
  }
  return lines.join('\r\n');
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
  const lines = [
    event.description,
    event.type !== 'deadline' && event.end === undefined && !event.allDay
      ? 'The schedule gives only the start time; the end shown is not known.'
      : undefined,
    event.timeTba ? 'Time to be announced: shown across the day until the time is known.' : undefined,
    event.url ? `More: ${event.url}` : undefined,
  ];
  if (event.group) lines.push(`Group: ${event.group}`);
  return lines.filter(Boolean).join('\n\n');
}
