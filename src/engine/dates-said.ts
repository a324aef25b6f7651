// Whether a text (a FAQ entry's answer) gives one of some days by its date: "Sep 25", "September 25th", "25 Sept",
// "9/25" or "2023-09-25". After an event, a FAQ entry on it is preferred to the schedule's "it was on …" only when it
// says that day: an entry that gives another date, or none, does not answer "when was it".

/** English month names, each with its starts of at least three letters ("sep", "sept", "september"). */
const MONTHS = Array.from({ length: 12 }, (_, i) => {
  const name = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' })
    .format(new Date(Date.UTC(2024, i, 1)))
    .toLowerCase();
  return Array.from({ length: name.length - 2 }, (_, k) => name.slice(0, k + 3));
});

/** True when `text` names one of `days` (local dates "YYYY-MM-DD") by its date. */
export function saysOneOfDays(text: string, days: readonly string[]): boolean {
  const lower = text.toLowerCase().replace(/\*\*|__/g, '');
  return days.some((iso) => {
    const [, month, day] = iso.split('-').map(Number);
    if (!month || !day) return false;
    if (lower.includes(iso)) return true;
    const names = (MONTHS[month - 1] ?? []).join('|');
    const d = `0?${day}(?:st|nd|rd|th)?`;
    return new RegExp(
      `\\b(?:(?:${names})\\.?\\s+${d}\\b|${d}\\s+(?:of\\s+)?(?:${names})\\b|0?${month}/0?${day}\\b)`,
    ).test(lower);
  });
}
