import { describe, expect, it } from 'vitest';
import { renderFallback } from '../../src/core/render-text.ts';
import { planReminders } from '../../src/reminders/plan-reminders.ts';
import { applyLead, parseLead, parseLeadList } from '../../src/reminders/leads.ts';
import { loadFixture } from '../calendar/load-fixture.ts';

const schedule = loadFixture('dst-2026.yaml');
const year = (from = '2026-01-01T00:00:00Z', to = '2027-01-01T00:00:00Z') =>
  planReminders(schedule, new Date(from), new Date(to));
const at = (eventId: string, lead: string) =>
  year()
    .filter((r) => r.eventId === eventId && r.lead === lead)
    .map((r) => r.at.toISOString());

describe('planReminders', () => {
  it('GIVEN a deadline the night the clocks go forward THEN 1d is the day before at 23:59 local and 24h is exactly 24 hours', () => {
    // Due Sun 29 Mar 23:59 CEST = 21:59Z. 1d: Sat 28 Mar 23:59 CET = 22:59Z. 24h: 21:59Z = Sat 22:59 CET.
    expect(at('spring-deadline', '1d')).toEqual(['2026-03-28T22:59:00.000Z']);
    expect(at('spring-deadline', '24h')).toEqual(['2026-03-28T21:59:00.000Z']);
    // 7d: Sun 22 Mar 23:59 CET; 2h: 21:59 CEST.
    expect(at('spring-deadline', '7d')).toEqual(['2026-03-22T22:59:00.000Z']);
    expect(at('spring-deadline', '2h')).toEqual(['2026-03-29T19:59:00.000Z']);
  });

  it('GIVEN a deadline the night the clocks go back THEN 1d keeps 23:59 local and 24h lands at 00:59 local', () => {
    // Due Sun 25 Oct 23:59 CET = 22:59Z. 1d: Sat 24 Oct 23:59 CEST = 21:59Z. 24h: 22:59Z = Sun 00:59 CEST.
    expect(at('autumn-deadline', '1d')).toEqual(['2026-10-24T21:59:00.000Z']);
    expect(at('autumn-deadline', '24h')).toEqual(['2026-10-24T22:59:00.000Z']);
    // 1w: Sun 18 Oct 23:59 CEST.
    expect(at('autumn-deadline', '1w')).toEqual(['2026-10-18T21:59:00.000Z']);
  });

  it('GIVEN a weekly practical without remind THEN every session gets the 1h default, in UTC across the change', () => {
    expect(at('practical-autumn', '1h')).toEqual([
      '2026-10-16T06:00:00.000Z',
      '2026-10-23T06:00:00.000Z',
      '2026-10-30T07:00:00.000Z',
      '2026-11-06T07:00:00.000Z',
    ]);
    const occurrences = year()
      .filter((r) => r.eventId === 'practical-spring')
      .map((r) => r.occurrence.toISOString());
    expect(occurrences).toEqual([
      '2026-03-19T12:30:00.000Z',
      '2026-03-26T12:30:00.000Z',
      '2026-04-09T11:30:00.000Z',
    ]);
  });

  it('uses the type defaults when remind is absent: 7d, 1d, 2h for deadlines, 7d and 1d for exams, none for lectures', () => {
    expect(
      year()
        .filter((r) => r.eventId === 'default-deadline')
        .map((r) => r.lead),
    ).toEqual(['7d', '1d', '2h']);
    expect(
      year()
        .filter((r) => r.eventId === 'exam')
        .map((r) => r.lead),
    ).toEqual(['7d', '1d']);
    expect(year().filter((r) => r.eventId === 'lecture-autumn')).toEqual([]);
  });

  it('returns the window [from, to) sorted by time, with a text that names the event and its time', () => {
    const window = year('2026-10-24T21:59:00Z', '2026-10-24T22:59:00Z');
    expect(window.map((r) => `${r.eventId}/${r.lead}`)).toEqual(['autumn-deadline/1d']);
    const all = year();
    expect(all.map((r) => r.at.getTime())).toEqual([...all.map((r) => r.at.getTime())].sort((a, b) => a - b));
    const r = window[0];
    expect(r && renderFallback(r.text, r.times)).toBe(
      '⏰ Reminder: **Assignment due the night the clocks go back** is due in 1 day, at Sun 25 Oct 2026, 23:59 CET.',
    );
  });
});

describe('lead times', () => {
  it('reads lists typed by users and names the bad parts', () => {
    expect(parseLeadList('1d, 2h 30m')).toEqual({ ok: true, leads: ['1d', '2h', '30m'] });
    expect(parseLeadList('1d, soon, 0h')).toEqual({ ok: false, bad: ['soon', '0h'] });
  });

  it('GIVEN 2w before a date after the spring change THEN the local time of day is kept', () => {
    const lead = parseLead('2w');
    if (!lead) throw new Error('2w should parse');
    // Thu 9 Apr 2026 13:30 CEST = 11:30Z; two weeks earlier is Thu 26 Mar 13:30 CET = 12:30Z.
    expect(applyLead(new Date('2026-04-09T11:30:00Z'), lead, 'Europe/Amsterdam').toISOString()).toBe(
      '2026-03-26T12:30:00.000Z',
    );
  });
});
