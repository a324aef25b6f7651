// A question pasted with HTML markup is read without it: the tags are not words of the question.
import { describe, expect, it } from 'vitest';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { cleanQuestion } from '../../src/engine/text.ts';
import { botany } from './fixtures.ts';

const engine = getAnswerEngine(botany());
const now = new Date('2030-02-20T12:00:00Z');

describe('GIVEN a question wrapped in HTML tags', () => {
  it.each(['<b>when is the final exam</b>', '<p class="q">when is the final exam</p><br/>'])(
    'WHEN %s is asked THEN it gets the reply the plain question gets',
    (question) => {
      const plain = engine.answer('when is the final exam', now);
      expect(plain.sources[0]?.id).toBe('schedule:final-exam');
      expect(engine.answer(question, now)).toEqual(plain);
    },
  );

  it('WHEN a comparison with < and > is asked THEN nothing is taken out', () => {
    expect(cleanQuestion('is a grade <5 and >3 a fail? <b>really</b>').text).toBe(
      'is a grade <5 and >3 a fail? really',
    );
  });
});
