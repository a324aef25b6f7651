// A date or time in the right form that does not exist is named as such ("February 2023 has 28 days"), not as a
// format mistake, and is never rolled over into the next day or month.
import { describe, expect, it } from 'vitest';
import { parseSince } from '../../src/cli/commands/gaps.ts';
import { describeDate, impossibleDateReason, parseLocalTime } from '../../src/time/local-time.ts';

describe('GIVEN a date or time in the form YYYY-MM-DD (HH:mm)', () => {
  it('WHEN it does not exist THEN the reason says which part and what the calendar has', () => {
    expect(impossibleDateReason('2023-02-29')).toBe('February 2023 has 28 days');
    expect(impossibleDateReason('2024-02-30 09:00')).toBe('February 2024 has 29 days');
    expect(impossibleDateReason('2026-00-10')).toBe('there is no month 00; months run from 01 to 12');
    expect(impossibleDateReason('2026-04-10 24:00')).toMatch(/^hours run from 00 to 23/);
    expect(impossibleDateReason('2026-04-10 10:75')).toBe('minutes run from 00 to 59');
  });

  it('WHEN it exists, or is not in that form THEN there is no such reason', () => {
    expect(impossibleDateReason('2024-02-29')).toBeNull();
    expect(impossibleDateReason('2026-04-10 23:59')).toBeNull();
    expect(impossibleDateReason('next tuesday')).toBeNull();
    expect(describeDate('next tuesday')).toBe('"next tuesday" is not a date YYYY-MM-DD');
    expect(describeDate('2027-04-31')).toBe('"2027-04-31" is not a real date: April 2027 has 30 days');
  });

  it('WHEN an hour of 24 is given THEN it is no time, not one the clocks skip (luxon would move it to the next day)', () => {
    expect(parseLocalTime('2026-04-10 24:00', 'Europe/Amsterdam')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('WHEN gaps --since names a day the month does not have THEN it is refused, not read as a day in March', () => {
    expect(parseSince('2026-02-30')).toBeNull();
    expect(parseSince('2026-02-28')?.toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });
});
