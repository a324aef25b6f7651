import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/content/content-error.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { localToInstant } from '../../src/time/local-time.ts';

const header = 'course: Test Course\ntimezone: Europe/Amsterdam\nevents:\n';

function problems(yaml: string): string[] {
  const result = parseSchedule(yaml, 'schedules/test.yaml');
  if (result.ok) return [];
  return result.issues.map(formatIssue);
}

describe('loading a schedule', () => {
  it('GIVEN every kind of event THEN it reads them with local times kept as written', () => {
    const result = parseSchedule(
      header +
        `  - id: a1
    type: deadline
    title: Assignment 1
    due: 2026-09-25 23:59
    url: https://example.org/a1
    remind: [7d, 1d, 2h]
  - id: practical-thu-a
    type: practical
    title: Practical
    group: thu-a
    start: "2026-09-10 13:30"
    end: "2026-09-10 15:15"
    weekly_until: "2026-10-15"
    skip: ["2026-10-01"]
    location: Room NU-4A05
  - id: lecture-1
    type: lecture
    title: Lecture 1
    start: "2026-09-07 11:00"
    end: "2026-09-07 12:45"
  - id: exam
    type: exam
    title: Exam
    start: "2026-10-21 08:30"
    end: "2026-10-21 11:15"
  - id: drinks
    type: other
    title: Drinks
    start: "2026-10-22 17:00"
    end: "2026-10-22 19:00"
`,
      'schedules/test.yaml',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [a1, practical] = result.value.events;
    expect(a1).toMatchObject({
      id: 'a1',
      type: 'deadline',
      start: '2026-09-25 23:59',
      remind: ['7d', '1d', '2h'],
    });
    expect(a1?.end).toBeUndefined();
    expect(practical).toMatchObject({ group: 'thu-a', weeklyUntil: '2026-10-15', skip: ['2026-10-01'] });
    expect(result.value.events.map((e) => e.type)).toEqual([
      'deadline',
      'practical',
      'lecture',
      'exam',
      'other',
    ]);
  });

  it('GIVEN an unquoted local time THEN it is read in the course zone, never as UTC', () => {
    const result = parseSchedule(
      header + '  - {id: a1, type: deadline, title: A1, due: 2026-09-25 23:59}\n',
      'x.yaml',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // 23:59 CEST (UTC+2) is 21:59 UTC.
    expect(localToInstant(result.value.events[0]!.start, 'Europe/Amsterdam').toISOString()).toBe(
      '2026-09-25T21:59:00.000Z',
    );
  });

  it('GIVEN an impossible time THEN the error names file, line, field and what does not exist', () => {
    const at = (due: string) =>
      problems(`${header}  - id: a1\n    type: deadline\n    title: A1\n    due: "${due}"\n`);
    expect(at('2026-13-40 25:00')).toEqual([
      'schedules/test.yaml:7 events[0].due: "2026-13-40 25:00" is not a real time: there is no month 13; months run from 01 to 12',
    ]);
    expect(at('2023-02-29 10:00')).toEqual([
      'schedules/test.yaml:7 events[0].due: "2023-02-29 10:00" is not a real time: February 2023 has 28 days',
    ]);
    expect(at('2024-02-29 24:00')).toEqual([
      'schedules/test.yaml:7 events[0].due: "2024-02-29 24:00" is not a real time: hours run from 00 to 23; the end of a day is 23:59, or 00:00 of the next day',
    ]);
    expect(at('2024-02-28 10:60')[0]).toMatch(/is not a real time: minutes run from 00 to 59$/);
    expect(at('Feb 28 10:00')[0]).toMatch(/"Feb 28 10:00" is not a local time YYYY-MM-DD HH:mm/);
  });

  it('GIVEN a year far from any term THEN it is refused as a typing slip', () => {
    const yaml =
      header +
      '  - id: a1\n    type: deadline\n    title: A1\n    due: "9999-12-31 23:59"\n' +
      '  - id: e\n    type: exam\n    title: E\n    start: "1970-01-01"\n' +
      '  - id: l\n    type: lecture\n    title: L\n    start: "2026-06-01 09:00"\n    end: "9999-06-01 12:00"\n';
    expect(problems(yaml)).toEqual([
      `schedules/test.yaml:7 events[0].due: "9999-12-31 23:59" is in the year 9999: check the year (a course's dates are from 2000 to 2099)`,
      `schedules/test.yaml:11 events[1].start: "1970-01-01" is in the year 1970: check the year (a course's dates are from 2000 to 2099)`,
      `schedules/test.yaml:16 events[2].end: "9999-06-01 12:00" is in the year 9999: check the year (a course's dates are from 2000 to 2099)`,
    ]);
    // (a group is not named like a kind of event, which `subscribe exam` reads as types)
    expect(
      problems(
        `${header}  - id: x\n    type: exam\n    title: X\n    start: "2026-06-01"\n    group: exam\n`,
      ),
    ).toEqual([
      'schedules/test.yaml:8 events[0].group: "exam" is a kind of event (deadline, practical, lecture, exam, other), which students filter by: name the group otherwise, such as "exam-group"',
    ]);
  });

  it('GIVEN a time with seconds ("11:59:59 pm" in a syllabus) THEN the error gives the time to write', () => {
    const yaml = header + '  - id: a1\n    type: deadline\n    title: A1\n    due: "2026-09-21 23:59:59"\n';
    expect(problems(yaml)).toEqual([
      'schedules/test.yaml:7 events[0].due: "2026-09-21 23:59:59" has seconds, which the schedule does not use: write "2026-09-21 23:59"',
    ]);
  });

  it('GIVEN a time on the 12-hour clock ("1:00 PM", "11:59 p.m.", "9am") THEN the error gives the time to write', () => {
    const yaml =
      header +
      '  - {id: a1, type: deadline, title: A1, due: "2026-09-21 11:59 p.m."}\n' +
      '  - {id: e1, type: exam, title: E1, start: "2026-12-14 1:00 PM", end: "2026-12-14 3:00 PM"}\n' +
      '  - {id: l1, type: lecture, title: L1, start: "2026-09-07 9am", end: "2026-09-07 12:30 am"}\n';
    expect(problems(yaml)).toEqual([
      'schedules/test.yaml:4 events[0].due: "2026-09-21 11:59 p.m." is on the 12-hour clock: write "2026-09-21 23:59"',
      'schedules/test.yaml:5 events[1].start: "2026-12-14 1:00 PM" is on the 12-hour clock: write "2026-12-14 13:00" (or a date YYYY-MM-DD for an all-day event)',
      'schedules/test.yaml:5 events[1].end: "2026-12-14 3:00 PM" is on the 12-hour clock: write "2026-12-14 15:00"',
      'schedules/test.yaml:6 events[2].start: "2026-09-07 9am" is on the 12-hour clock: write "2026-09-07 09:00" (or a date YYYY-MM-DD for an all-day event)',
      'schedules/test.yaml:6 events[2].end: "2026-09-07 12:30 am" is on the 12-hour clock: write "2026-09-07 00:30"',
    ]);
  });

  it('GIVEN a time skipped by the spring clock change THEN it is reported, not moved', () => {
    const yaml = header + '  - {id: a1, type: deadline, title: A1, due: "2026-03-29 02:30"}\n';
    expect(problems(yaml)[0]).toMatch(
      /events\[0\]\.due: "2026-03-29 02:30" does not exist in Europe\/Amsterdam/,
    );
  });

  it('GIVEN an unknown time zone THEN it says what is expected', () => {
    const yaml = 'course: X\ntimezone: Europe/Amsterdamm\nevents: []\n';
    expect(problems(yaml)).toEqual([
      'schedules/test.yaml:2 timezone: "Europe/Amsterdamm" is not an IANA time zone such as Europe/Amsterdam',
    ]);
  });

  it('GIVEN an empty file, or fields of the wrong kind, THEN each problem says what to write, not zod\'s "Invalid input"', () => {
    expect(problems('')).toEqual([
      'schedules/test.yaml: is empty: write its fields (name: value), as docs/adopting.md shows',
    ]);
    expect(problems('- course: X\n')).toEqual([
      'schedules/test.yaml:1: must be fields (name: value), each on a line of its own',
    ]);
    expect(
      problems(
        header +
          '  - id: a1\n    type: deadline\n    title: A1\n    due: "2026-09-25 23:59"\n    remind: 2d\n' +
          '    skip: 2026-10-01\n    location: 12\n    aliases: [a1, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t]\n' +
          '  -\n',
      ),
    ).toEqual([
      'schedules/test.yaml:9 events[0].skip: must be a list: [a, b], or one "- item" per line below it',
      'schedules/test.yaml:11 events[0].aliases: has more than 20 items',
      'schedules/test.yaml:10 events[0].location: must be text (put it in quotes)',
      'schedules/test.yaml:8 events[0].remind: must be a list: [a, b], or one "- item" per line below it',
      'schedules/test.yaml:12 events[1]: is empty: write its fields (name: value), as docs/adopting.md shows',
    ]);
  });

  it('GIVEN a field left blank or a zone written as a number THEN it is called empty or not a zone, not "put it in quotes" or "required"', () => {
    expect(problems('course:\ntimezone: Europe/Amsterdam\nevents: []\n')).toEqual([
      'schedules/test.yaml:1 course: is empty: write the course name shown in calendars',
    ]);
    expect(
      problems(
        'course: X\ntimezone: 5\nevents:\n  - {id: a1, type: deadline, title: , due: "2026-09-25 23:59"}\n',
      ),
    ).toEqual([
      'schedules/test.yaml:2 timezone: 5 is not a time zone: write an IANA time zone such as Europe/Amsterdam',
      'schedules/test.yaml:4 events[0].title: is empty: write a title',
    ]);
  });

  it('GIVEN duplicate ids THEN both places are named', () => {
    const yaml =
      header +
      '  - {id: a1, type: deadline, title: A1, due: "2026-09-25 23:59"}\n' +
      '  - {id: a1, type: deadline, title: A2, due: "2026-10-25 23:59"}\n';
    expect(problems(yaml)).toEqual([
      'schedules/test.yaml:5 events[1].id: "a1" is used twice (also events[0]); ids must be unique',
    ]);
  });

  it('GIVEN an end before its start THEN it is an error on the end field', () => {
    const yaml =
      header + '  - {id: x, type: exam, title: Exam, start: "2026-10-21 11:00", end: "2026-10-21 08:30"}\n';
    expect(problems(yaml)).toEqual([
      'schedules/test.yaml:4 events[0].end: "2026-10-21 08:30" is not after the start "2026-10-21 11:00" (leave "end" out when only the start is known)',
    ]);
  });

  it('GIVEN a comma inside { } splitting a value THEN the field without a value says to quote the value', () => {
    const yaml =
      header + '  - { id: a1, type: deadline, title: Essay (draft, final), due: "2026-09-25 23:59" }\n';
    const [problem] = problems(yaml);
    expect(problem).toMatch(
      /^schedules\/test\.yaml:4 events\[0\]\.final\): unknown field without a value: in \{ … \} a comma starts a new field, so a value with a comma in it goes in quotes/,
    );
  });

  it('GIVEN a type named as the syllabus names it ("lab", "Midterm", "assignment", "holiday") THEN the type it is is named', () => {
    const at = '"2026-09-25 10:00"';
    const yaml =
      header +
      `  - {id: l1, type: lab, title: Lab 1, start: ${at}}\n` +
      `  - {id: m1, type: Midterm, title: Midterm, start: ${at}}\n` +
      `  - {id: a1, type: assignment, title: A1, due: ${at}}\n` +
      `  - {id: h1, type: holiday, title: Labor Day, start: 2026-09-07}\n` +
      `  - {id: c1, type: class, title: Class 1, start: ${at}}\n` +
      `  - {id: l2, type: labs, title: Lab 2, start: ${at}}\n` +
      `  - {id: e1, type: exams, title: Exam, start: ${at}}\n`;
    const types = 'deadline, practical, lecture, exam, other';
    expect(problems(yaml)).toEqual([
      `schedules/test.yaml:4 events[0].type: "lab" is not one of ${types}: a lab is type practical`,
      `schedules/test.yaml:5 events[1].type: "Midterm" is not one of ${types}: a midterm is type exam`,
      `schedules/test.yaml:6 events[2].type: "assignment" is not one of ${types}: an assignment is type deadline`,
      `schedules/test.yaml:7 events[3].type: "holiday" is not one of ${types}: a holiday is type other`,
      `schedules/test.yaml:8 events[4].type: "class" is not one of ${types}: a class is type lecture`,
      `schedules/test.yaml:9 events[5].type: "labs" is not one of ${types}: a lab is type practical`,
      `schedules/test.yaml:10 events[6].type: "exams" is not one of ${types}: write exam`,
    ]);
  });

  it('GIVEN an unknown field THEN it is named with its line', () => {
    const yaml =
      header +
      '  - id: a1\n    type: deadline\n    title: A1\n    due: "2026-09-25 23:59"\n    colour: red\n';
    expect(problems(yaml)).toEqual([
      'schedules/test.yaml:8 events[0].colour: unknown field (check the spelling; the fields allowed here are id, type, title, description, group, tba, due, start, time, end, weekly_until, daily_until, skip, aliases, location, url, remind, late, canvas_id)',
    ]);
  });

  it('GIVEN several mistakes THEN all are reported at once', () => {
    const yaml =
      header +
      '  - {id: a1, type: deadline, title: A1, due: "tomorrow"}\n' +
      '  - {id: p1, type: practical, title: P, start: "2026-09-10 13:30", end: "2026-09-10 13:30"}\n' +
      '  - {id: Bad Id, type: party, title: ""}\n';
    const found = problems(yaml);
    expect(found).toHaveLength(5);
    expect(found.join('\n')).toMatch(/events\[0\]\.due: "tomorrow" is not a local time/);
    expect(found.join('\n')).toMatch(/events\[1\]\.end: "2026-09-10 13:30" is not after the start/);
    expect(found.join('\n')).toMatch(/events\[2\]\.id: "Bad Id" is not an id/);
    expect(found.join('\n')).toMatch(/events\[2\]\.type: "party" is not one of deadline, practical/);
    expect(found.join('\n')).toMatch(/events\[2\]\.title: is empty/);
  });

  it('GIVEN a skip date that is not a session of the series THEN it says which weekdays are', () => {
    const yaml =
      header +
      '  - {id: p, type: practical, title: P, start: "2026-09-10 13:30", end: "2026-09-10 15:00", weekly_until: "2026-10-15", skip: ["2026-10-02"]}\n';
    expect(problems(yaml)[0]).toMatch(
      /events\[0\]\.skip\[0\]: "2026-10-02" is not a date of this weekly series \(Thursdays/,
    );
  });

  it('GIVEN a bad lead time or a deadline with a start THEN each is explained', () => {
    const yaml =
      header +
      '  - {id: a, type: deadline, title: A, due: "2026-09-25 23:59", remind: [3x]}\n' +
      '  - {id: b, type: deadline, title: B, due: "2026-09-25 23:59", start: "2026-09-25 20:00"}\n';
    const found = problems(yaml).join('\n');
    expect(found).toMatch(/events\[0\]\.remind\[0\]: "3x" is not a lead time like 7d, 1w, 2h or 30m/);
    expect(found).toMatch(/events\[1\]\.start: a deadline has "due" only/);
  });

  it('GIVEN a group written as the syllabus names it ("Tuesday section") THEN the id to write is given', () => {
    const lab = (group: string) =>
      `  - {id: l-${group.length}, type: practical, title: Lab, start: "2026-09-08 14:00", group: "${group}"}\n`;
    expect(problems(header + lab('Tuesday section') + lab('Thu (B)'))).toEqual([
      'schedules/test.yaml:4 events[0].group: "Tuesday section" is not a group id: use lowercase letters, digits, "-" or "_", such as "tuesday-section"',
      'schedules/test.yaml:5 events[1].group: "Thu (B)" is not a group id: use lowercase letters, digits, "-" or "_", such as "thu-b"',
    ]);
  });

  it('GIVEN an event with only an id THEN the missing fields are named as required', () => {
    expect(problems(header + '  - id: lonely\n')).toEqual([
      'schedules/test.yaml:4 events[0].type: is required: one of deadline, practical, lecture, exam, other',
      'schedules/test.yaml:4 events[0].title: is required: a title',
    ]);
  });

  it('GIVEN the usual YAML mistakes THEN the first is named with its fix, and the errors that follow from it are only counted', () => {
    const event = '  - id: a1\n    type: deadline\n    title: A1\n    due: "2026-09-25 23:59"\n';
    expect(problems(header + event.replace('title: A1', 'title: Exam: dates'))).toEqual([
      'schedules/test.yaml:6: not valid YAML: Nested mappings are not allowed in compact mappings (a value with a colon and a space in it goes in quotes: title: "Exams: dates and rooms")',
    ]);
    // (the same complaint from a field indented one space too far names that line, not a colon)
    expect(problems(header + event.replace('    due:', '     due:'))[0]).toMatch(
      /^schedules\/test\.yaml:6: not valid YAML: Nested mappings are not allowed in compact mappings \(line 7 is indented differently from the fields around it: fields of one entry start in one column\)/,
    );
    // (and from a list item put in the column of the fields, below the items of its list)
    expect(problems(header + event + '    remind:\n      - 2d\n    - 2h\n')[0]).toMatch(
      /^schedules\/test\.yaml:10: not valid YAML: .* \(line 10 is a list item \("- "\) in the column of the entry's fields: the items of a list go under its field, in the column of the items before them\)/,
    );
    expect(problems(header + event.replace('    title', '\ttitle') + event.replace('a1', 'a2'))).toEqual([
      'schedules/test.yaml:6: not valid YAML: Tabs are not allowed as indentation (indent with spaces) and 5 more problems, which may follow from it: fix it, then validate again',
    ]);
    expect(problems(header + event + '---\n' + event)).toEqual([
      'schedules/test.yaml:8: not valid YAML: a line "---" starts a second document: remove it (a file holds one list or one set of fields)',
    ]);
  });

  it('GIVEN text that is not YAML THEN the line of the syntax error is given', () => {
    const found = problems('course: X\ntimezone: Europe/Amsterdam\nevents:\n  - id: [unclosed\n');
    expect(found[0]).toMatch(/^schedules\/test\.yaml:\d+: not valid YAML/);
  });
});
