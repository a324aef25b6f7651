import { describe, expect, it } from 'vitest';
import { formatClock, formatLocal, monthFirst } from '../../src/time/local-time.ts';

// 2023-03-07 04:59 UTC is 23:59 on 6 March in New York and 05:59 on 7 March in Amsterdam.
const instant = new Date(Date.UTC(2023, 2, 7, 4, 59));

describe('GIVEN a course time zone', () => {
  it('THEN a zone in the Americas writes the month first with a 12-hour clock and a named zone', () => {
    expect(monthFirst('America/New_York')).toBe(true);
    expect(formatLocal(instant, 'America/New_York')).toBe('Mon, Mar 6, 2023, 11:59 PM EST');
    expect(formatClock(instant, 'America/Los_Angeles')).toBe('8:59 PM PST');
  });

  it('THEN any other zone writes the day first with a 24-hour clock', () => {
    expect(monthFirst('Europe/Amsterdam')).toBe(false);
    expect(formatLocal(instant, 'Europe/Amsterdam')).toBe('Tue 7 Mar 2023, 05:59 CET');
    expect(formatClock(instant, 'Asia/Tokyo')).toBe('13:59 GMT+9');
  });
});
