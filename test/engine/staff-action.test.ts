// A question that asks the staff to act for the student (enrol or drop them, approve or waive something, fix a
// record, write a letter of recommendation) goes to the staff when nothing answers it: no content does these.
import { describe, expect, it } from 'vitest';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { asksStaffToAct } from '../../src/engine/staff-action.ts';
import { botany } from './fixtures.ts';

describe('GIVEN the forms of asking the staff to act', () => {
  it.each([
    'can u unenroll me from this course',
    'I would like to take the course pass/fail; can you approve that for me?',
    'webassign shows a lower score than moodle, can someone fix it',
    'enrollment override please',
    'drop me from the course',
    'Would Professor Lee be willing to write me a letter of recommendation?',
  ])('WHEN "%s" is read THEN it asks the staff to act', (q) => {
    expect(asksStaffToAct(q)).toBe(true);
  });

  it.each([
    'can you tell me when the field trip is',
    'can you explain how the essay is graded',
    'Can you write me a cover letter for an internship?',
    'what is the last day to drop the course',
    'is the lowest lab grade dropped',
  ])('WHEN "%s" is read THEN it does not', (q) => {
    expect(asksStaffToAct(q)).toBe(false);
  });
});

describe('GIVEN a course whose content does not answer such a request', () => {
  const engine = getAnswerEngine(botany());
  const now = new Date('2030-02-10T12:00:00Z');

  it('WHEN a student asks to be unenrolled THEN the reply sends them to the staff', () => {
    const reply = engine.answer('can u unenroll me from this course', now);
    expect(reply.kind).toBe('redirect');
    expect(reply.text).toContain('mailto:');
  });
});
