// Whose calendar it is: titles start with the course code ("DL: Exam"), and UIDs name the course and the bot's host,
// so two courses in one calendar app, or the same course on two bots, never overwrite each other's events.
import { describe, expect, it } from 'vitest';
import { buildIcs, calendarIdentity } from '../../src/calendar/build-ics.ts';
import { parseIcs } from './parse-ics.ts';
import { loadFixture } from './load-fixture.ts';

const schedule = loadFixture('dst-2026.yaml');
const now = new Date('2026-01-05T10:00:00Z');

describe('calendarIdentity', () => {
  it('GIVEN a course code and PUBLIC_URL THEN the code, a lowercase course id and the host with its port', () => {
    expect(calendarIdentity({ code: 'DL' }, schedule, 'https://bot.example.org')).toEqual({
      code: 'DL',
      courseId: 'dl',
      host: 'bot.example.org',
    });
    expect(calendarIdentity({ code: ' CS 109A ' }, schedule, 'http://localhost:3000').courseId).toBe(
      'cs-109a',
    );
    expect(calendarIdentity({ code: 'CS 109A' }, schedule, 'http://localhost:3000').host).toBe(
      'localhost:3000',
    );
  });

  it('GIVEN no course code THEN no title prefix, and the course id comes from the schedule course name', () => {
    expect(calendarIdentity({}, schedule, 'https://bot.example.org')).toEqual({
      code: undefined,
      courseId: 'deep-learning-test',
      host: 'bot.example.org',
    });
    expect(calendarIdentity({ code: '' }, { course: '¿¿' }, 'https://bot.example.org').courseId).toBe(
      'course',
    );
  });
});

describe('titles and UIDs', () => {
  const dl = parseIcs(
    buildIcs(schedule, { now, identity: calendarIdentity({ code: 'DL' }, schedule, 'https://a.example') }),
  );

  it('GIVEN a course code THEN every title and alarm starts with it', () => {
    const exam = dl.events.get('exam.dl@a.example')!;
    expect(exam.summary).toBe('DL: Exam');
    const deadline = dl.events.get('spring-deadline.dl@a.example')!;
    expect(deadline.summary).toBe('DL: Due: Assignment due the night the clocks go forward');
    const alarms = deadline.component
      .getAllSubcomponents('valarm')
      .map((a) => a.getFirstPropertyValue('description'));
    expect(alarms).toEqual([deadline.summary, deadline.summary]);
    for (const event of dl.events.values()) expect(event.summary).toMatch(/^DL: /);
  });

  it('GIVEN no course code THEN the titles are the schedule ones', () => {
    const plain = parseIcs(
      buildIcs(schedule, { now, identity: calendarIdentity({}, schedule, 'https://a.example') }),
    );
    expect(plain.events.get('exam.deep-learning-test@a.example')?.summary).toBe('Exam');
  });

  it('GIVEN two courses with the same event ids, or one course on two bots THEN no UID is shared', () => {
    const ml = parseIcs(
      buildIcs(schedule, { now, identity: calendarIdentity({ code: 'ML' }, schedule, 'https://a.example') }),
    );
    const elsewhere = parseIcs(
      buildIcs(schedule, { now, identity: calendarIdentity({ code: 'DL' }, schedule, 'https://b.example') }),
    );
    const uids = (c: typeof dl) => new Set(c.events.keys());
    expect(uids(dl).size).toBe(schedule.events.length);
    expect([...uids(dl)].filter((u) => uids(ml).has(u) || uids(elsewhere).has(u))).toEqual([]);
  });
});
