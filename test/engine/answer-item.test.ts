// A question about one numbered item of a series, checked against the answer that would be given.
import { describe, expect, it } from 'vitest';
import { answersItem } from '../../src/engine/answer-item.ts';
import { answersQuestionType } from '../../src/engine/answer-type.ts';

describe('GIVEN a question about one numbered item ("quiz 1", "hw6", "week 10")', () => {
  it.each([
    ['When is Quiz 1?', 'There are 4 quizzes. **Quiz 3**: Thursday 11/04. **Quiz 4**: Tuesday 11/30.'],
    ['what is due for milestone 2', 'Milestone 1 is the proposal; Milestone 3 is the demo.'],
    ['is hw2 in pairs', 'HW4 and HW7 are individual.'],
  ])('WHEN "%s" meets an answer on other items only THEN it does not answer', (q, answer) => {
    expect(answersItem(q.toLowerCase(), answer)).toBe(false);
    expect(answersQuestionType(q, answer, [])).toBe(false);
  });

  it.each([
    ['when is quiz 1', 'Quiz 1: Thursday 9/23. Quiz 2: Thursday 10/14.'],
    ['when is quiz 2', 'Quizzes 1 and 2 are in class; quizzes 3-4 are online.'],
    ['when is quiz 4', 'Quizzes 1 and 2 are in class; quizzes 3-4 are online.'],
    ['when is quiz 1', 'The first quiz is in week 3; Quiz 3 is after the break.'],
    [
      'penalty for forgetting the group on hw6',
      'Up to HW3 there is no penalty. From HW4 on, both lose a point.',
    ],
    ['week 10 topics', 'By week: 1. Introduction 2. Tools 10. Design studio 14. Finals week'],
    ['when is quiz 1', 'Quizzes are on Thursdays, announced a week ahead.'],
    ['is there class on march 23', 'No class on March 16 and 30.'],
    ['is the essay worth 10%', 'The essay is worth 15%; quizzes are worth 20%.'],
  ])('WHEN "%s" meets "%s" THEN it is not refused for its number', (q, answer) => {
    expect(answersItem(q, answer)).toBe(true);
  });
});
