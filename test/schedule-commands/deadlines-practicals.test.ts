import { afterEach, describe, expect, it } from 'vitest';
import deadlines from '../../commands/deadlines.ts';
import practicals from '../../commands/practicals.ts';
import { discordUser, scheduleCore, shown } from './schedule-core.ts';

let env: ReturnType<typeof scheduleCore>;
afterEach(() => env.cleanup());

describe('deadlines command', () => {
  it('GIVEN a count THEN the next deadlines with due time, time left and the late penalty, times as placeholders', async () => {
    env = scheduleCore('2026-03-20T10:00:00Z');
    const reply = await env.run(deadlines, { count: '2' }, discordUser);
    expect(reply.private).toBe(false);
    expect(reply.times?.map((t) => t.at.toISOString())).toEqual([
      '2026-03-29T21:59:00.000Z',
      '2026-04-10T10:00:00.000Z',
    ]);
    expect(reply.text).toContain('due {{time:0}}');
    const text = shown(reply);
    // 20 Mar 10:00Z to 29 Mar 21:59Z is 9 days 11 hours 59 minutes.
    expect(text).toContain(
      '**Assignment due the night the clocks go forward**: due Sun 29 Mar 2026, 23:59 CEST (9 days 11 hours left)',
    );
    expect(text).toContain('due Fri 10 Apr 2026, 12:00 CEST');
    expect(text).not.toContain('clocks go back');
    expect(text).toContain('lose 2 points of their score per day late'); // faq/course.yaml: late_penalty_points_per_day: 2
  });

  it('GIVEN nothing left THEN says so; GIVEN a bad count THEN an error naming count', async () => {
    env = scheduleCore('2027-01-01T00:00:00Z');
    expect((await env.run(deadlines, {}, discordUser)).text).toMatch(/no upcoming deadlines/);
    const bad = await env.run(deadlines, { count: 99 }, discordUser);
    expect(bad.kind).toBe('error');
    expect(bad.text).toContain('`count`');
  });
});

describe('practicals command', () => {
  it('GIVEN a group THEN its next sessions, skipping the skipped week, in local time across the change', async () => {
    env = scheduleCore('2026-03-20T10:00:00Z');
    const reply = await env.run(practicals, { group: 'thu-a' }, discordUser);
    expect(reply.times?.map((t) => t.at.toISOString())).toEqual([
      '2026-03-26T12:30:00.000Z',
      '2026-04-09T11:30:00.000Z',
    ]);
    expect(shown(reply)).toContain('Thu 26 Mar 2026, 13:30 CET');
    expect(shown(reply)).toContain('Thu 9 Apr 2026, 13:30 CEST');
    expect(shown(reply)).toContain('Room NU-4A05');
  });

  it('GIVEN no group THEN the next session of each group', async () => {
    env = scheduleCore('2026-03-20T10:00:00Z');
    const reply = await env.run(practicals, {}, discordUser);
    expect(reply.times?.map((t) => t.at.toISOString())).toEqual([
      '2026-03-26T12:30:00.000Z',
      '2026-10-16T07:00:00.000Z',
    ]);
  });

  it('GIVEN an unknown group THEN the list of valid groups', async () => {
    env = scheduleCore('2026-03-20T10:00:00Z');
    const reply = await env.run(practicals, { group: 'mon-z' }, discordUser);
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('there is no group "mon-z"; the groups are fri-b, thu-a');
  });
});
