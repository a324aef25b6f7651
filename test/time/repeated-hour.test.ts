// A local time the clocks pass twice (the hour repeated when they go back) is one instant everywhere: the first time
// the clock shows it, as RFC 5545 reads a DTSTART with a TZID, and as a weekly series coming from summer reaches it.
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { allOccurrences } from '../../src/schedule/schedule.ts';
import { localToInstant, parseLocalTime } from '../../src/time/local-time.ts';

const instant = (text: string, zone: string): string | null => {
  const parsed = parseLocalTime(text, zone);
  return parsed.ok ? parsed.time.toJSDate().toISOString() : null;
};

describe('GIVEN a local time in the hour repeated when the clocks go back', () => {
  it('THEN it is the first of the two (summer time), in Europe and in the Americas', () => {
    // Sun 25 Oct 2026 03:00 CEST -> 02:00 CET: 02:30 is 00:30Z (CEST), then again 01:30Z (CET).
    expect(instant('2026-10-25 02:30', 'Europe/Amsterdam')).toBe('2026-10-25T00:30:00.000Z');
    // Sun 1 Nov 2026 02:00 EDT -> 01:00 EST: 01:30 is 05:30Z (EDT), then again 06:30Z (EST).
    expect(instant('2026-11-01 01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(localToInstant('2026-11-01 01:30', 'America/Chicago').toISOString()).toBe(
      '2026-11-01T06:30:00.000Z',
    );
    // (a time outside the repeated hour is as it was)
    expect(instant('2026-10-25 03:30', 'Europe/Amsterdam')).toBe('2026-10-25T02:30:00.000Z');
    expect(instant('2026-10-25 01:30', 'Europe/Amsterdam')).toBe('2026-10-24T23:30:00.000Z');
  });

  it('THEN an event at that time and the session of a weekly series at that time are the same instant', () => {
    const loaded = parseSchedule(
      [
        'course: Deep Learning (test)',
        'timezone: Europe/Amsterdam',
        'events:',
        '  - { id: night-exam, type: exam, title: Night exam, start: "2026-10-25 02:30" }',
        '  - { id: night-lab, type: practical, title: Night lab, start: "2026-10-18 02:30", weekly_until: "2026-11-01" }',
        '',
      ].join('\n'),
      'schedule.yaml',
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const on25 = allOccurrences(loaded.value)
      .filter((o) => o.date === '2026-10-25')
      .map((o) => `${o.event.id} ${o.start.toISOString()}`);
    expect(on25).toEqual(['night-exam 2026-10-25T00:30:00.000Z', 'night-lab 2026-10-25T00:30:00.000Z']);
  });
});
