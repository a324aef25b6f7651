// "Where" questions about events of the schedule are answered with the locations the schedule gives them, on the
// made-up botany course (test/fixtures/courses/botany: its weekly lab is held in "Greenhouse B"; its final exam and
// its deadlines have no location).
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { matchPlaceQuestion } from '../../src/engine/place-questions.ts';
import { botany } from './fixtures.ts';

const now = new Date('2030-02-01T12:00:00Z');
const engine = createAnswerEngine(botany());

describe('GIVEN a schedule whose weekly lab has a location', () => {
  it.each([
    'where is the lab',
    'which room is the weekly lab in',
    'hey, which building is the lab in?',
    'what is the location of the lab',
    'can you tell me which room the weekly lab is in',
  ])('WHEN "%s" is asked THEN the reply gives the place, from the schedule', (q) => {
    const reply = engine.answer(q, now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('**Weekly lab**: Greenhouse B');
    expect(reply.sources.map((s) => s.id)).toEqual(['schedule:lab']);
  });

  it.each(['lab location?', 'weekly lab room'])(
    'WHEN "%s" is asked THEN it is a place question about the lab, answered with the place as "where is the lab" is',
    (q) => {
      expect(matchPlaceQuestion(q, botany(), now)?.events.map((e) => e.id)).toEqual(['lab']);
      // (the FAQ entry on the labs says "in the greenhouse", which names no room or building: the schedule's
      // location answers)
      const reply = engine.answer(q, now);
      expect(reply.text).toContain('**Weekly lab**: Greenhouse B');
      expect(reply.sources.map((s) => s.id)).toEqual(['schedule:lab']);
    },
  );

  it('WHEN where an event without a location is asked THEN the schedule does not answer it', () => {
    expect(matchPlaceQuestion('where is the final exam', botany(), now)).toBeNull();
    expect(matchPlaceQuestion('where is lab report 1', botany(), now)).toBeNull();
    expect(matchPlaceQuestion('final exam location', botany(), now)).toBeNull();
    const reply = engine.answer('where is the final exam', now);
    expect(reply.sources.some((s) => s.id.startsWith('schedule:'))).toBe(false);
  });
});
