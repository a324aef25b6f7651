// Writes the reply to a schedule question (a ScheduleAnswer, schedule-answer.ts): the events with their days and
// times in the course's zone, how far off each is, and what the schedule says of one event.
import { DateTime } from 'luxon';
import type { Content } from '../content/load-content.ts';
import { lateSentences } from '../grade/late-policy.ts';
import {
  allDayWord,
  byDayOnly,
  daysAway,
  undatedLabel,
  type Occurrence,
  type ScheduleEvent,
} from '../schedule/schedule.ts';
import { formatLocalDays, formatTimeLeft } from '../time/local-time.ts';
import { isUndated, type AnyEvent, type Left, type ScheduleAnswer } from './schedule-answer.ts';
import { isOwnSeries, repeats, seriesOfSchedule } from './schedule-series.ts';
import { clockLabelOf, instantOf, labelOf } from './time-memo.ts';

/** At most this many weeks are named after a listing; a longer one is a series, not a week asked about. */
const MAX_WEEKS_NAMED = 2;

/**
 * The weeks (Monday to Sunday) of the events a "which week" question lists, each one day's: "That is the week of
 * Mon, Sep 14 to Sun, Sep 20, 2026." A syllabus often names a week by its Monday; the events' own lines give their
 * days only.
 */
export function weeksOf(occurrences: readonly Occurrence[], zone: string): string[] {
  const weeks = new Set<string>();
  for (const o of occurrences) {
    if (o.lastDate !== undefined && o.lastDate !== o.date) continue;
    weeks.add(DateTime.fromISO(o.date, { zone: 'UTC' }).startOf('week').toISODate() ?? o.date);
  }
  if (weeks.size === 0 || weeks.size > MAX_WEEKS_NAMED) return [];
  return [
    '',
    ...[...weeks].map((monday) => {
      const sunday = DateTime.fromISO(monday, { zone: 'UTC' }).plus({ days: 6 }).toISODate() ?? monday;
      return `That is the week of ${formatLocalDays(monday, sunday, zone)}.`;
    }),
  ];
}

/** How the events named instead are introduced: the next one, what else is on those days, or where they are. */
const insteadLead = (on: { next?: boolean; then?: boolean; from: string; to: string }): string =>
  on.next ? 'The next one' : on.then ? (on.from === on.to ? 'That day it has' : 'Then it has') : 'It lists';

export function renderScheduleAnswer(match: ScheduleAnswer, content: Content, now: Date): string {
  const zone = content.schedule.timezone;
  if (match.kind === 'deadlines') {
    if (match.events.length === 0) return 'There are no more deadlines of that kind in the course schedule.';
    if (match.lastOne) {
      const [e] = match.events;
      if (e && !isUndated(e)) {
        const at = instantOf(e.start, zone);
        if (e.timeTba)
          return `There are no more deadlines of that kind in the course schedule: the last one, **${e.title}**, was due on **${formatLocalDays(e.start.slice(0, 10), undefined, zone)}**.`;
        return `There are no more deadlines of that kind in the course schedule: the last one, **${e.title}**, was due **${labelOf(at, zone)}** (${zone}).`;
      }
    }
    const lines = match.events.map((e) => {
      if (isUndated(e)) return `- **${e.title}**: ${e.type === 'deadline' ? 'due ' : ''}${undatedLabel(e)}`;
      const at = instantOf(e.start, zone);
      // (a day whose time is to be announced: the day, and how many days off)
      if (e.timeTba) {
        const day = e.start.slice(0, 10);
        const when = at.getTime() < now.getTime() ? 'passed' : daysAway(now, day, zone);
        return `- **${e.title}**: due **${formatLocalDays(day, undefined, zone)}**, ${allDayWord(e)} (${when})`;
      }
      const left = formatTimeLeft(now, at);
      const when =
        at.getTime() >= now.getTime() ? `${left} left` : `passed, ${left.replace('overdue by ', '')} ago`;
      return `- **${e.title}**: due **${labelOf(at, zone)}** (${when})`;
    });
    const deadlines = match.events.filter((e) => e.type === 'deadline');
    const inZone = match.events.some((e) => !isUndated(e) && !byDayOnly(e))
      ? match.listing
        ? ` (times in ${zone})`
        : ` (time in ${zone})`
      : '';
    const head = match.daysUnknown
      ? 'None of these deadlines has a date in the course schedule yet, so I cannot tell which fall then:'
      : deadlines.length < match.events.length
        ? 'From the course schedule:'
        : match.listing
          ? `The deadlines${inZone}:`
          : `Deadline${inZone}:`;
    // each deadline's own late policy, else the course's (absent in a minimal course file: nothing is said)
    const late = lateSentences(deadlines, content.course.grading?.late);
    return [
      head,
      ...lines,
      ...leftOut(match.left),
      ...aboutOne(match.events),
      ...(late.length > 0 ? ['', ...late] : []),
    ].join('\n');
  }
  const on = match.on;
  const onDays = on ? formatLocalDays(on.from, on.to, zone) : '';
  if (on && match.occurrences.length === 0) {
    const what = on.what.length > 0 ? `no ${on.what.join(' ')}` : 'nothing';
    const none = `The course schedule lists ${what} ${on.week ? `from ${onDays}` : `on ${onDays}`}.`;
    const instead = on.instead ?? [];
    if (instead.length === 0) return none;
    return renderScheduleAnswer(
      { kind: 'occurrences', occurrences: instead, upcoming: false },
      content,
      now,
    ).replace(/^From the course schedule/, `${none} ${insteadLead(on)}`);
  }
  const undated = (match.undated ?? []).map((e) => `- **${e.title}**: ${undatedLabel(e)}`);
  if (match.occurrences.length === 0 && undated.length === 0)
    return 'There are no more of these in the course schedule.';
  const dated = match.occurrences.map((o) => {
    if (byDayOnly(o.event)) return allDayLine(o, zone, now);
    // an end on a later day is said with its date
    const endDay = o.end ? DateTime.fromJSDate(o.end, { zone }).toISODate() : null;
    const end = o.end ? ` to ${endDay !== o.date ? labelOf(o.end, zone) : clockLabelOf(o.end, zone)}` : '';
    const until = o.start.getTime() >= now.getTime() ? `in ${formatTimeLeft(now, o.start)}` : since(o, now);
    const where = o.event.location ? `; ${o.event.location}` : '';
    return `- **${o.event.title}**: ${labelOf(o.start, zone)}${end} (${until})${where}`;
  });
  // (each event's description under its first line, when the question asked what the days or the events are about)
  if ((on?.describe || match.about) && new Set(match.occurrences.map((o) => o.event.id)).size > 1) {
    const told = new Set<string>();
    match.occurrences.forEach((o, k) => {
      if (!o.event.description || told.has(o.event.id)) return;
      told.add(o.event.id);
      dated[k] += `\n  ${o.event.description.replace(/\s*\n\s*/g, ' ')}`;
    });
  }
  const lines = [...dated, ...undated];
  // (the days of an all-day event are the same in every zone)
  const inZone = match.occurrences.some((o) => !byDayOnly(o.event)) ? ` (times in ${zone})` : '';
  const head = on
    ? `The course schedule has, ${on.week ? `from ${onDays}` : `on ${onDays}`}${inZone}:`
    : match.over && !match.picked && !match.every && !oneEvent(match.occurrences, content.schedule.events)
      ? `There are no more of these in the course schedule; the last ${match.occurrences.length === 1 ? 'one was' : 'ones were'}${inZone}:`
      : match.upcoming
        ? `Next in the course schedule${inZone}:`
        : `From the course schedule${inZone}:`;
  return [
    head,
    ...lines,
    ...leftOut(match.left),
    ...(match.week ? weeksOf(match.occurrences, zone) : []),
    ...aboutOne([...match.occurrences.map((o) => o.event), ...(match.undated ?? [])]),
  ].join('\n');
}

/** The line that says how many a long listing cut to those still to come leaves out ("(3 more later; 2 already passed.)"). */
function leftOut(left: Left | undefined): string[] {
  const { later = 0, passed = 0 } = left ?? {};
  const told = [later > 0 ? `${later} more later` : '', passed > 0 ? `${passed} already passed` : ''].filter(
    Boolean,
  );
  return told.length > 0 ? [`(${told.join('; ')}.)`] : [];
}

/**
 * "- **Project week**: Mon 6 Mar to Fri 10 Mar 2023, all day (in 3 days)": days, never a time, and how far off in
 * calendar days of the course's zone ("tomorrow" from any hour of the day before). So is a deadline whose time is
 * to be announced ("- **Essay**: Mon 6 Mar 2023, time to be announced (in 3 days)").
 */
function allDayLine(o: Occurrence, zone: string, now: Date): string {
  const days = formatLocalDays(o.date, o.lastDate, zone);
  // (a day "took place" reads oddly of a holiday or of "No class": a day past is over)
  const until = o.start.getTime() > now.getTime() ? daysAway(now, o.date, zone) : since(o, now, 'over');
  const where = o.event.location ? `; ${o.event.location}` : '';
  return `- **${o.event.title}**: ${days}, ${allDayWord(o.event)} (${until})${where}`;
}

/** An occurrence that has started: under way until its end, then over; a deadline past has passed. */
function since(o: Occurrence, now: Date, past = 'already took place'): string {
  if (o.event.type === 'deadline') return 'passed';
  return o.end && o.end.getTime() > now.getTime() ? 'under way' : past;
}

/** True for the one occurrence of an event of no series: it is past, not the last of several. */
function oneEvent(occurrences: readonly Occurrence[], all: readonly ScheduleEvent[]): boolean {
  const [first] = occurrences;
  if (occurrences.length !== 1 || first === undefined || repeats(first.event)) return false;
  const key = seriesOfSchedule(all).get(first.event);
  return key !== undefined && isOwnSeries(key);
}

/** An answer about one event says what the schedule says of it (its description), after its dates. */
function aboutOne(events: readonly AnyEvent[]): string[] {
  const [first] = events;
  if (!first?.description || events.some((e) => e.id !== first.id)) return [];
  return ['', first.description];
}
