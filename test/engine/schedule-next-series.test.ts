// "When is the next class" of a course whose lectures are two weekly series of no group ("Lecture (Tuesday)",
// "Lecture (Thursday)"): the soonest session. Series of parallel groups ("Lab (Monday group)") each give their next.
import { describe, expect, it } from 'vitest';
import { scheduleOnly, whenIds } from './fixtures.ts';

const content = scheduleOnly(
  `course: CS 28 Language
timezone: America/New_York
events:
  - { id: tue, type: lecture, title: Lecture (Tuesday), start: "2021-09-07 09:45", end: "2021-09-07 11:00", weekly_until: "2021-11-30", skip: ["2021-11-16"] }
  - { id: thu, type: lecture, title: Lecture (Thursday), start: "2021-09-02 09:45", end: "2021-09-02 11:00", weekly_until: "2021-12-02" }
  - { id: lab-mon, type: practical, title: Lab (Monday group), group: mon, start: "2021-09-06 14:00", end: "2021-09-06 16:00", weekly_until: "2021-11-29" }
  - { id: lab-wed, type: practical, title: Lab (Wednesday group), group: wed, start: "2021-09-08 14:00", end: "2021-09-08 16:00", weekly_until: "2021-12-01" }
`,
  { name: 'Language', code: 'CS 28' },
);
const tuesday = new Date('2021-11-09T17:00:00Z'); // after Tuesday's lecture

describe('GIVEN two weekly lecture series of no group and two lab series of parallel groups', () => {
  it('WHEN the next class is asked THEN the soonest lecture answers alone', () => {
    expect(whenIds('when is the next class', content, tuesday)).toEqual(['thu']);
    expect(whenIds('when is the next lecture', content, tuesday)).toEqual(['thu']);
  });

  it("WHEN the next lab is asked THEN each group's next answers", () => {
    expect(whenIds('when is the next lab', content, tuesday)).toEqual(['lab-mon', 'lab-wed']);
  });
});
