// Small talk (greetings, openers, thanks, acknowledgements, goodbyes, remarks on the last reply) asks nothing of the course: it gets the reply for a
// message with nothing to look up, not the entry or redirect its words happen to be nearest.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { smallTalkTest } from '../../src/engine/small-talk.ts';
import { botany } from './fixtures.ts';

describe('GIVEN a course and a message of small talk', () => {
  const engine = createAnswerEngine(botany(), { vectors: false });
  const now = new Date('2026-03-01T12:00:00Z');
  const nothingToLookUp = engine.answer('hi', now);

  it.each([
    'thanks a lot, that helps!',
    'good morning',
    'ok cool, bye',
    "hey, how's it going?",
    'great, thank you so much',
    'see you',
    "that didn't help",
    'I have a quick question',
  ])('WHEN it says "%s" THEN the reply is the one for a message with nothing to look up', (message) => {
    const r = engine.answer(message, now);
    expect(r.kind).toBe('fallback');
    expect(r.sources).toEqual([]);
    expect(r.text).toBe(nothingToLookUp.text);
  });

  it('WHEN a question follows the thanks THEN the question is answered', () => {
    const r = engine.answer('thanks! and what is the penalty for late homework?', now);
    expect(r.kind).toBe('answer');
    expect(r.text).not.toBe(nothingToLookUp.text);
  });

  it("WHEN the course wrote the message as one of its FAQ's phrasings THEN its entry answers", () => {
    const content = botany();
    const [first, ...rest] = content.faq;
    if (!first) throw new Error('the fixture has no entries');
    const withGreeting = {
      ...content,
      faq: [{ ...first, questions: [...first.questions, 'good morning'] }, ...rest],
    };
    const r = createAnswerEngine(withGreeting, { vectors: false }).answer('good morning', now);
    expect(r.kind).toBe('answer');
    expect(r.sources.map((s) => s.id)).toEqual([first.id]);
  });
});

describe('GIVEN the small-talk phrases', () => {
  const isSmallTalk = smallTalkTest(['good morning', 'thanks a lot', 'good', 'bye']);

  it('WHEN phrases and function words cover the whole message THEN it is small talk', () => {
    expect(isSmallTalk('Good morning!')).toBe(true);
    expect(isSmallTalk('ok, thanks a lot. bye')).toBe(true);
    expect(isSmallTalk('that is good')).toBe(true);
  });

  it('WHEN a word is left that no phrase covers, or the message is function words only THEN it is not', () => {
    expect(isSmallTalk('is the morning lab good')).toBe(false);
    expect(isSmallTalk('good morning, when is the exam')).toBe(false);
    expect(isSmallTalk('thanks')).toBe(false);
    expect(isSmallTalk('')).toBe(false);
  });
});
