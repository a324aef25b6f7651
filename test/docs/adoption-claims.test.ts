// What the adoption docs promise where two TAs were unsure: decimal grade cut-offs (course-file.md), that a place
// answer needs a place word, a building's name alone not being one, and how a break is written (adopting.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent, PROJECT_ROOT } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { courseSchema } from '../../src/content/schemas.ts';
import { matchScheduleQuestion, renderScheduleAnswer } from '../../src/engine/schedule-questions.ts';
import { allOccurrences } from '../../src/schedule/schedule.ts';
import { answersQuestionType } from '../../src/engine/answer-type.ts';
import { estimateWeighted } from '../../src/grade/weighted.ts';

describe('GIVEN grade cut-offs with decimals (from: 92.5)', () => {
  const course = courseSchema.parse(
    parse(`name: ASTRON 101
contacts: { email: astron@umass.edu }
grading:
  components: [{ id: total, name: Total, weight: 100, count: 1 }]
  final:
    rule: weighted
    cutoffs: [{ grade: A, from: 92.5 }, { grade: A-, from: 89.5 }, { grade: F, from: 0 }]
  late: { policy: not_accepted }
`),
  );
  const grade = (score: number) => estimateWeighted(course.grading!, new Map([['total', [score]]])).grade;
  it('WHEN a score is at or just below one THEN the grade changes at the decimal', () => {
    expect([grade(92.5), grade(92.4), grade(89.5), grade(89.4)]).toEqual(['A', 'A-', 'A-', 'F']);
  });
});

describe('GIVEN a "where" question', () => {
  const where = 'where are the lectures held';
  it('WHEN the answer gives only a building name and number THEN it does not answer it', () => {
    expect(answersQuestionType(where, 'Lectures are in 225 Morrill III.', [])).toBe(false);
  });
  it('WHEN it has a place word (room, building) THEN it does', () => {
    expect(answersQuestionType(where, 'Lectures are in room 225, Morrill III.', [])).toBe(true);
    expect(answersQuestionType(where, 'Lectures are in the Morrill III building.', [])).toBe(true);
  });
});

describe('GIVEN a break written as adopting.md shows (an all-day event over its days, and skip in weekly classes)', () => {
  const docs = readFileSync(path.join(PROJECT_ROOT, 'docs/adopting.md'), 'utf8');
  const example = /\*\*A break\.\*\*[\s\S]*?```yaml\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
  const loaded = parseSchedule(
    `course: GIS\ntimezone: America/New_York\nevents:\n${example}`,
    'schedule.yaml',
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const content = { ...loadContent(), schedule: loaded.value };
  const now = new Date('2023-03-01T12:00:00Z');
  const ask = (q: string) => {
    const match = matchScheduleQuestion(q, content, now);
    return match ? renderScheduleAnswer(match, content, now) : '';
  };
  it('WHEN asked when the break is THEN its days are given, all day', () => {
    for (const q of ['when is spring break', 'when is there no class'])
      expect(ask(q)).toContain('**Spring break (no classes)**: Sat, Mar 11 to Sun, Mar 19, 2023, all day');
  });
  it('WHEN asked when class is THEN the next class, not the break, and no class in the break', () => {
    expect(ask('when is class')).toContain('Class (Tuesday)');
    expect(ask('when is class')).not.toContain('Spring break');
    expect(allOccurrences(loaded.value).map((o) => o.date)).not.toContain('2023-03-14');
  });
});

describe('GIVEN a day whose time is announced later, written as adopting.md shows (time: tba)', () => {
  const docs = readFileSync(path.join(PROJECT_ROOT, 'docs/adopting.md'), 'utf8');
  const example =
    /\*\*A day whose time is announced later\.\*\*[\s\S]*?```yaml\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
  const loaded = parseSchedule(
    `course: Statistics\ntimezone: Europe/Amsterdam\nevents:\n${example}`,
    'schedule.yaml',
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const content = { ...loadContent(), schedule: loaded.value };
  it('WHEN asked when it is THEN the reply is the one the docs quote', () => {
    const now = new Date('2027-03-01T10:00:00Z');
    const match = matchScheduleQuestion('when is midterm 1', content, now);
    expect(match && renderScheduleAnswer(match, content, now)).toContain(
      '**Midterm 1**: Wed 10 Mar 2027, time to be announced (in 9 days)',
    );
    expect(docs).toContain('"Wed 10 Mar 2027, time to be announced (in 9');
  });
});
