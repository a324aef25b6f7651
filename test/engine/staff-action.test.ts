// A question that asks the staff to act for the student (enrol or drop them, approve or waive something, fix a
// record, write a letter of recommendation) goes to the staff when nothing answers it: no content does these.
import { describe, expect, it } from 'vitest';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { asksStaffOnly, asksStaffToAct, asksStaffToActForMe } from '../../src/engine/staff-action.ts';
import type { LoadedFaqEntry } from '../../src/content/load-faq.ts';
import { botany } from './fixtures.ts';

describe('GIVEN the forms of asking the staff to act', () => {
  it.each([
    'can u unenroll me from this course',
    'I would like to take the course pass/fail; can you approve that for me?',
    'webassign shows a lower score than moodle, can someone fix it',
    'enrollment override please',
    'drop me from the course',
    'Would Professor Lee be willing to write me a letter of recommendation?',
    'registered late and missed the first labs, can u open them for me',
    'the portal crashed last night, can u still accept it??',
    'my lab quiz counted as late, any chance you could excuse it',
    'is there any way the professor could move my presentation to friday',
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

describe('GIVEN what only the staff give', () => {
  it.each([
    'Would Professor Lee be willing to write me a recommendation letter for an internship?',
    'how do i get the professor to write me a letter of recommendation',
    'drop me from the course',
  ])('WHEN "%s" is read THEN it asks for it', (q) => {
    expect(asksStaffOnly(q)).toBe(true);
  });

  it.each(['how do i write a recommendation letter', 'Can you write me a cover letter?', 'can you fix it'])(
    'WHEN "%s" is read THEN it does not',
    (q) => {
      expect(asksStaffOnly(q)).toBe(false);
    },
  );
});

describe('GIVEN a course whose content does not answer such a request', () => {
  const engine = getAnswerEngine(botany());
  const now = new Date('2030-02-10T12:00:00Z');

  it('WHEN a request for a letter of recommendation is near an off-topic example THEN it still goes to the staff', () => {
    const question = 'how do i get the professor to write me a letter of recommendation';
    const decision = engine.model.decide(question);
    expect(decision.kind === 'fallback' && decision.declined?.by).toBe('engine');
    expect(engine.answer(question, now).kind).toBe('redirect');
    // (writing one's own letter is not the staff's)
    expect(engine.answer('how do i write a recommendation letter', now).kind).toBe('fallback');
  });

  it('WHEN a student asks to be unenrolled THEN the reply sends them to the staff', () => {
    const reply = engine.answer('can u unenroll me from this course', now);
    expect(reply.kind).toBe('redirect');
    expect(reply.text).toContain('mailto:');
  });
});

describe("GIVEN a course whose FAQ says something on the subject of a request to act on the student's own case", () => {
  const now = new Date('2030-02-10T12:00:00Z');

  it('WHEN a student asks the staff to approve their essay topic THEN it goes to the staff, with the essay entry', () => {
    const reply = getAnswerEngine(botany()).answer('can you approve my essay topic on orchids?', now);
    expect(reply.kind).toBe('redirect');
    expect(reply.text).toContain('mailto:');
    expect(reply.text).toContain('What the course information says about **The final essay**');
    expect(reply.sources.map((s) => s.id)).toEqual(['essay']);
  });

  it('WHEN a student asks what the rule is ("will you accept late work?") THEN the entry answers', () => {
    const reply = getAnswerEngine(botany()).answer('will you accept late work?', now);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('late-work');
  });

  it('WHEN the entry was written for such requests (a phrasing of its own asks one) THEN it answers them', () => {
    const content = botany();
    const faq = content.faq.map((e) =>
      e.id === 'essay' ? { ...e, questions: [...e.questions, 'can you approve my essay topic'] } : e,
    );
    const reply = getAnswerEngine({ ...content, faq }).answer(
      'can you approve my essay topic on orchids?',
      now,
    );
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('essay');
  });
});

describe("GIVEN the forms of asking the staff to act on the student's own case", () => {
  it.each([
    'im at 93.6% can u bump me up to an A',
    'could you extend the deadline for me',
    'can the teacher round it up to 5.5?',
    'can u just add me to the class',
    'excuse me from the demo',
    // (the act asked for last, on what the student said of their own work before it)
    'the gradebook says i never turned in lab 2 but i did, could someone fix?',
    'my essay got marked as missing, can u reopen pls',
    'any chance u could bump it to a pass',
    // (a request put as a few words: the act, and a numbered piece of work, "please" or what it is for)
    'regrade quiz 4',
    'extension on essay 2',
    'reschedule test 1 please',
    'makeup for the missed field trip',
    'drop the course help',
  ])('WHEN "%s" is read THEN it asks so', (q) => {
    expect(asksStaffToActForMe(q)).toBe(true);
  });

  it.each([
    'will you accept late work if I am sick?',
    'enrollment override please',
    'can you fix the typo in the slides',
    // (nothing of the student's own before the act: a broken page, not their case)
    'the link to the reading is broken, can someone fix?',
    'any chance the deadline moves?',
    // (a few words that ask the rule, or what it wants to know, or with nothing of the student's own)
    'extension policy for essays',
    'regrade deadline',
    'extension request form',
    'switch sections',
    'drop lowest quiz?',
    'is there a makeup for quiz 2',
  ])('WHEN "%s" is read THEN it does not', (q) => {
    expect(asksStaffToActForMe(q)).toBe(false);
  });
});

describe('GIVEN a FAQ entry on a piece of work that a request put as a few words names', () => {
  const base = botany();
  const reports: LoadedFaqEntry = {
    id: 'lab-reports',
    title: 'Lab reports',
    questions: [
      'what is in a lab report',
      'how long is a lab report',
      'lab report 2 length',
      'how are the lab reports graded',
      'what does lab report 3 ask',
      'lab report format',
    ],
    tags: [],
    answer: 'Each **lab report** is at most **four pages**, written alone, and graded on a 10-point rubric.',
    see_also: [],
    file: 'faq/entries.yaml',
    line: null,
  };
  const engine = getAnswerEngine({ ...base, faq: [...base.faq, reports] });
  const now = new Date('2030-02-10T12:00:00Z');

  it.each(['regrade lab report 2', 'lab report 3 regrade pls', 'makeup for lab report 1'])(
    'WHEN "%s" is asked THEN it goes to the staff, with the entry',
    (q) => {
      const reply = engine.answer(q, now);
      expect(reply.kind).toBe('redirect');
      expect(reply.sources.map((s) => s.id)).toEqual(['lab-reports']);
    },
  );

  it.each(['lab report regrade policy', 'lab report 2 length'])(
    'WHEN "%s" is asked THEN the entry answers',
    (q) => {
      expect(engine.answer(q, now).kind).toBe('answer');
    },
  );
});
