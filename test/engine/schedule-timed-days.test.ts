// A timed event that lasts days (a take-home exam open from Monday 09:00 to Wednesday 23:59): its end is said with
// its date, it is "under way" while open (any session is, between its start and its end) rather than "already took
// place", and both instants become time placeholders for platforms that show each reader their own zone. Added to the
// botany fixture (Europe/Amsterdam).
import { describe, expect, it } from 'vitest';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { withTimePlaceholders } from '../../src/engine/reply-times.ts';
import type { ScheduleEvent } from '../../src/schedule/schedule.ts';
import { botany } from './fixtures.ts';

const content = botany();
const takeHome: ScheduleEvent = {
  id: 'take-home',
  type: 'exam',
  title: 'Take-home exam',
  start: '2030-03-04 09:00',
  end: '2030-03-06 23:59',
  skip: [],
};
content.schedule.events.push(takeHome);
const engine = getAnswerEngine(content);
const line = (at: string) =>
  engine
    .answer('when is the take-home exam', new Date(at))
    .text.split('\n')
    .find((l) => l.includes('Take-home exam'));

describe('GIVEN a take-home exam open for three days', () => {
  it('WHEN asked before it opens THEN both ends with their dates, and how long until it opens', () => {
    expect(line('2030-03-01T12:00:00Z')).toBe(
      '- **Take-home exam**: Mon 4 Mar 2030, 09:00 CET to Wed 6 Mar 2030, 23:59 CET (in 2 days 20 hours)',
    );
  });

  it('WHEN asked while it is open THEN it is under way, not over', () => {
    expect(line('2030-03-05T12:00:00Z')).toContain('(under way)');
  });

  it('WHEN asked after it closed THEN it already took place', () => {
    expect(line('2030-03-07T12:00:00Z')).toContain('(already took place)');
  });

  it('WHEN the reply is made zone-aware THEN the start and the end are both placeholders', () => {
    const reply = engine.answer('when is the take-home exam', new Date('2030-03-01T12:00:00Z'));
    const { text, times } = withTimePlaceholders(reply.text, content.schedule);
    expect(text).toContain('{{time:0}} to {{time:1}}');
    expect(times?.map((t) => t.at.toISOString())).toEqual([
      '2030-03-04T08:00:00.000Z',
      '2030-03-06T22:59:00.000Z',
    ]);
  });
});

describe('GIVEN a lab of two hours', () => {
  it('WHEN its session is asked about while it runs THEN it is under way, not over', () => {
    const reply = engine.answer('when is the third weekly lab', new Date('2030-02-20T12:30:00Z'));
    expect(reply.text).toContain('Wed 20 Feb 2030, 13:00 CET to 15:00 CET (under way)');
  });

  it('WHEN asked THEN its end is a clock time only', () => {
    const reply = engine.answer('when is the next weekly lab', new Date('2030-02-20T08:00:00Z'));
    expect(reply.text).toContain('Wed 20 Feb 2030, 13:00 CET to 15:00 CET (in 4 hours)');
  });
});
