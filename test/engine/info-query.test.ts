// A short query that ends in what it wants to know ("regrade deadline", "extension request form") asks about a kind
// of private request, not for one: it is not sent to the staff, though its other words are a request's.
import { describe, expect, it } from 'vitest';
import { getAnswerEngine } from '../../src/engine/index.ts';
import {
  asksAboutNotFor,
  asksHypothetically,
  asksInGeneral,
  asksForTheRule,
} from '../../src/engine/info-query.ts';
import { botany, modelWithGateAt } from './fixtures.ts';

describe('GIVEN short queries', () => {
  it.each([
    'regrade deadline',
    'Withdrawal deadline?',
    'extension request form',
    'lab times',
    'extension policy',
  ])('WHEN "%s" is read THEN it asks about something', (q) => {
    expect(asksAboutNotFor(q)).toBe(true);
  });

  it.each([
    'regrade request',
    'sign my withdrawal form',
    'can i get more time',
    'sick, missed deadline',
    'lab report after the deadline',
    'deadline',
    'what happens if I miss the deadline for the regrade',
  ])('WHEN "%s" is read THEN it does not', (q) => {
    expect(asksAboutNotFor(q)).toBe(false);
  });
});

describe('GIVEN a case put about someone in general', () => {
  it.each([
    'What happens if someone copies answers from a website?',
    "If a student is sick on the day of an exam, what's needed to get a make-up?",
    'Suppose someone posts an extension request and nobody answers. Is it approved?',
    'just to understand the policy: if someone submits 10 hours late, how much is taken off',
    'what happens if someone loses their student ID card before the exam',
  ])('WHEN "%s" is read THEN it asks what the rules say', (q) => {
    expect(asksHypothetically(q)).toBe(true);
  });

  it.each([
    'If someone in my group is sick, can we hand in late?',
    "I'm sick, what if someone else hands in my report?",
    'someone copied my code, what do I do',
    'can someone check my grade',
  ])('WHEN "%s" is read THEN it is about the student\'s own case', (q) => {
    expect(asksHypothetically(q)).toBe(false);
  });
});

describe('GIVEN a question that opens by asking what the student must do', () => {
  it.each([
    "What do I need if I'm ill on the day of a field test?",
    'what should we do if a lab partner stops answering messages',
    'What do I have to do to get a make-up if two tests fall at the same time?',
    'what do i need to send before a planned absence',
    'how long do I have to ask for a regrade of my lab report',
    'How many days do we get after marks are posted to appeal?',
    'by when do i need to hand in my accommodation letter',
    'what makes up my grade',
    'how is my final mark calculated',
    'can i get an extension on a lab report in general or nah',
    'In principle, can a missed field test be made up?',
  ])('WHEN "%s" is read THEN it asks the rule for a case', (q) => {
    expect(asksForTheRule(q)).toBe(true);
  });

  it.each([
    'I was ill last week and missed the field test, what do I do now?',
    'what should i do, i missed the field test',
    'what do i do now',
    'what should I do about my grade',
    'how long is the field test',
    'how long will you take to regrade my lab',
    'what is my grade',
    'how will you work out my grade after the regrade',
    'what should I do, my grade was calculated wrong',
    'how do I fix my grade which was calculated wrong',
    'can i get an extension on my lab report, i generally do well',
  ])('WHEN "%s" is read THEN it does not', (q) => {
    expect(asksForTheRule(q)).toBe(false);
  });

  // (with the gate's threshold near 0, every other question is a request to it)
  const model = modelWithGateAt(botany(), 1e-6);

  it('WHEN the case follows as a condition THEN it is no request for the staff; told first, it is', () => {
    expect(model.decide("what do I need if I'm ill and miss a lab").kind).not.toBe('redirect');
    expect(model.decide("I'm ill and missed a lab, what do I need?").kind).toBe('redirect');
  });

  it('WHEN it asks how long the student has to ask for something THEN it asks the time limit, no request', () => {
    expect(model.decide('how long do I have to ask for a regrade of my lab report').kind).not.toBe(
      'redirect',
    );
    expect(model.decide('I want a regrade of my lab report').kind).toBe('redirect');
  });

  it("WHEN it asks how the student's grade is made up THEN it asks the rule, no request", () => {
    expect(model.decide('what makes up my grade').kind).not.toBe('redirect');
    expect(model.decide('what is my grade').kind).toBe('redirect');
  });

  it('WHEN it says it asks in general THEN it asks the rule, no request', () => {
    expect(model.decide('can i hand in my report late in general').kind).not.toBe('redirect');
    expect(model.decide('can i hand in my report late').kind).toBe('redirect');
  });
});

describe('GIVEN questions what is so', () => {
  it.each([
    'Will the lowest lab score be dropped?',
    'are the lectures recorded?',
    'how many labs may be missed',
    'is late work accepted after a week',
  ])('WHEN "%s" is read THEN it asks in general', (q) => {
    expect(asksInGeneral(q)).toBe(true);
  });

  it.each([
    'will my lowest score be dropped',
    'do we get a certificate at the end',
    'will you regrade it',
    'can someone check the grade',
    'is it ok if I hand in late',
    'extension for a family emergency',
    // (a question word starts it only as a word of its own)
    'whoever grades the lab should drop the lowest score',
  ])('WHEN "%s" is read THEN it does not', (q) => {
    expect(asksInGeneral(q)).toBe(false);
  });

  // (with the gate's threshold near 0, every other question is a request to it)
  const model = modelWithGateAt(botany(), 1e-6);

  it('WHEN it says nothing of the student THEN it is no request for the staff', () => {
    expect(model.decide('will the lowest lab grade be dropped').kind).not.toBe('redirect');
    expect(model.decide('how many absences are allowed').kind).not.toBe('redirect');
    expect(model.decide('will my lowest lab grade be dropped').kind).toBe('redirect');
  });

  it('WHEN it asks about the channel the staff do not answer THEN that reply still comes', () => {
    const d = model.decide("why don't the teachers answer Moodle messages?");
    expect(d.kind === 'redirect' && d.reason).toBe('channel');
  });
});

describe('GIVEN a course whose FAQ says nothing on regrades', () => {
  const engine = getAnswerEngine(botany());
  const now = new Date('2030-02-10T12:00:00Z');

  it('WHEN a student asks for the regrade deadline THEN the reply is not a redirect to the staff', () => {
    expect(engine.answer('regrade deadline', now).kind).toBe('fallback');
    expect(engine.answer('extension request form', now).kind).toBe('fallback');
  });

  it('WHEN a student asks what happens if a student misses a lab THEN it is not sent to the staff', () => {
    expect(engine.answer('If a student is ill and misses the lab, can they make it up?', now).kind).not.toBe(
      'redirect',
    );
    expect(engine.answer('I was ill and missed the lab, can I make it up?', now).kind).toBe('redirect');
  });

  it('WHEN a student asks for a regrade THEN it goes to the staff', () => {
    expect(engine.answer('regrade request', now).kind).toBe('redirect');
  });
});
