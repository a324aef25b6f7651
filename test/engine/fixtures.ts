// Content for engine tests: the shipped FAQ and course file with a schedule fixed here, so dates are the test's own.
import { loadContent, type Content } from '../../src/content/load-content.ts';
import type { ScheduleEvent } from '../../src/schedule/schedule.ts';

const deadline = (id: string, title: string, due: string): ScheduleEvent => ({
  id,
  type: 'deadline',
  title,
  start: due,
  skip: [],
});

export function testContent(): Content {
  const shipped = loadContent();
  return {
    ...shipped,
    schedule: {
      file: 'test-schedule.yaml',
      course: 'Deep Learning',
      timezone: 'Europe/Amsterdam',
      events: [
        deadline('a1', 'Assignment 1', '2030-02-20 23:59'),
        deadline('a2', 'Assignment 2', '2030-03-06 23:59'),
        deadline('a3', 'Assignment 3', '2030-03-20 23:59'),
        deadline('a4', 'Assignment 4', '2030-03-27 23:59'),
        {
          id: 'exam',
          type: 'exam',
          title: 'Exam',
          start: '2030-04-02 08:30',
          end: '2030-04-02 11:15',
          location: 'Sports hall',
          skip: [],
        },
      ],
    },
  };
}
