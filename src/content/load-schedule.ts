// Loads and checks a schedule file: shape (zod), then rules that span fields (times, order, series, unique ids).
import type { DateTime } from 'luxon';
import { type ContentIssue, formatPath } from './content-error.ts';
import {
  describeLocalTime,
  eventSchema,
  scheduleFileSchema,
  timezoneSchema,
  type RawEvent,
} from './schemas.ts';
import { capIssues, CONTENT_LIMITS } from './content-limits.ts';
import { readYaml, readContentFile, validate } from './yaml-file.ts';
import type { Schedule, ScheduleEvent, UndatedEvent } from '../schedule/schedule.ts';
import { describeDate, LOCAL_DATE_PATTERN, parseLocalDate, parseLocalTime } from '../time/local-time.ts';
import { ALL_DAY_REMINDER_HOUR } from '../reminders/leads.ts';

export type Loaded<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

/** The years a course's dates can have: outside them a year is a typing slip. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

export function loadSchedule(file: string): Loaded<Schedule> {
  const read = readContentFile(
    file,
    CONTENT_LIMITS.scheduleBytes,
    'Remove past events or shorten descriptions.',
  );
  if (!read.ok) return { ok: false, issues: [read.issue] };
  return parseSchedule(read.text, file);
}

export function parseSchedule(text: string, file: string): Loaded<Schedule> {
  const doc = readYaml(text, file);
  if (!doc.ok) return doc;
  const { lineOf } = doc;
  const outer = validate(scheduleFileSchema, doc.data, file, lineOf);
  if (!outer.ok) return outer;
  const value = outer.value;
  const issues: ContentIssue[] = [];
  const problem = (path: PropertyKey[], message: string): void => {
    issues.push({ file, line: lineOf(path), field: formatPath(path), message });
  };
  const zoneCheck = validate(timezoneSchema, value.timezone, file, lineOf, ['timezone']);
  if (!zoneCheck.ok) issues.push(...zoneCheck.issues);
  // With a bad zone the events are still checked (against UTC) so every problem shows at once.
  const zone = zoneCheck.ok ? zoneCheck.value : 'UTC';
  const seen = new Map<string, number>();
  const events: ScheduleEvent[] = [];
  const undated: UndatedEvent[] = [];
  let occurrences = 0;
  let uncheckedFrom: number | undefined;
  value.events.forEach((item: unknown, i: number) => {
    // Past the listed problems, events are not checked: the author fixes these first.
    if (issues.length >= CONTENT_LIMITS.issuesPerFile) {
      uncheckedFrom ??= i;
      return;
    }
    const checked = validate(eventSchema, item, file, lineOf, ['events', i]);
    if (!checked.ok) {
      issues.push(...checked.issues);
      return;
    }
    const raw: RawEvent = checked.value;
    const at = (field: string): PropertyKey[] => ['events', i, field];
    const earlier = seen.get(raw.id);
    if (earlier !== undefined)
      problem(at('id'), `"${raw.id}" is used twice (also events[${earlier}]); ids must be unique`);
    else seen.set(raw.id, i);

    if (raw.tba !== undefined) {
      const undatedEvent = checkUndated(raw, (field, message) => problem(at(field), message));
      if (undatedEvent) undated.push(undatedEvent);
      return;
    }
    let start: string | undefined;
    let end: string | undefined;
    if (raw.type === 'deadline') {
      if (raw.due === undefined)
        problem(['events', i], `a deadline needs "due": a local time YYYY-MM-DD HH:mm${TBA_HINT}`);
      for (const f of ['start', 'end'] as const) {
        if (raw[f] !== undefined) problem(at(f), `a deadline has "due" only, not "${f}"`);
      }
      start = raw.due;
    } else {
      if (raw.late !== undefined) problem(at('late'), notHandedIn(raw.type));
      if (raw.due !== undefined)
        problem(
          at('due'),
          `only deadlines have "due"; a ${raw.type} has "start" (and "end" when it is known)`,
        );
      if (raw.start === undefined)
        problem(
          ['events', i],
          `a ${raw.type} needs "start": a local time YYYY-MM-DD HH:mm, or a date YYYY-MM-DD for an all-day event${TBA_HINT}`,
        );
      start = raw.start;
      end = raw.end;
    }
    const startField = raw.type === 'deadline' ? 'due' : 'start';
    if (raw.time !== undefined && start !== undefined && !LOCAL_DATE_PATTERN.test(start))
      problem(
        at('time'),
        `"${startField}" already has a time ("${start}"): leave "time: tba" out, or write "${startField}" as a date YYYY-MM-DD while the time is not known`,
      );
    // A date without a time: an all-day event (a holiday, a reading week); its `end` is its last day.
    const allDay = raw.type !== 'deadline' && start !== undefined && LOCAL_DATE_PATTERN.test(start);
    // A deadline whose day is known but not its time (`time: tba`): kept as due at the end of that day, said as its
    // day with "time to be announced".
    const dueDayOnly = raw.type === 'deadline' && start !== undefined && LOCAL_DATE_PATTERN.test(start);
    if (dueDayOnly && raw.time === undefined) {
      problem(
        at('due'),
        `"${start}" has no time: a deadline is due at a moment, such as "${start} 23:59"; when the syllabus gives the day but not the time, add time: tba`,
      );
      start = undefined;
    } else if (dueDayOnly) {
      start = `${start} ${END_OF_DAY}`;
      wholeDayLeads(raw.remind, "this deadline's time is to be announced", (j, message) =>
        problem(['events', i, 'remind', j], message),
      );
    }
    let startTime: ReturnType<typeof parseLocalTime> | null = null;
    if (allDay && start !== undefined) {
      const first = parseLocalDate(start, zone);
      if (!first) problem(at('start'), describeDate(start));
      else startTime = { ok: true, time: first };
      if (end !== undefined) {
        const last = LOCAL_DATE_PATTERN.test(end) ? parseLocalDate(end, zone) : null;
        if (!LOCAL_DATE_PATTERN.test(end))
          problem(
            at('end'),
            `"${end}" has a time, but "start" is a date (an all-day event): write the last day as a date YYYY-MM-DD, or give "start" a time too`,
          );
        else if (!last) problem(at('end'), describeDate(end));
        else if (first && last < first)
          problem(
            at('end'),
            `"${end}" is before the first day "${start}" (an all-day event's "end" is its last day)`,
          );
      }
      // (a series' sessions must not overlap: a weekly one's last day within its week, a daily one's on its day)
      const period = raw.weekly_until !== undefined ? 7 : raw.daily_until !== undefined ? 1 : undefined;
      if (first && end !== undefined && period !== undefined && LOCAL_DATE_PATTERN.test(end)) {
        const last = parseLocalDate(end, zone);
        if (last && Math.round(last.diff(first, 'days').days) >= period)
          problem(
            at('end'),
            period === 7
              ? `"${end}" makes each session a week or longer, so the weekly sessions would overlap`
              : `"${end}" makes each session longer than a day, so the daily sessions would overlap: leave "end" out for one day each`,
          );
      }
      wholeDayLeads(raw.remind, 'this event is all-day', (j, message) =>
        problem(['events', i, 'remind', j], message),
      );
    } else {
      const startBad = start === undefined ? true : describeLocalTime(start, zone);
      if (typeof startBad === 'string' && start !== undefined)
        problem(
          at(startField),
          SAYS_TBA.test(start)
            ? `${startBad}${TBA_HINT}`
            : raw.type !== 'deadline' && DAY_THEN_TBA.test(start)
              ? `${startBad} (for a day whose time is announced later, write start: ${start.trim().slice(0, 10)} and time: tba)`
              : `${startBad}${raw.type === 'deadline' ? '' : ALL_DAY_HINT}`,
        );
      const endBad = end === undefined ? true : describeLocalTime(end, zone);
      if (typeof endBad === 'string' && end !== undefined)
        problem(
          at('end'),
          LOCAL_DATE_PATTERN.test(end)
            ? `"${end}" has no time, but "start" has one: write the end as YYYY-MM-DD HH:mm, or write "start" as a date too for an all-day event`
            : endBad,
        );
      if (start !== undefined && end !== undefined && startBad === null && endBad === null) {
        const s = parseLocalTime(start, zone);
        const e = parseLocalTime(end, zone);
        if (s.ok && e.ok && e.time <= s.time)
          problem(
            at('end'),
            `"${end}" is not after the start "${start}" (leave "end" out when only the start is known)`,
          );
      }
      startTime = start !== undefined && startBad === null ? parseLocalTime(start, zone) : null;
    }
    // (a year far from any term is a typing slip, "9999" or "1970", whose reminders and calendar would be made up)
    for (const [field, value] of [
      [allDay ? 'start' : startField, start],
      ['end', end],
      ['weekly_until', raw.weekly_until],
      ['daily_until', raw.daily_until],
    ] as const) {
      const year = Number(/^(\d{4})-/.exec(value ?? '')?.[1] ?? NaN);
      if (year < FIRST_YEAR || year > LAST_YEAR)
        problem(
          at(field),
          `"${value ?? ''}" is in the year ${year}: check the year (a course's dates are from ${FIRST_YEAR} to ${LAST_YEAR})`,
        );
    }
    if (raw.weekly_until !== undefined) {
      const until = parseLocalDate(raw.weekly_until, zone);
      if (!until) problem(at('weekly_until'), describeDate(raw.weekly_until));
      else if (startTime?.ok && until < startTime.time.startOf('day')) {
        problem(
          at('weekly_until'),
          `"${raw.weekly_until}" is before the first session on ${startTime.time.toISODate()}`,
        );
      } else if (startTime?.ok) {
        const weeks = Math.floor(until.diff(startTime.time.startOf('day'), 'days').days / 7) + 1;
        if (weeks > CONTENT_LIMITS.seriesWeeks) {
          problem(
            at('weekly_until'),
            `"${raw.weekly_until}" makes ${weeks} weekly sessions from ${startTime.time.toISODate()}; a series has at most ${CONTENT_LIMITS.seriesWeeks} (a year). End it earlier or split it.`,
          );
        }
        occurrences += weeks - 1;
      }
    }
    if (raw.daily_until !== undefined)
      occurrences += checkDaily(raw, startTime?.ok ? startTime.time : null, zone, (field, message) =>
        problem(at(field), message),
      );
    occurrences += 1;
    const until = raw.weekly_until ?? raw.daily_until;
    raw.skip.forEach((d, j) => {
      const day = parseLocalDate(d, zone);
      if (!day) return problem(['events', i, 'skip', j], describeDate(d));
      if (until === undefined) {
        return problem(
          ['events', i, 'skip', j],
          'skip dates need "weekly_until" or "daily_until" (only a series has sessions to skip)',
        );
      }
      const daily = raw.weekly_until === undefined;
      if (startTime?.ok && !isSeriesDate(day, startTime.time, until, daily ? 1 : 7)) {
        problem(
          ['events', i, 'skip', j],
          daily
            ? `"${d}" is not a date of this daily series (every day from ${startTime.time.toISODate()} to ${until})`
            : `"${d}" is not a date of this weekly series (${startTime.time.toFormat('cccc')}s from ${startTime.time.toISODate()} to ${until})`,
        );
      }
    });
    if (start === undefined) return;
    events.push({
      id: raw.id,
      type: raw.type,
      title: raw.title,
      ...(raw.description !== undefined && { description: raw.description }),
      ...(raw.group !== undefined && { group: raw.group }),
      start,
      ...(end !== undefined && (!allDay || end !== start) && { end }),
      ...(allDay && { allDay: true as const }),
      ...((allDay || dueDayOnly) && raw.time !== undefined && { timeTba: true as const }),
      ...(raw.weekly_until !== undefined && { weeklyUntil: raw.weekly_until }),
      ...(raw.daily_until !== undefined && { dailyUntil: raw.daily_until }),
      skip: raw.skip,
      ...(raw.aliases.length > 0 && { aliases: raw.aliases }),
      ...(raw.location !== undefined && { location: raw.location }),
      ...(raw.url !== undefined && { url: raw.url }),
      ...(raw.remind !== undefined && { remind: raw.remind }),
      ...(raw.canvas_id !== undefined && { canvasId: raw.canvas_id }),
      ...(raw.late !== undefined && { late: raw.late }),
    });
  });
  if (uncheckedFrom !== undefined) {
    // Not capped further: the events before this one add a few problems each at most.
    problem(
      ['events', uncheckedFrom],
      `this event and the ${value.events.length - uncheckedFrom - 1} after it were not checked; fix the problems above and validate again`,
    );
    return { ok: false, issues };
  }
  if (occurrences > CONTENT_LIMITS.occurrences) {
    problem(
      ['events'],
      `has ${occurrences} sessions in all (each week or day of a series counts); at most ${CONTENT_LIMITS.occurrences}. Remove past events or shorten series.`,
    );
  }
  if (issues.length > 0) return { ok: false, issues: capIssues(issues, file) };
  const canvasSections = value.canvas?.sections;
  return {
    ok: true,
    value: {
      file,
      course: value.course,
      timezone: zone,
      events,
      ...(canvasSections && { canvasSections }),
      ...(undated.length > 0 && { undated }),
    },
  };
}

/** Said after a bad `start` or `end` of an event that is not a deadline. */
const ALL_DAY_HINT = ' (or a date YYYY-MM-DD for an all-day event)';
/** Reports each lead in hours or minutes of an event reminded in whole days (all-day, or its time to be announced). */
function wholeDayLeads(
  remind: readonly string[] | undefined,
  because: string,
  report: (index: number, message: string) => void,
): void {
  (remind ?? []).forEach((lead, j) => {
    if (/[mh]$/.test(lead))
      report(
        j,
        `"${lead}" is in ${lead.endsWith('h') ? 'hours' : 'minutes'}, but ${because}: give days or weeks (1d, 1w); its reminders are sent at ${String(ALL_DAY_REMINDER_HOUR).padStart(2, '0')}:00 on that day`,
      );
  });
}

/** When a deadline given as a day with `time: tba` is kept as due: the end of that day. */
const END_OF_DAY = '23:59';

/** Said of `late` on an event that is not a deadline. */
function notHandedIn(type: string): string {
  return `only deadlines have a late policy; ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} is not handed in`;
}

/** A time written as "TBA", "tbd", "to be announced": the author means an event without a date yet. */
const SAYS_TBA = /^\s*(tba|tbd|tbc|to be (announced|determined|confirmed))\b/i;
/** A date then "TBA" ("2027-01-20 TBA"): the day is known, the time is not. */
const DAY_THEN_TBA = /^\s*\d{4}-\d{2}-\d{2}\s+(tba|tbd|tbc|to be (announced|determined|confirmed))\b/i;
const TBA_HINT =
  ' (for a date not announced yet, leave it out and write tba: true, or a note: tba: "announced in week 5")';

/** Fields that need a date: an event without one (`tba`) has none of them. */
const DATED_FIELDS = ['due', 'start', 'end', 'time', 'weekly_until', 'daily_until', 'canvas_id'] as const;

/** An event with `tba`: no date or series fields; a deadline's late policy and the rest as for a dated event. */
function checkUndated(raw: RawEvent, problem: (field: string, message: string) => void): UndatedEvent | null {
  let ok = true;
  const fail = (field: string, message: string): void => {
    ok = false;
    problem(field, message);
  };
  const dateField = raw.type === 'deadline' ? 'due' : 'start';
  for (const f of DATED_FIELDS) {
    if (raw[f] === undefined) continue;
    fail(
      f,
      f === 'canvas_id'
        ? 'a deadline from Canvas takes its date from Canvas: leave "tba" out (or "canvas_id", while the date is not known)'
        : `this event has "tba" (no date yet), so it has no "${f}": once the date is known, remove "tba" and give "${dateField}"`,
    );
  }
  if (raw.skip.length > 0) fail('skip', 'an event without a date yet ("tba") has no sessions to skip');
  if (raw.late !== undefined && raw.type !== 'deadline') fail('late', notHandedIn(raw.type));
  if (!ok || raw.tba === undefined) return null;
  return {
    id: raw.id,
    type: raw.type,
    title: raw.title,
    tba: true,
    ...(typeof raw.tba === 'string' && { note: raw.tba }),
    ...(raw.description !== undefined && { description: raw.description }),
    ...(raw.group !== undefined && { group: raw.group }),
    ...(raw.aliases.length > 0 && { aliases: raw.aliases }),
    ...(raw.location !== undefined && { location: raw.location }),
    ...(raw.url !== undefined && { url: raw.url }),
    ...(raw.remind !== undefined && { remind: raw.remind }),
    ...(raw.late !== undefined && { late: raw.late }),
  };
}

function isSeriesDate(day: DateTime, first: DateTime, until: string, everyDays: 1 | 7): boolean {
  const firstDay = first.startOf('day');
  const diff = Math.round(day.diff(firstDay, 'days').days);
  return diff >= 0 && diff % everyDays === 0 && (day.toISODate() ?? '') <= until;
}

/**
 * A daily series (`daily_until`): not also weekly, ending on or after its first day, at most a year of days, each
 * session shorter than a day (or they would overlap). Returns the sessions it adds beyond the first.
 */
function checkDaily(
  raw: RawEvent,
  first: DateTime | null,
  zone: string,
  problem: (field: string, message: string) => void,
): number {
  const untilText = raw.daily_until ?? '';
  if (raw.weekly_until !== undefined) {
    problem(
      'daily_until',
      'cannot go with weekly_until: a series repeats every day or every week; keep the one the syllabus means',
    );
    return 0;
  }
  const until = parseLocalDate(untilText, zone);
  if (!until) {
    problem('daily_until', describeDate(untilText));
    return 0;
  }
  if (!first) return 0;
  const firstDay = first.startOf('day');
  if (until < firstDay) {
    problem('daily_until', `"${untilText}" is before the first session on ${firstDay.toISODate()}`);
    return 0;
  }
  const end = raw.end === undefined ? null : parseLocalTime(raw.end, zone);
  if (end?.ok && end.time.diff(first, 'hours').hours >= 24)
    problem(
      'end',
      `"${raw.end}" makes each session a day or longer, so the daily sessions would overlap: give the end of the first day's session`,
    );
  const days = Math.round(until.diff(firstDay, 'days').days) + 1;
  if (days > CONTENT_LIMITS.seriesDays) {
    problem(
      'daily_until',
      `"${untilText}" makes ${days} daily sessions from ${firstDay.toISODate()}; a daily series has at most ${CONTENT_LIMITS.seriesDays} (a year). End it earlier or split it.`,
    );
    return 0;
  }
  return days - 1;
}
