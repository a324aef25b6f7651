// A question put indirectly ("could you tell me how ...", "I was wondering when ...") is also asked without the words
// that wrap it, when the whole is not answered with confidence.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { unwrappedQuestion } from '../../src/engine/long-message.ts';
import { botany } from './fixtures.ts';

const NOW = new Date('2030-02-20T12:00:00Z');

describe('GIVEN a message that wraps its question in words that ask for it', () => {
  it('WHEN unwrapped THEN the words that ask are left out, in any sentence, and only before a question word', () => {
    expect(unwrappedQuestion('Could you please tell me where the trip goes?')).toBe('where the trip goes?');
    expect(unwrappedQuestion('hey, can u tell me when the essay is due')).toBe('when the essay is due');
    expect(unwrappedQuestion('would you mind telling me if the lab is open')).toBe('if the lab is open');
    expect(unwrappedQuestion('I’m wondering whether we need boots')).toBe('whether we need boots');
    expect(unwrappedQuestion('The lab is hard. Does anyone know when it is due?')).toBe(
      'The lab is hard. when it is due?',
    );
    // (no question word follows, or the words say what the student is after rather than ask)
    expect(unwrappedQuestion('can you explain photosynthesis')).toBeNull();
    expect(unwrappedQuestion('could you tell me about the trip')).toBeNull();
    expect(unwrappedQuestion('I want to know how to prepare. Is there a practice test?')).toBeNull();
  });

  it('WHEN the wrapping keeps the whole from a confident match THEN the question it wraps answers', () => {
    const engine = createAnswerEngine(botany());
    for (const q of [
      'could you please tell me where the garden trip goes',
      'would you mind telling me where the garden trip goes',
    ]) {
      const reply = engine.answer(q, NOW);
      expect(reply.kind, q).toBe('answer');
      expect(reply.sources[0]?.id, q).toBe('field-trip');
    }
  });

  it('WHEN the question it wraps is off the course THEN it still falls back', () => {
    const reply = createAnswerEngine(botany()).answer('can you explain how photosynthesis works', NOW);
    expect(reply.kind).toBe('fallback');
  });
});
