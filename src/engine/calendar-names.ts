// English names of the weekdays and months, for the answer checks that must tell a date from other words.

/** English names of dates' parts, from the platform's own calendar data. */
const english = (options: Intl.DateTimeFormatOptions, dates: Date[]): string[] =>
  dates.map((d) => new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' }).format(d).toLowerCase());

/** The weekdays' names: "monday" to "sunday". */
const WEEKDAYS = english(
  { weekday: 'long' },
  Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i))),
);

/**
 * English names of the weekdays and months and their abbreviations (every start of at least three letters:
 * "tue", "tues", "tuesday", "sept"), from the platform's own calendar data. "may" alone is left out: it is read as
 * the verb, so May counts with a day number ("22 may").
 */
export function calendarNames(): string[] {
  const months = english(
    { month: 'long' },
    Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2024, i, 1))),
  );
  const starts = (name: string): string[] =>
    Array.from({ length: name.length - 2 }, (_, i) => name.slice(0, i + 3));
  return [...WEEKDAYS.map((d) => `${d}s`), ...WEEKDAYS.flatMap(starts), ...months.flatMap(starts)].filter(
    (n) => n !== 'may',
  );
}

/** The names above and "may": a word that is a day or month. */
export const CALENDAR_NAMES = new Set([...calendarNames(), 'may']);

const DAY_OR_MONTH = new RegExp(`\\b(?:${calendarNames().join('|')})\\b`, 'i');

/** Whether a text names a weekday or month ("every Friday", "in March"): it says when. */
export function namesDayOrMonth(text: string): boolean {
  return DAY_OR_MONTH.test(text);
}

const RECURRING_WEEKDAY = new RegExp(
  `\\b(?:(?:${WEEKDAYS.join('|')})s|(?:every|each) (?:${WEEKDAYS.join('|')}))\\b`,
  'i',
);

/** Whether a text names a weekday something recurs on: "on Thursdays", "every Friday", "each Monday". */
export function namesRecurringWeekday(text: string): boolean {
  return RECURRING_WEEKDAY.test(text);
}
