// Ordinals over a repeating series count its days: "the last lab" is the term's last day with a lab (every
// parallel group's session on it), not every session of whichever group's series starts last. The botany fixture's
// weekly lab (Wednesdays 13:00, 6 Feb to 27 Mar 2030) gets a second group on the same days at 15:30.
import { describe, expect, it } from 'vitest';
import { getAnswerEngine } from '../../src/engine/index.ts';
import type { ScheduleEvent } from '../../src/schedule/schedule.ts';
import { botany } from './fixtures.ts';

function twoGroups() {
  const content = botany();
  const lab = content.schedule.events.find((e) => e.id === 'lab') as ScheduleEvent;
  const late: ScheduleEvent = {
    ...lab,
    id: 'lab-late',
    title: 'Weekly lab (late group)',
    start: '2030-02-06 15:30',
    end: '2030-02-06 17:30',
  };
  content.schedule.events.push(late);
  return getAnswerEngine(content);
}

const engine = twoGroups();
const during = new Date('2030-02-20T08:00:00Z');
const dates = (text: string) =>
  [...text.matchAll(/(\w{3} \d+ \w{3} 2030), (\d\d:\d\d)/g)].map((m) => `${m[1]} ${m[2]}`);

describe('GIVEN a weekly lab in two parallel groups', () => {
  it('WHEN the last lab is asked THEN the reply gives both groups on the last day, and no other day', () => {
    const reply = engine.answer('when is the last weekly lab', during);
    expect(reply.kind).toBe('answer');
    expect(dates(reply.text)).toEqual(['Wed 27 Mar 2030 13:00', 'Wed 27 Mar 2030 15:30']);
  });

  it('WHEN the first lab is asked THEN both groups on the first day', () => {
    expect(dates(engine.answer('when is the first weekly lab', during).text)).toEqual([
      'Wed 6 Feb 2030 13:00',
      'Wed 6 Feb 2030 15:30',
    ]);
  });

  it('WHEN the third lab is asked THEN the third week', () => {
    expect(dates(engine.answer('when is the third weekly lab', during).text)).toEqual([
      'Wed 20 Feb 2030 13:00',
      'Wed 20 Feb 2030 15:30',
    ]);
  });

  it('WHEN the next lab is asked THEN each group once, at its next session', () => {
    expect(dates(engine.answer('when is the next weekly lab', during).text)).toEqual([
      'Wed 20 Feb 2030 13:00',
      'Wed 20 Feb 2030 15:30',
    ]);
  });
});
