// Class sessions written one by one (each its own dated event, as when each class has its topic in its title) are
// answered like a weekly series: "when is class" gives the next session, and after the last one when it was.
import { describe, expect, it } from 'vitest';
import { scheduleAsker } from './helpers/ask-schedule.ts';

/** A lecture on each of `days` (YYYY-MM-DD), 11:30 to 12:45, titled with its topic. */
function sessions(days: string[], extra = ''): string {
  const events = days.map(
    (day, i) =>
      `  - { id: class-${i + 1}, type: lecture, title: "Class ${i + 1}: topic ${String.fromCharCode(65 + i)}", start: "${day} 11:30", end: "${day} 12:45", location: Room 101 }`,
  );
  return `course: X\ntimezone: America/New_York\nevents:\n${events.join('\n')}\n${extra}`;
}

const DAYS = ['2023-02-07', '2023-02-09', '2023-02-14', '2023-02-16', '2023-02-21', '2023-02-23'];
const during = new Date('2023-02-15T12:00:00Z'); // a Wednesday: the next class is Thursday 16 Feb
const after = new Date('2023-06-01T12:00:00Z');

describe('GIVEN class sessions written one by one', () => {
  const ask = scheduleAsker(sessions(DAYS), during);

  it('WHEN "when is class" is asked during the term THEN only the next session is given', () => {
    for (const q of ['when is class', 'what time does class start', 'when is the next class']) {
      const reply = ask(q);
      expect(reply).toContain('Next in the course schedule');
      expect(reply).toContain('**Class 4: topic D**: Thu, Feb 16, 2023, 11:30 AM EST');
      expect(reply).not.toContain('already took place');
      expect(reply).not.toContain('Class 5');
    }
  });

  it('WHEN asked after the last session THEN the last one is given, as for a weekly series', () => {
    const reply = scheduleAsker(sessions(DAYS), after)('when is class');
    expect(reply).toContain('There are no more of these in the course schedule; the last one was');
    expect(reply).toContain('**Class 6: topic F**: Thu, Feb 23, 2023');
    expect(reply).not.toContain('Class 1');
  });

  it('WHEN a few sessions on one topic are asked about after the term THEN each of them is given', () => {
    const novel = [
      `  - { id: novel-1, type: lecture, title: "Class: The Novel (1)", start: "2023-03-07 11:30", end: "2023-03-07 12:45" }`,
      `  - { id: novel-2, type: lecture, title: "Class: The Novel (2)", start: "2023-03-09 11:30", end: "2023-03-09 12:45" }`,
      `  - { id: novel-3, type: lecture, title: "Class: The Novel (3)", start: "2023-03-14 11:30", end: "2023-03-14 12:45" }`,
    ].join('\n');
    const reply = scheduleAsker(sessions(DAYS, `${novel}\n`), after)('when is the novel');
    expect(reply).toMatch(/^From the course schedule/);
    for (const day of ['Tue, Mar 7, 2023', 'Thu, Mar 9, 2023', 'Tue, Mar 14, 2023'])
      expect(reply).toContain(day);
    expect(reply).not.toContain('topic A');
  });

  it('WHEN a session is named by its topic or its number THEN that one is given', () => {
    expect(ask('when is topic B')).toContain('**Class 2: topic B**');
    expect(ask('when is class 5')).toContain('**Class 5: topic E**');
    expect(ask('when is the second class')).toContain('**Class 2: topic B**');
  });

  it('WHEN two sessions fall on the next day (parallel sections) THEN both are given', () => {
    const extra = `  - { id: class-4b, type: lecture, title: "Class 4 (second section)", start: "2023-02-16 15:00", end: "2023-02-16 16:15" }\n`;
    const reply = scheduleAsker(sessions(DAYS, extra), during)('when is class');
    expect(reply).toContain('**Class 4: topic D**');
    expect(reply).toContain('**Class 4 (second section)**');
    expect(reply).not.toContain('Class 5');
  });

  it('WHEN the same sessions are a weekly series THEN the answer gives the same next session', () => {
    const weekly = scheduleAsker(
      `course: X\ntimezone: America/New_York\nevents:\n  - { id: class-thu, type: lecture, title: Class, start: "2023-02-09 11:30", end: "2023-02-09 12:45", weekly_until: "2023-02-23" }\n`,
      during,
    )('when is class');
    expect(weekly).toContain('Thu, Feb 16, 2023, 11:30 AM EST');
  });
});

describe('GIVEN practicals of two groups written one by one', () => {
  it('WHEN "when is the practical" is asked THEN the next session of each group is given, as for weekly series', () => {
    // group A on Tuesdays, group B on Thursdays
    const weeks: [string, string][] = [
      ['2023-02-07', '2023-02-09'],
      ['2023-02-14', '2023-02-16'],
      ['2023-02-21', '2023-02-23'],
    ];
    const events = weeks
      .flatMap(([tue, thu], i) => [
        `  - { id: pa-${i}, type: practical, title: "Practical ${i + 1}, group A", group: a, start: "${tue} 09:00", end: "${tue} 11:00" }`,
        `  - { id: pb-${i}, type: practical, title: "Practical ${i + 1}, group B", group: b, start: "${thu} 09:00", end: "${thu} 11:00" }`,
      ])
      .join('\n');
    const reply = scheduleAsker(
      `course: X\ntimezone: America/New_York\nevents:\n${events}\n`,
      during,
    )('when is the practical');
    expect(reply).toContain('**Practical 2, group B**: Thu, Feb 16, 2023');
    expect(reply).toContain('**Practical 3, group A**: Tue, Feb 21, 2023');
    expect(reply).not.toContain('Practical 1');
    expect(reply).not.toContain('Practical 3, group B');
  });
});

describe('GIVEN only two lectures that share a word (two days of presentations)', () => {
  it('WHEN asked THEN both are listed, as other events are', () => {
    const ask = scheduleAsker(sessions(['2023-02-21', '2023-02-23']), during);
    const reply = ask('when is class');
    expect(reply).toContain('Class 1: topic A');
    expect(reply).toContain('Class 2: topic B');
  });
});

describe('GIVEN exams written one by one', () => {
  it('WHEN "when is the exam" is asked THEN every exam is listed, past ones too (they are not sessions)', () => {
    const ask = scheduleAsker(
      `course: X\ntimezone: America/New_York\nevents:\n` +
        ['2023-02-08', '2023-02-22', '2023-03-08']
          .map((d, i) => `  - { id: exam-${i}, type: exam, title: Exam ${i + 1}, start: "${d} 10:00" }`)
          .join('\n') +
        '\n',
      during,
    );
    const reply = ask('when is the exam');
    expect(reply).toContain('**Exam 1**');
    expect(reply).toContain('**Exam 3**');
  });
});
