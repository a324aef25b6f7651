// A message that asks two things at once is answered part by part.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine, type EngineReply } from '../../src/engine/index.ts';
import { answerByParts, questionParts } from '../../src/engine/compound-question.ts';
import { botany } from './fixtures.ts';

describe('GIVEN a course and a message that asks two things', () => {
  const engine = createAnswerEngine(botany(), { vectors: false });
  const now = new Date('2026-03-01T12:00:00Z');
  const ids = (q: string): string[] => engine.answer(q, now).sources.map((s) => s.id);

  it('WHEN it asks them in two sentences THEN the reply answers each, in turn', () => {
    const r = engine.answer('What is the penalty for late homework? How long should the essay be?', now);
    expect(r.kind).toBe('answer');
    expect(r.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['late-work', 'essay']));
    const late = engine.answer('what is the penalty for late homework', now).text;
    const essay = engine.answer('how long should the essay be', now).text;
    expect(r.text.indexOf(late)).toBe(0);
    expect(r.text).toContain(essay);
  });

  it('WHEN the second goes on after "and" THEN it is answered too', () => {
    expect(ids('what is the penalty for late homework and how long should the essay be?')).toEqual(
      expect.arrayContaining(['late-work', 'essay']),
    );
  });

  it('WHEN one part is a private request THEN the message is answered as a whole', () => {
    const whole = engine.answer(
      // (two other parts are answered: without the check, they would be the reply)
      'what is the penalty for late homework? how long should the essay be? can i get an extension because i was ill?',
      now,
    );
    expect(whole.kind).toBe('redirect');
  });
});

describe('GIVEN the questions of a message', () => {
  it('WHEN a part speaks of what the one before named by a pronoun THEN that part names it', () => {
    expect(questionParts('when is the field trip and how long does it take?')).toEqual([
      'when is the field trip',
      'how long does the field trip take',
    ]);
  });

  it('WHEN the part before is put with a contraction ("when\'s") THEN the pronoun is its content words only', () => {
    expect(questionParts("when's the field trip and how long does it take?")).toEqual([
      "when's the field trip",
      'how long does the field trip take',
    ]);
  });

  it('WHEN a message asks one thing THEN it has no parts', () => {
    expect(questionParts('what is the difference between a moss and a fern?')).toEqual([]);
    expect(questionParts('does the other course also have a field trip')).toEqual([]);
    expect(questionParts('I missed the lab. What do I do?')).toEqual([]);
  });
});

describe('GIVEN the replies to the parts of a message', () => {
  const answer = (id: string): EngineReply => ({
    kind: 'answer',
    text: `about ${id}`,
    sources: [{ id, title: id, score: 1 }],
  });
  const byPart = (part: string): EngineReply => answer(part.includes('essay') ? 'essay' : 'late-work');

  it('WHEN the message only asks and two parts are answered THEN it is not asked again as a whole', () => {
    let asked = 0;
    const whole = (): EngineReply => {
      asked++;
      return answer('whole');
    };
    const r = answerByParts('what is the late penalty? how long is the essay?', whole, byPart);
    expect(asked).toBe(0);
    expect(r.text).toBe('about late-work\n\nabout essay');
  });

  it('WHEN the message also tells something and is a private request as a whole THEN the whole is the reply', () => {
    const redirect: EngineReply = { kind: 'redirect', text: 'please e-mail', sources: [] };
    const r = answerByParts(
      'I was ill all week. What is the late penalty? How long is the essay?',
      () => redirect,
      byPart,
    );
    expect(r).toBe(redirect);
  });
});
