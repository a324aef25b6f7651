// A FAQ phrasing asked word for word is answered by its entry even when the schedule could read it as a "when"
// question ("how long do we have in the lab" asks for a duration; "how long do we have" can ask for the time left),
// unless it asks "when" outright.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

const now = new Date('2026-09-01T12:00:00Z');

function engineWith(phrasings: string[]) {
  const content = botany();
  const faq = content.faq.map((e) =>
    e.id === 'labs' ? { ...e, questions: [...e.questions, ...phrasings] } : e,
  );
  return createAnswerEngine({ ...content, faq });
}

describe('GIVEN a FAQ phrasing that the schedule could also answer', () => {
  it('WHEN it is asked word for word and does not ask "when" THEN its entry answers', () => {
    const engine = engineWith(['how long do we have in the lab']);
    const reply = engine.answer('How long do we have in the lab?', now);
    expect(reply.kind).toBe('answer');
    expect(reply.sources.map((s) => s.id)).toEqual(['labs']);
    expect(reply.text).toContain('Each lab lasts **two hours**');
  });

  it('WHEN it is not a phrasing THEN the schedule still reads it', () => {
    const engine = engineWith([]);
    const reply = engine.answer('how long do we have in the lab', now);
    expect(reply.sources.some((s) => s.id.startsWith('schedule:'))).toBe(true);
  });

  it('WHEN the phrasing asks "when" outright THEN the schedule answers it', () => {
    const engine = engineWith(['when is the weekly lab']);
    const reply = engine.answer('when is the weekly lab', now);
    expect(reply.sources.map((s) => s.id)).toEqual(['schedule:lab']);
  });
});
