// "When does lab report 2 close" asks when it is due: closing (or opening) frames the question, it names no event.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

const now = new Date('2030-02-20T12:00:00Z');

describe('GIVEN a deadline asked about by when it closes', () => {
  it('WHEN asked THEN the schedule gives its deadline', () => {
    const engine = createAnswerEngine(botany());
    for (const q of ['when does lab report 2 close', 'when is r2 closing']) {
      const reply = engine.answer(q, now);
      expect(reply.sources[0]?.id, q).toBe('schedule:report-2');
    }
  });
});
