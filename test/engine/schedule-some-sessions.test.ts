// Classes written one by one, each with its topic in its title, are a series: "when is the next class" gives the next
// one. A question naming some of them by their titles' words ("when are the project presentations") gives each of
// those still to come.
import { describe, expect, it } from 'vitest';
import { scheduleAsker } from './helpers/ask-schedule.ts';

const lecture = (n: number, day: string, topic: string): string =>
  `  - { id: l${n}, type: lecture, title: "Lecture ${n}: ${topic}", start: "2021-${day} 14:00", end: "2021-${day} 15:15" }\n`;
const ask = scheduleAsker(
  'course: X\ntimezone: America/New_York\nevents:\n' +
    lecture(1, '11-15', 'Online tracking') +
    lecture(2, '11-17', 'Location privacy') +
    lecture(3, '11-22', 'Project presentations (day 1)') +
    lecture(4, '11-24', 'Project presentations (day 2)') +
    lecture(5, '11-29', 'Project presentations (day 3)'),
  new Date('2021-11-10T15:00:00Z'),
);

describe('GIVEN classes written one by one with their topics', () => {
  it('WHEN some are asked by their topic THEN each of them is given', () => {
    const text = ask('when are the project presentations');
    for (const day of ['Nov 22', 'Nov 24', 'Nov 29']) expect(text).toContain(day);
    expect(text).not.toContain('Online tracking');
  });

  it('WHEN the next of them is asked THEN only the next one', () => {
    const text = ask('when is the next project presentation');
    expect(text).toContain('Nov 22');
    expect(text).not.toContain('Nov 24');
  });

  it('WHEN the classes are asked by their type THEN the next class answers, not all of them', () => {
    const text = ask('when is the lecture');
    expect(text).toContain('Online tracking');
    expect(text).not.toContain('Location privacy');
  });
});
