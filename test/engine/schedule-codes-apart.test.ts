// A code an event has as an alias ("ps6") is the same name written apart ("ps 6"), as the course-file guide says:
// "when is ps 6 due" finds it. A name and number that some event has apart ("hw 1" of "HW 1") keep their meaning.
import { describe, expect, it } from 'vitest';
import { aboutIds, scheduleOnly, whenIds } from './fixtures.ts';

const content = scheduleOnly(
  `course: CS 120 Programming
timezone: America/Chicago
events:
  - { id: ps4a, type: deadline, title: Problem Set 4A, aliases: [ps4a, ps 4a], due: "2024-02-20 09:50", description: Recursion drills }
  - { id: ps6, type: deadline, title: Problem Set 6, aliases: [ps6, pset 6], due: "2024-03-01 09:50", description: Loops }
  - { id: hw1, type: deadline, title: HW 1, due: "2024-02-01 21:00" }
  - { id: hw2, type: deadline, title: HW 2, due: "2024-02-08 21:00" }
`,
  { name: 'Programming', code: 'CS 120' },
);
const now = new Date('2024-01-15T15:00:00Z');
const ids = (question: string) => whenIds(question, content, now);

describe('GIVEN a deadline with the alias "ps6" and another with both "ps4a" and "ps 4a"', () => {
  it('WHEN "ps 6" is asked THEN the event with the code "ps6" answers, as "ps6" does', () => {
    expect(ids('when is ps6 due')).toEqual(['ps6']);
    expect(ids('when is ps 6 due')).toEqual(['ps6']);
    expect(ids('ps 6 deadline')).toEqual(['ps6']);
  });

  it('WHEN what such an event is about is asked apart THEN it is found too', () => {
    expect(aboutIds('what is ps 6 about', content)).toEqual(['ps6']);
  });

  it('WHEN a name and number some event has apart are asked THEN they still find it', () => {
    expect(ids('when is hw 2 due')).toEqual(['hw2']);
    expect(ids('when is hw2 due')).toEqual(['hw2']);
    expect(ids('when is ps 4a due')).toEqual(['ps4a']);
  });

  it('WHEN a code no event has is asked apart THEN nothing is found', () => {
    expect(ids('when is ps 9 due')).toBeNull();
  });
});
