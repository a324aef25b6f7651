// What the adoption docs promise where two TAs were unsure: decimal grade cut-offs (course-file.md) and that a place
// answer needs a place word, a building's name alone not being one (adopting.md).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { courseSchema } from '../../src/content/schemas.ts';
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
