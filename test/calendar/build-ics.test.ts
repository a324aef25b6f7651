import { describe, expect, it } from 'vitest';
import { buildIcs, type CalendarIdentity } from '../../src/calendar/build-ics.ts';
import { parseIcs } from './parse-ics.ts';
import { loadFixture } from './load-fixture.ts';

const schedule = loadFixture('dst-2026.yaml');
const now = new Date('2026-01-05T10:00:00Z');
const identity: CalendarIdentity = { code: 'DL', courseId: 'dl', host: 'bot.example.org' };
const ics = buildIcs(schedule, { now, identity });
const { calendar, events } = parseIcs(ics);

function event(uid: string) {
  const e = events.get(uid);
  if (!e) throw new Error(`no event ${uid} in ${[...events.keys()].join(', ')}`);
  return e;
}

describe('the course calendar (ICS)', () => {
  it('GIVEN deadlines on both DST nights THEN they end at the due time in UTC (CEST +2 in March, CET +1 in October)', () => {
    // 2026-03-29 23:59 is after the spring change (CEST, UTC+2); 2026-10-25 23:59 after the autumn one (CET, UTC+1).
    expect(event('spring-deadline.dl@bot.example.org').ends).toEqual(['2026-03-29T21:59:00.000Z']);
    expect(event('autumn-deadline.dl@bot.example.org').ends).toEqual(['2026-10-25T22:59:00.000Z']);
    expect(event('spring-deadline.dl@bot.example.org').starts).toEqual(['2026-03-29T21:44:00.000Z']);
  });

  it('GIVEN a weekly practical across the March change with a skipped week THEN ical.js expands it at 13:30 local each week', () => {
    expect(event('practical-spring.dl@bot.example.org').starts).toEqual([
      '2026-03-19T12:30:00.000Z', // CET
      '2026-03-26T12:30:00.000Z', // CET (the change is on Sunday the 29th)
      // 2026-04-02 is skipped (EXDATE)
      '2026-04-09T11:30:00.000Z', // CEST
    ]);
  });

  it('GIVEN a weekly practical across the October change THEN sessions keep 09:00 local and the last date is included', () => {
    expect(event('practical-autumn.dl@bot.example.org').starts).toEqual([
      '2026-10-16T07:00:00.000Z',
      '2026-10-23T07:00:00.000Z',
      '2026-10-30T08:00:00.000Z',
      '2026-11-06T08:00:00.000Z',
    ]);
    expect(event('practical-autumn.dl@bot.example.org').ends[2]).toBe('2026-10-30T09:45:00.000Z');
  });

  it('uses RRULE with EXDATE for series, a VTIMEZONE for the zone, METHOD:PUBLISH and a refresh interval', () => {
    expect(ics).toMatch(/^RRULE:FREQ=WEEKLY;UNTIL=\d{8}T\d{6}Z\r$/m);
    expect(ics).toContain('EXDATE;TZID=Europe/Amsterdam:20260402T133000');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'Europe/Amsterdam',
    );
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(ics).toMatch(/^X-PUBLISHED-TTL:PT\d+H\r$/m);
    expect(ics).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT\d+H\r$/m);
    expect(ics).toMatch(/^DTSTART;TZID=Europe\/Amsterdam:20260319T133000\r$/m);
  });

  it('gives every event a UID from its id that is identical on every generation, and a UTC DTSTAMP', () => {
    const again = parseIcs(buildIcs(schedule, { now: new Date('2026-06-01T00:00:00Z'), identity }));
    const ids = schedule.events.map((e) => `${e.id}.dl@bot.example.org`).sort();
    expect([...events.keys()].sort()).toEqual(ids);
    expect([...again.events.keys()].sort()).toEqual(ids);
    expect(ics).toMatch(/^DTSTAMP:20260105T100000Z\r$/m);
  });

  it('gives a deadline an alarm counted back from its due time, and carries URL and location', () => {
    const deadline = event('spring-deadline.dl@bot.example.org').component;
    const triggers = deadline.getAllSubcomponents('valarm').map((a) => a.getFirstProperty('trigger'));
    expect(triggers.map((t) => t?.getParameter('related'))).toEqual(['END', 'END']);
    expect(triggers.map((t) => String(t?.getFirstValue()))).toEqual(['-P1D', '-PT2H']);
    expect(deadline.getFirstPropertyValue('url')).toBe('https://example.org/a1');
    expect(event('practical-spring.dl@bot.example.org').component.getFirstPropertyValue('location')).toBe(
      'Room NU-4A05',
    );
  });

  it('GIVEN a group filter THEN it shows that group and the events without a group only', () => {
    const filtered = parseIcs(buildIcs(schedule, { now, identity, filter: { group: 'thu-a' } })).events;
    expect(filtered.has('practical-spring.dl@bot.example.org')).toBe(true);
    expect(filtered.has('practical-autumn.dl@bot.example.org')).toBe(false);
    expect(filtered.has('exam.dl@bot.example.org')).toBe(true);
    expect(filtered.has('spring-deadline.dl@bot.example.org')).toBe(true);
  });

  it('GIVEN a types filter THEN only those types are in the calendar', () => {
    const filtered = parseIcs(
      buildIcs(schedule, { now, identity, filter: { types: ['deadline', 'exam'] } }),
    ).events;
    expect([...filtered.keys()].sort()).toEqual([
      'autumn-deadline.dl@bot.example.org',
      'default-deadline.dl@bot.example.org',
      'exam.dl@bot.example.org',
      'spring-deadline.dl@bot.example.org',
    ]);
  });
});
