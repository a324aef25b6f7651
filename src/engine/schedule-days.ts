// The day or week a question names ("on March 23", "nov 22nd", "this thursday", "tomorrow", "next week"), as local
// dates in the course's time zone (luxon). English month and weekday names only; a date without a year is read in the
// year that puts it inside the term, else the one nearest to now. A date in numbers ("10/31", "3/4") is read the one
// way it is a date, or, when both are, month first in the Americas and day first elsewhere (as the bot writes them).
import { DateTime } from 'luxon';
import { monthFirst } from '../time/local-time.ts';

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['jan', 'january'],
    ['feb', 'february'],
    ['mar', 'march'],
    ['apr', 'april'],
    ['may', 'may'],
    ['jun', 'june'],
    ['jul', 'july'],
    ['aug', 'august'],
    ['sep', 'september', 'sept'],
    ['oct', 'october'],
    ['nov', 'november'],
    ['dec', 'december'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  [
    ['monday', 'mon'],
    ['tuesday', 'tue', 'tues'],
    ['wednesday', 'wed'],
    ['thursday', 'thu', 'thur', 'thurs'],
    ['friday', 'fri'],
    // ("sat" and "sun" are words of their own)
    ['saturday'],
    ['sunday'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

const MONTH = [...MONTHS.keys()].join('|');
const WEEKDAY = [...WEEKDAYS.keys()].join('|');
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const MONTH_DAY = new RegExp(`\\b(${MONTH})\\.? ${DAY}\\b|\\b${DAY} (?:of )?(${MONTH})\\b`);
const WEEKDAY_NAME = new RegExp(`\\b(?:(this|next|coming) )?(${WEEKDAY})\\b`);
/** A date in numbers, "10/31" or "31/10" (which is which: see numericDate). */
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/])/;
const RELATIVE = /\b(today|tonight|tomorrow|yesterday)\b/;
const WEEK = /\b(this|next|coming) week\b/;
/** "week of" just before a date: the question names that date's week. */
const WEEK_OF = /\bweek (?:of|starting|beginning|from)(?: the| on)? $/;

/** A word that names a day or a month ("thursday", "nov", "tomorrow"), wherever it stands in a question. */
export function isDayWord(word: string): boolean {
  return MONTHS.has(word) || WEEKDAYS.has(word) || /^(today|tonight|tomorrow|yesterday)$/.test(word);
}

/** Whether a (normalised) question names a day or a week ("this week", "tomorrow", "on nov 22"). */
export function namesDays(text: string): boolean {
  return (
    MONTH_DAY.test(text) ||
    NUMERIC_DATE.test(text) ||
    RELATIVE.test(text) ||
    WEEK.test(text) ||
    WEEKDAY_NAME.test(text)
  );
}

/**
 * Whether a text (a FAQ entry's answer) names one of `days` (local dates "YYYY-MM-DD") by its date, as a question's
 * dates are read: "Sep 25", "25th of September", "9/25" (month first or not by the course's zone), or "2023-09-25".
 */
export function namesOneOfDays(text: string, days: readonly string[], zone: string): boolean {
  const plain = text
    .toLowerCase()
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ');
  const named = new Set<string>();
  for (const m of plain.matchAll(new RegExp(MONTH_DAY.source, 'g')))
    named.add(`${MONTHS.get(m[1] ?? m[4] ?? '') ?? 0}-${Number(m[2] ?? m[3])}`);
  for (const m of plain.matchAll(new RegExp(NUMERIC_DATE.source, 'g'))) {
    const date = numericDate(m, zone);
    if (date) named.add(`${date.month}-${date.day}`);
  }
  return days.some((iso) => {
    const [, month, day] = iso.split('-').map(Number);
    return plain.includes(iso) || named.has(`${month}-${day}`);
  });
}

/** A month and day a question names, with its words as tokens read them. */
interface MonthDay {
  month: number;
  day: number;
  words: string[];
}

/**
 * The month and day of a date in numbers: the one reading that is a date when only one is ("10/31", "31/10"), else
 * the convention of the course's zone (month first in the Americas, as its dates are written: see monthFirst). Its
 * words are its two numbers ("10/31" is "10" and "31" as tokens).
 */
function numericDate(m: RegExpMatchArray | null, zone: string): MonthDay | null {
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const words = [m[1] ?? '', m[2] ?? ''];
  const asMonthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  const asDayMonth = b >= 1 && b <= 12 && a >= 1 && a <= 31;
  if (asMonthDay && (!asDayMonth || monthFirst(zone))) return { month: a, day: b, words };
  return asDayMonth ? { month: b, day: a, words } : null;
}

export interface DaysAsked {
  /** First and last local date asked about, `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
  /** True for a week rather than a day. */
  week: boolean;
  /** True for days named from today ("friday", "tomorrow", "this week") rather than by their date. */
  relative: boolean;
  /** The words of the question that named the days, to be left out of what it asks about. */
  words: string[];
}

/**
 * The days a (normalised) question names, or null. `term`: the first and last local dates of the schedule, to place a
 * date written without its year.
 */
export function daysAsked(
  text: string,
  now: Date,
  zone: string,
  term: [string, string] | null,
): DaysAsked | null {
  const md = MONTH_DAY.exec(text);
  const numeric = md ? null : NUMERIC_DATE.exec(text);
  const dated: MonthDay | null = md
    ? {
        month: MONTHS.get(md[1] ?? md[4] ?? '') ?? 0,
        day: Number(md[2] ?? md[3]),
        words: md[0].split(/[\s.]+/).filter(Boolean),
      }
    : numericDate(numeric, zone);
  // ("the week of sept 14", "week starting 9/14": the week, Monday to Sunday, that holds the date)
  const weekOf = dated ? WEEK_OF.exec(text.slice(0, (md ?? numeric)?.index ?? 0)) : null;
  const rel = dated ? null : RELATIVE.exec(text);
  const week = dated || rel ? null : WEEK.exec(text);
  const wd = dated || rel || week ? null : WEEKDAY_NAME.exec(text);
  // (most questions name no day: the clock is read only for one that does)
  if (!dated && !rel && !week && !wd) return null;
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const one = (d: DateTime, words: string[]): DaysAsked => {
    const iso = d.toISODate() ?? '';
    return { from: iso, to: iso, week: false, relative: true, words };
  };
  if (dated) {
    const day = inYear(dated.month, dated.day, today, term);
    if (day && weekOf) {
      // (Monday to Sunday; "the week of" a Sunday is the week it starts, as calendars that begin on Sunday write it)
      const start = day.weekday === 7 ? day.plus({ days: 1 }) : day.startOf('week');
      return {
        from: start.toISODate() ?? '',
        to: start.plus({ days: 6 }).toISODate() ?? '',
        week: true,
        relative: false,
        words: [...weekOf[0].trim().split(/\s+/), ...dated.words],
      };
    }
    return day ? { ...one(day, dated.words), relative: false } : null;
  }
  if (rel) {
    // ("tmrw" is "tomorrow" by then: normalize reads chat spellings)
    const shift = rel[1] === 'tomorrow' ? 1 : rel[1] === 'yesterday' ? -1 : 0;
    return one(today.plus({ days: shift }), [rel[1] ?? '']);
  }
  if (week) {
    const start = today.startOf('week').plus({ weeks: week[1] === 'this' ? 0 : 1 });
    return {
      from: start.toISODate() ?? '',
      to: start.plus({ days: 6 }).toISODate() ?? '',
      week: true,
      relative: true,
      words: week[0].split(' '),
    };
  }
  if (wd) {
    const weekday = WEEKDAYS.get(wd[2] ?? '') ?? 1;
    // the next such day, today included ("this friday", "on friday"; "next friday" the same, as most people mean,
    // but not today itself: asked on a Friday it is the Friday after; "on fridays", every friday, is not a day)
    const ahead = (weekday - today.weekday + 7) % 7 || (wd[1] === 'next' || wd[1] === 'coming' ? 7 : 0);
    return one(today.plus({ days: ahead }), wd[0].split(' '));
  }
  return null;
}

/** "the wednesday before", "the monday after": a weekday placed by what follows it. */
const WEEKDAY_AROUND = new RegExp(`\\b(${WEEKDAY})s? (before|after)\\b`);

/** A weekday a question places before or after a day it names ("the wednesday before thanksgiving"), or null. */
export interface WeekdayAround {
  weekday: number;
  side: 'before' | 'after';
  words: string[];
}

export function weekdayAround(text: string): WeekdayAround | null {
  const m = WEEKDAY_AROUND.exec(text);
  if (!m) return null;
  return {
    weekday: WEEKDAYS.get(m[1] ?? '') ?? 1,
    side: m[2] === 'after' ? 'after' : 'before',
    words: [m[1] ?? '', m[2] ?? ''],
  };
}

/**
 * The day a weekday before or after some days names, `YYYY-MM-DD`: the last such weekday before their first day, or
 * the first after their last day. Of days off (`daysOff`), their own first day when it is that weekday, before, and
 * their last day, after: a holiday is often named by its day while its days off start earlier, so "the wednesday
 * before thanksgiving" is the Wednesday of a break from Wednesday to Friday, or of a day off on that Wednesday, and
 * "the friday after" it the break's Friday; "the friday before spring break" (Monday to Friday) is the Friday before.
 */
export function dayAround(around: WeekdayAround, from: string, to: string, daysOff = false): string {
  const own = daysOff ? 0 : 7;
  if (around.side === 'before') {
    const first = DateTime.fromISO(from);
    const back = (first.weekday - around.weekday + 7) % 7 || own;
    return first.minus({ days: back }).toISODate() ?? from;
  }
  const last = DateTime.fromISO(to);
  const ahead = (around.weekday - last.weekday + 7) % 7 || own;
  return last.plus({ days: ahead }).toISODate() ?? to;
}

/** The date of a month and day in the year that puts it inside the term, else the nearest to today. */
function inYear(month: number, day: number, today: DateTime, term: [string, string] | null): DateTime | null {
  const years = new Set([today.year - 1, today.year, today.year + 1]);
  if (term) for (const d of term) years.add(Number(d.slice(0, 4)));
  const candidates = [...years]
    .map((year) => DateTime.fromObject({ year, month, day }, { zone: today.zone }))
    .filter((d) => d.isValid);
  if (candidates.length === 0) return null;
  const inside = term
    ? candidates.find((d) => (d.toISODate() ?? '') >= term[0] && (d.toISODate() ?? '') <= term[1])
    : undefined;
  if (inside) return inside;
  return (
    candidates.sort((a, b) => Math.abs(a.diff(today).toMillis()) - Math.abs(b.diff(today).toMillis()))[0] ??
    null
  );
}
