// "Is there class on March 23?", "do we have lab this week": the schedule's events on the day or in the week a question
// names, or that it has none of them then; a single event asked about by name is said with its own date.
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { daysAsked } from '../../src/engine/schedule-days.ts';
import { matchDayQuestion } from '../../src/engine/schedule-questions.ts';
import { renderScheduleAnswer } from '../../src/engine/schedule-reply.ts';

const loaded = parseSchedule(
  `course: X
timezone: America/New_York
events:
  - { id: class, type: lecture, title: Class, start: "2023-02-07 11:30", end: "2023-02-07 12:45", weekly_until: "2023-05-16", skip: ["2023-03-14"] }
  - { id: lab, type: practical, title: Lab, start: "2023-02-10 14:00", end: "2023-02-10 16:00", weekly_until: "2023-05-12" }
  - { id: break, type: other, title: Spring break (no classes), start: "2023-03-11 00:00", end: "2023-03-19 23:59" }
  - { id: midterm, type: exam, title: Midterm, start: "2023-03-30 11:30", end: "2023-03-30 12:45" }
`,
  'schedules/test.yaml',
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const content = { schedule: loaded.value, faq: [], course: { name: 'X' } } as unknown as Content;
const during = new Date('2023-03-01T15:00:00Z'); // a Wednesday
const after = new Date('2026-12-01T15:00:00Z');

function reply(question: string, now = during): string | null {
  const match = matchDayQuestion(question, content, now);
  return match ? renderScheduleAnswer(match, content, now) : null;
}

describe('GIVEN a question naming a day by its date', () => {
  it('WHEN there is class that day THEN the class of that day answers, with its time', () => {
    const text = reply('is there class on march 7') ?? '';
    expect(text).toContain('The course schedule has, on Tue, Mar 7, 2023');
    expect(text).toContain('**Class**: Tue, Mar 7, 2023, 11:30 AM EST');
  });

  it('WHEN function words frame the question THEN they are not taken for event words', () => {
    expect(reply('what are we doing in class on march 7')).toContain('**Class**: Tue, Mar 7, 2023');
    expect(reply('what happens on march 7')).toContain('**Class**: Tue, Mar 7, 2023');
  });

  it('WHEN a weekday is named with the date THEN the weekday is not taken for an event word', () => {
    expect(reply('is there class tuesday march 7th')).toContain('**Class**: Tue, Mar 7, 2023');
  });

  it('WHEN the day has no class but a break THEN the break says so', () => {
    const text = reply('is there class on 14 march') ?? '';
    expect(text).toContain('**Spring break (no classes)**');
    expect(text).not.toContain('**Class**:');
  });

  it('WHEN a single event is asked about on another day THEN the reply says none then and gives its date', () => {
    const text = reply('is the midterm on march 28') ?? '';
    expect(text).toContain('The course schedule lists no midterm on Tue, Mar 28, 2023. It lists');
    expect(text).toContain('**Midterm**: Thu, Mar 30, 2023');
  });

  it('WHEN "the week of" a date is asked THEN that week, Monday to Sunday, answers; of a Sunday, the week it starts', () => {
    const text = reply('what are we doing the week of march 8') ?? '';
    expect(text).toContain('from Mon, Mar 6 to Sun, Mar 12, 2023');
    expect(text).toContain('**Class**: Tue, Mar 7, 2023');
    expect(text).toContain('**Lab**: Fri, Mar 10, 2023');
    expect(reply('is there lab the week of 3/26')).toContain('from Mon, Mar 27 to Sun, Apr 2, 2023');
    // (the date alone is still that one day)
    expect(reply('what is on march 8')).toContain('on Wed, Mar 8, 2023');
  });

  it('WHEN the year is not said THEN it is the year of the term, even long after it', () => {
    expect(reply('is there class on march 7', after)).toContain('Tue, Mar 7, 2023');
  });
});

describe('GIVEN a question naming a day from today', () => {
  it('WHEN "tomorrow" or a weekday is asked during the term THEN that day answers', () => {
    expect(reply('is there lab tomorrow', new Date('2023-03-02T15:00:00Z'))).toContain(
      '**Lab**: Fri, Mar 3, 2023',
    );
    expect(reply('do we have lab on friday')).toContain('**Lab**: Fri, Mar 3, 2023');
  });

  it('WHEN "next <weekday>" is asked on that weekday THEN it is the one a week later, not today', () => {
    // (during: Wednesday, Mar 1; "next friday" on a Wednesday is the coming Friday, as most people mean it)
    expect(reply('is there class next wednesday')).toContain('on Wed, Mar 8, 2023');
    expect(reply('is there class wednesday')).toContain('on Wed, Mar 1, 2023');
    expect(reply('do we have lab next friday')).toContain('**Lab**: Fri, Mar 3, 2023');
  });

  it('WHEN "this week" is asked THEN the week from Monday to Sunday answers', () => {
    const text = reply('is there lab this week') ?? '';
    expect(text).toContain('from Mon, Feb 27 to Sun, Mar 5, 2023');
    expect(text).toContain('**Lab**: Fri, Mar 3, 2023');
  });

  it('WHEN the day is outside the term, or a weekday is plural ("fridays") THEN it is not a day question', () => {
    expect(matchDayQuestion('is there lab on friday', content, after)).toBeNull();
    expect(matchDayQuestion('do we have lab on fridays', content, during)).toBeNull();
  });

  it('WHEN a word names no event THEN it is not a day question', () => {
    expect(matchDayQuestion('is the library open on march 7', content, during)).toBeNull();
  });
});

describe('daysAsked', () => {
  const term: [string, string] = ['2023-02-07', '2023-05-16'];
  it.each([
    ['march 23', '2023-03-23'],
    ['mar. 23', '2023-03-23'],
    ['23rd of march', '2023-03-23'],
    ['april 1st', '2023-04-01'],
  ])('WHEN "%s" is named THEN it is %s', (words, iso) => {
    expect(daysAsked(`is there class on ${words}`, during, 'America/New_York', term)?.from).toBe(iso);
  });

  it('WHEN no day is named THEN null ("may" as a verb is no month)', () => {
    expect(daysAsked('may i bring notes', during, 'America/New_York', term)).toBeNull();
  });

  it.each([
    ['3/23', 'America/New_York', '2023-03-23'],
    ['23/3', 'America/New_York', '2023-03-23'],
    ['4/5', 'America/New_York', '2023-04-05'],
    ['4/5', 'Europe/Amsterdam', '2023-05-04'],
    ['23/3', 'Europe/Amsterdam', '2023-03-23'],
  ])(
    'WHEN "%s" is named in a course in %s THEN it is %s (month first in the Americas when both read as dates)',
    (words, zone, iso) => {
      expect(daysAsked(`is there class on ${words}`, during, zone, term)?.from).toBe(iso);
    },
  );

  it('WHEN numbers with a slash are no date, or part of a longer number THEN null', () => {
    for (const q of ['is 18/20 a good score', 'is 3/4/5 a date', 'is 1.5/2 enough'])
      expect(daysAsked(q, during, 'America/New_York', term), q).toBeNull();
  });
});

describe('GIVEN a question about what is due on a day or in a week', () => {
  const withDeadline = parseSchedule(
    `course: X
timezone: America/New_York
events:
  - { id: class, type: lecture, title: Class, start: "2023-02-07 11:30", end: "2023-02-07 12:45", weekly_until: "2023-05-16" }
  - { id: hours, type: other, title: Office hours, start: "2023-02-10 09:00", end: "2023-02-10 10:00", weekly_until: "2023-05-12" }
  - { id: essay, type: deadline, title: Essay, due: "2023-03-03 17:00" }
  - { id: report, type: deadline, title: Report, due: "2023-03-24 17:00" }
`,
    'schedules/test.yaml',
  );
  if (!withDeadline.ok) throw new Error(JSON.stringify(withDeadline.issues));
  const course = { ...content, schedule: withDeadline.value } as Content;
  const ask = (q: string): string => {
    const match = matchDayQuestion(q, course, during);
    return match ? renderScheduleAnswer(match, course, during) : '';
  };

  it('WHEN a deadline falls then THEN only the deadlines answer, not the classes of the week', () => {
    const text = ask('whats due this week');
    expect(text).toContain('**Essay**: Fri, Mar 3, 2023, 5:00 PM EST');
    expect(text).not.toContain('**Class**');
    expect(text).not.toContain('**Office hours**');
  });

  it('WHEN none falls then THEN the reply says so and gives the next one', () => {
    const text = ask('is anything due next week');
    expect(text).toContain(
      'The course schedule lists no deadline from Mon, Mar 6 to Sun, Mar 12, 2023. The next one',
    );
    expect(text).toContain('**Report**: Fri, Mar 24, 2023');
    expect(text).not.toContain('**Essay**');
  });
});
