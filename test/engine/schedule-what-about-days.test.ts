// What a day or a week is about ("what are we reading on march 30", "what's the topic next week"): the sessions then,
// each with its description; "the final exam" of a course whose only exam is a midterm; "when is class" beside a
// deadline that names the class in brackets; "when do we talk about X" beside a deadline that shares its words.
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { matchDayQuestion, matchScheduleQuestion } from '../../src/engine/schedule-questions.ts';
import { renderScheduleAnswer } from '../../src/engine/schedule-reply.ts';

const loaded = parseSchedule(
  `course: X
timezone: America/New_York
events:
  - { id: s1, type: lecture, title: "Seminar: Introduction", start: "2023-03-02 13:00", end: "2023-03-02 15:30" }
  - { id: s2, type: lecture, title: "Seminar: Granularity", start: "2023-03-09 13:00", end: "2023-03-09 15:30", description: "Readings: Chapter 15." }
  - { id: s3, type: lecture, title: "Seminar: Modality and the budget request", start: "2023-03-30 13:00", end: "2023-03-30 15:30", description: "Readings: Chapters 10 and 24." }
  - { id: oh, type: other, title: Office hours, start: "2023-02-28 13:00", end: "2023-02-28 14:00", weekly_until: "2023-05-09" }
  - { id: log, type: deadline, title: Weekly reading log, due: "2023-03-08 13:00", description: "Three questions on the readings." }
  - { id: memo, type: deadline, title: "Memo on the budget request", due: "2023-03-25 23:59" }
  - { id: draft, type: deadline, title: "Draft proposal (to the class)", due: "2023-03-20 23:59" }
  - { id: midterm, type: exam, title: Midterm exam, start: "2023-04-06 13:00", end: "2023-04-06 15:00" }
`,
  'schedules/test.yaml',
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const content = { schedule: loaded.value, faq: [], course: { name: 'X' } } as unknown as Content;
const now = new Date('2023-03-01T15:00:00Z'); // Wednesday 1 March

function day(question: string): string | null {
  const match = matchDayQuestion(question, content, now);
  return match ? renderScheduleAnswer(match, content, now) : null;
}

function when(question: string): string | null {
  const match = matchScheduleQuestion(question, content, now);
  return match ? renderScheduleAnswer(match, content, now) : null;
}

/** The day questions' replies of another schedule, written as YAML, asked at `at`. */
function dayReplies(yaml: string, at: Date): (question: string) => string | null {
  const parsed = parseSchedule(yaml, 'schedules/other.yaml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const c = { ...content, schedule: parsed.value } as Content;
  return (question) => {
    const match = matchDayQuestion(question, c, at);
    return match ? renderScheduleAnswer(match, c, at) : null;
  };
}

describe('GIVEN a question what a day is about', () => {
  it("WHEN it asks what is on a day's agenda or plan THEN the session then answers", () => {
    for (const q of ["What's on the agenda for March 9?", 'whats the plan for march 9']) {
      expect(day(q) ?? '', q).toContain('**Seminar: Granularity**: Thu, Mar 9, 2023');
    }
  });

  it('WHEN it asks what to read for the class on a date THEN the session then answers, with its readings', () => {
    for (const q of ['what are we reading for the class on march 30', 'what are the readings for march 30']) {
      const text = day(q) ?? '';
      expect(text).toContain('**Seminar: Modality and the budget request**: Thu, Mar 30, 2023');
      expect(text).toContain('Readings: Chapters 10 and 24.');
      expect(text).not.toContain('has no');
    }
  });

  it('WHEN it asks what is discussed or covered on a date THEN the session then answers, not an event of that word', () => {
    for (const q of ['what are we discussing on march 30', 'what are we covering on march 30']) {
      const text = day(q) ?? '';
      expect(text).toContain('The course schedule has, on Thu, Mar 30, 2023');
      expect(text).toContain('**Seminar: Modality and the budget request**');
    }
  });

  it('WHEN it asks the topic of next week THEN the session and the deadline with a description come, each described', () => {
    const text = day("what's the topic next week") ?? '';
    expect(text).toContain('**Seminar: Granularity**');
    expect(text).toContain('\n  Readings: Chapter 15.');
    expect(text).toContain('**Weekly reading log**');
    expect(text).toContain('\n  Three questions on the readings.');
    // (office hours are a session of no topic: left out)
    expect(text).not.toContain('Office hours');
  });

  it('WHEN "reading" names an event and the question is not what a day is about THEN it still names it', () => {
    expect(day('is there a reading log on march 8')).toContain('**Weekly reading log**');
  });

  it('WHEN a day past is a day without class THEN it is over, not "took place"', () => {
    const later = new Date('2023-03-10T15:00:00Z');
    const past = parseSchedule(
      `course: X
timezone: America/New_York
events:
  - { id: off, type: other, title: No class (Thursday), start: 2023-03-02 }
  - { id: s, type: lecture, title: Seminar, start: "2023-03-09 13:00", end: "2023-03-09 15:30" }
`,
      'schedules/past.yaml',
    );
    if (!past.ok) throw new Error('invalid');
    const c = { ...content, schedule: past.value } as Content;
    const match = matchDayQuestion('is there class on march 2', c, later);
    const text = match ? renderScheduleAnswer(match, c, later) : '';
    expect(text).toContain('**No class (Thursday)**: Thu, Mar 2, 2023, all day (over)');
  });
});

describe('GIVEN a "when" question', () => {
  it('WHEN it asks for the final exam and the only exam is a midterm THEN the schedule does not answer it', () => {
    expect(when('when is the final exam')).toBeNull();
    expect(when('when is the last exam')).toContain('**Midterm exam**');
    expect(when('when is the midterm')).toContain('**Midterm exam**');
  });

  it('WHEN it asks when class is THEN the classes answer, not a deadline that names the class in brackets', () => {
    const text = when('when is class') ?? '';
    expect(text).toContain('**Seminar: Introduction**: Thu, Mar 2, 2023');
    expect(text).not.toContain('Draft proposal');
  });

  it('WHEN it asks when something is talked about THEN the class answers, not a deadline with its words', () => {
    const text = when('when do we talk about the budget request') ?? '';
    expect(text).toContain('**Seminar: Modality and the budget request**');
    expect(text).not.toContain('Memo on the budget request');
    expect(when('when is the memo on the budget request due')).toContain('**Memo on the budget request**');
  });
});

describe('GIVEN "the final" alone', () => {
  const withFinal = parseSchedule(
    `course: X
timezone: America/New_York
events:
  - { id: mid, type: exam, title: Midterm exam, start: "2023-03-09 13:00", end: "2023-03-09 15:00" }
  - { id: fin, type: exam, title: Final exam, start: "2023-05-12 13:00", end: "2023-05-12 15:00" }
  - { id: rep, type: deadline, title: Final project report, due: "2023-05-05 23:59" }
`,
    'schedules/final.yaml',
  );
  if (!withFinal.ok) throw new Error('invalid');
  const c = { ...content, schedule: withFinal.value } as Content;

  it('WHEN asked when the final is THEN it is the final exam, not the final project report', () => {
    for (const q of ['when is the final', 'how many days until the final', "when's the final"]) {
      const match = matchScheduleQuestion(q, c, now);
      const text = match ? renderScheduleAnswer(match, c, now) : '';
      expect(text).toContain('**Final exam**: Fri, May 12, 2023');
      expect(text).not.toContain('Final project report');
    }
  });

  it('WHEN the only exam is a midterm THEN "the final" is not it', () => {
    expect(matchScheduleQuestion('when is the final', content, now)).toBeNull();
  });
});

describe('GIVEN a deadline earlier in the week asked about', () => {
  it('WHEN what is due this week is asked after it THEN it is said to have passed, not to have taken place', () => {
    const thursday = new Date('2023-03-09T15:00:00Z');
    const match = matchDayQuestion("what's due this week", content, thursday);
    const text = match ? renderScheduleAnswer(match, content, thursday) : '';
    expect(text).toContain('**Weekly reading log**: Wed, Mar 8, 2023, 1:00 PM EST (passed)');
  });
});

describe('GIVEN a day named by an event of its own ("is there class on thanksgiving")', () => {
  const ask = dayReplies(
    `course: X
timezone: America/New_York
events:
  - { id: class, type: lecture, title: Class, start: "2021-11-02 11:30", end: "2021-11-02 12:45", weekly_until: "2021-12-07" }
  - { id: vets, type: other, title: Veterans Day (no class), start: 2021-11-11 }
  - { id: reading, type: other, title: Reading day, start: 2021-12-08 }
  - { id: thanks, type: other, title: Thanksgiving recess (no classes), start: 2021-11-24, end: 2021-11-28 }
  - { id: proj, type: deadline, title: Project on Thanksgiving traditions, due: "2021-12-01 23:59" }
`,
    new Date('2021-11-01T15:00:00Z'),
  );

  it('WHEN the day is named by the event THEN that day is answered, with the event', () => {
    expect(ask('do we have class on veterans day')).toContain(
      'The course schedule has, on Thu, Nov 11, 2021:\n- **Veterans Day (no class)**',
    );
    expect(ask('is there class during veterans day')).toContain('**Veterans Day (no class)**');
    // ("day" is in "Reading day" too: the event named by more of the words is the one)
    expect(ask('is there class on reading day')).toContain(
      'no class on Wed, Dec 8, 2021. That day it has:\n- **Reading day**',
    );
  });

  it("WHEN it names a weekday beside the event THEN the day of the event is answered, not this week's", () => {
    // (Nov 1 is a Monday: "thursday" alone would be Nov 4)
    expect(ask('is class on thursday veterans day')).toContain(
      'on Thu, Nov 11, 2021:\n- **Veterans Day (no class)**',
    );
  });

  it('WHEN a weekday is placed before or after the day named THEN that weekday is answered', () => {
    // (Nov 1 is a Monday: "tuesday" alone would be Nov 2; class meets on Tuesdays)
    expect(ask('is there class the tuesday before veterans day')).toContain(
      'The course schedule has, on Tue, Nov 9, 2021',
    );
    expect(ask('is there class the tuesday after veterans day')).toContain('on Tue, Nov 16, 2021');
    expect(ask('anything on the tuesday before nov 20')).toContain('on Tue, Nov 16, 2021');
  });

  it('WHEN a weekday is placed by something that is no day THEN it is not a day question', () => {
    // (not this week's Tuesday, which the question does not ask about)
    expect(ask('is there class the tuesday before the project')).toBeNull();
  });

  it('WHEN what is read on a weekday is asked THEN "reading" is not the day named "Reading day"', () => {
    expect(ask('what are we reading on tuesday')).toContain('on Tue, Nov 2, 2021');
  });

  it("WHEN a word of the day is also another event's THEN it names no day", () => {
    // ("thanksgiving" is in a deadline's title too)
    expect(ask('is there class on thanksgiving')).toBeNull();
  });

  it('WHEN it does not ask what is on then THEN it is not a day question', () => {
    expect(ask('is veterans day a holiday')).toBeNull();
  });
});

describe('GIVEN a break from Wednesday to Friday ("the wednesday before thanksgiving")', () => {
  // (Oct 4 is a Wednesday)
  const ask = dayReplies(
    `course: X
timezone: America/Chicago
events:
  - { id: mon, type: lecture, title: Class, start: "2023-10-02 11:00", end: "2023-10-02 11:50", weekly_until: "2023-12-01" }
  - { id: wed, type: lecture, title: Class, start: "2023-10-04 11:00", end: "2023-10-04 11:50", weekly_until: "2023-12-01" }
  - { id: fri, type: lecture, title: Class, start: "2023-10-06 11:00", end: "2023-10-06 11:50", weekly_until: "2023-12-01" }
  - { id: thanks, type: other, title: Thanksgiving break (no class), start: 2023-11-22, end: 2023-11-24 }
  - { id: recess, type: other, title: Fall recess (no class), start: 2023-10-16, end: 2023-10-20 }
`,
    new Date('2023-10-04T15:00:00Z'),
  );

  it('WHEN the weekday before it is its own first day THEN that day is answered, in the break', () => {
    // (the Wednesday before Thanksgiving is the day before Thursday's holiday: the break's first day)
    expect(ask('is there class the wednesday before thanksgiving')).toContain(
      'The course schedule has, on Wed, Nov 22, 2023 (times in America/Chicago):\n- **Thanksgiving break (no class)**',
    );
    expect(ask('is there class the friday after thanksgiving')).toContain('on Fri, Nov 24, 2023');
  });

  it('WHEN the day off is only that weekday THEN it is that day, not the week before', () => {
    const ask1 = dayReplies(
      `course: X
timezone: America/Chicago
events:
  - { id: thanks, type: other, title: Thanksgiving (no class), start: 2023-11-22 }
`,
      new Date('2023-10-04T15:00:00Z'),
    );
    expect(ask1('is there class the wednesday before thanksgiving')).toContain('on Wed, Nov 22, 2023');
    // (a date is another matter: the wednesday before a Wednesday is the week before)
    expect(ask1('anything on the wednesday before nov 22')).toContain('on Wed, Nov 15, 2023');
  });

  it('WHEN the weekday is before or after the whole break THEN the day outside it is answered', () => {
    expect(ask('is there class the friday before fall recess')).toContain('on Fri, Oct 13, 2023');
    expect(ask('is there class the monday after fall recess')).toContain('on Mon, Oct 23, 2023');
  });
});

describe('GIVEN seven events of one name, two of them past', () => {
  const events = Array.from(
    { length: 7 },
    (_, k) =>
      `  - { id: p${k + 1}, type: other, title: "Group presentation: team ${['Lee', 'Kim', 'Park', 'Cho', 'Wu', 'Ng', 'Ito'][k]}", start: "2021-11-${String(2 + 3 * k).padStart(2, '0')} 11:30", end: "2021-11-${String(2 + 3 * k).padStart(2, '0')} 12:00" }`,
  ).join('\n');
  const seven = parseSchedule(
    `course: X\ntimezone: America/New_York\nevents:\n${events}\n`,
    'schedules/seven.yaml',
  );
  if (!seven.ok) throw new Error(JSON.stringify(seven.issues));
  const c = { ...content, schedule: seven.value } as Content;
  const at = new Date('2021-11-06T15:00:00Z');

  it('WHEN asked when they are THEN the five still to come come, and the reply says two have passed', () => {
    const match = matchScheduleQuestion('when is the group presentation', c, at);
    const text = match ? renderScheduleAnswer(match, c, at) : '';
    expect(text).toContain('**Group presentation: team Park**');
    expect(text).toContain('**Group presentation: team Ito**');
    expect(text).not.toContain('team Lee**');
    expect(text).toContain('(2 already passed.)');
  });
});

describe('GIVEN a "when" question with a greeting', () => {
  it('WHEN it starts with "hey" or ends with thanks THEN the schedule still answers it', () => {
    for (const q of ["hey when's the midterm", 'when is the midterm? thanks', 'ok when is the midterm']) {
      const match = matchScheduleQuestion(q, content, now);
      expect(match ? renderScheduleAnswer(match, content, now) : '').toContain('**Midterm exam**');
    }
  });
});

describe("GIVEN an ordinal word that is part of an event's name", () => {
  it('WHEN "when is exam 3 second version due" THEN it is that event, not the second of something', () => {
    const loaded = parseSchedule(
      `course: X
timezone: America/New_York
events:
  - { id: e3, type: exam, title: Exam 3, start: "2023-05-10 11:15", end: "2023-05-10 12:05" }
  - { id: e3b, type: deadline, title: Exam 3 second version, due: "2023-05-22 23:59" }
`,
      'schedules/second.yaml',
    );
    if (!loaded.ok) throw new Error('invalid');
    const c = { ...content, schedule: loaded.value } as Content;
    const match = matchScheduleQuestion('when is exam 3 second version due', c, now);
    expect(match ? renderScheduleAnswer(match, c, now) : '').toContain('**Exam 3 second version**: due');
  });
});

describe('GIVEN deadlines none of which has a date yet', () => {
  const undated = parseSchedule(
    `course: X
timezone: America/Chicago
events:
  - { id: interview, type: deadline, title: Interview project, tba: "week 5" }
  - { id: midterm, type: deadline, title: Midterm project, tba: "week 8" }
`,
    'schedules/undated.yaml',
  );
  if (!undated.ok) throw new Error('invalid');
  const c = { ...content, schedule: undated.value } as Content;
  const ask = (q: string) => {
    const match = matchScheduleQuestion(q, c, now);
    return match ? renderScheduleAnswer(match, c, now) : null;
  };

  it('WHEN a question names days THEN the listing says it cannot tell which fall then', () => {
    const text = ask("what's due this week") ?? '';
    expect(text).toMatch(/^None of these deadlines has a date in the course schedule yet, so I cannot tell/);
    expect(text).toContain('**Midterm project**');
  });

  it('WHEN it names no days THEN they are listed as the deadlines', () => {
    expect(ask('what are the deadlines')).toMatch(/^The deadlines:/);
  });
});

describe('GIVEN a few words with a date and no question word, as a search box is asked', () => {
  it.each(['march 30 topic', 'readings for march 30', 'mar 30 seminar'])(
    'WHEN "%s" is asked THEN the session then answers',
    (q) => {
      expect(day(q) ?? '', q).toContain('**Seminar: Modality and the budget request**: Thu, Mar 30, 2023');
    },
  );

  it('WHEN the words are many, or a question word asks something else THEN it is not read as asking about the day', () => {
    expect(day('i was sick on march 30 and missed the seminar so now i am behind')).toBeNull();
    expect(day('how long is the seminar on march 30')).toBeNull();
  });
});
