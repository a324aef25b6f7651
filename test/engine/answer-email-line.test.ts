// The "E-mail:" line an answer that mentions e-mail gets: the course's address, unless the answer gives an address
// itself (another office's, which the course's would contradict, or the course's own).
import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../src/content/schemas.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { renderAnswer } from '../../src/engine/render.ts';
import { botany } from './fixtures.ts';

const content = botany();
const COURSE_LINE = 'E-mail: [bot101@example.edu](mailto:bot101@example.edu) (Dr. Ada Fern)';
const entry = (answer: string, title = 'An entry'): FaqEntry => ({
  id: 'entry',
  title,
  questions: ['a', 'b'],
  tags: [],
  answer,
  see_also: [],
});

describe('GIVEN an answer that mentions e-mail', () => {
  it('WHEN it gives no address THEN the course address is added', () => {
    const text = renderAnswer(entry('For a new key card, e-mail the coordinator.'), content.course);
    expect(text).toContain(COURSE_LINE);
  });

  it.each([
    'Key cards are handled by the facilities office: e-mail facilities@example.org, not the course staff.',
    'Write to the participant pool office (<pool-office@dept.example.edu>) by e-mail.',
    'E-mail the [department](mailto:botany-dept@example.edu) for a transcript.',
    // (an address kept as the syllabus redacted it names the office too)
    'Sign up through the participant pool office: e-mail <EMAIL> with your student number.',
    'For illness, e-mail the student advocacy office ([redacted e-mail]).',
  ])('WHEN it gives another office\'s address ("%s") THEN the course address is not added', (answer) => {
    const text = renderAnswer(entry(answer), content.course);
    expect(text).not.toContain('E-mail:');
    expect(text).not.toContain('bot101@example.edu');
  });

  it.each([
    'If you miss a quiz, you will receive an email to schedule a make-up with the testing center.',
    'Check your e-mail daily: announcements go out through Canvas.',
    'Office hours are by appointment; you get a Zoom link in the confirmation email.',
    'We will e-mail you when grades are posted.',
  ])('WHEN every e-mail it names is one the student receives ("%s") THEN no address is added', (answer) => {
    expect(renderAnswer(entry(answer), content.course)).not.toContain('E-mail:');
  });

  it.each([
    'Questions about your grade: email the coordinator.',
    'Ask for an extension by e-mail before the deadline.',
    'Check the syllabus first, then send the instructor an e-mail.',
  ])('WHEN it tells the student to write ("%s") THEN the course address is added', (answer) => {
    expect(renderAnswer(entry(answer), content.course)).toContain(COURSE_LINE);
  });

  it('WHEN it gives the course address itself THEN it is not repeated', () => {
    const text = renderAnswer(entry('E-mail bot101@example.edu for a new key card.'), content.course);
    expect(text).not.toContain('E-mail:');
  });

  it('WHEN a second answer shown beside it says to e-mail without an address THEN the course address is added', () => {
    const text = renderAnswer(entry('Key cards: e-mail facilities@example.org.'), content.course, {
      alsoAnswer: entry('Ask for an extension by e-mail to the coordinator.', 'Extensions'),
    });
    expect(text).toContain(COURSE_LINE);
  });

  it("WHEN the engine answers from an entry that names another office's address THEN the reply keeps to it", () => {
    const faq = content.faq.map((e) =>
      e.id === 'field-trip'
        ? {
            ...e,
            answer: `${e.answer.trim()} To join late, e-mail the garden's visits office (visits@garden.example.org).`,
          }
        : e,
    );
    const reply = getAnswerEngine({ ...content, faq }).answer(
      'is there a field trip',
      new Date('2030-02-20T12:00:00Z'),
    );
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('visits@garden.example.org');
    expect(reply.text).not.toContain('bot101@example.edu');
  });
});
