// A question when a session ends ("what time does the lab start and end", "when does the final exam finish") is a
// question for the schedule, which gives each session's start and end, like one when it starts; so is one put with
// other words that frame a "when" question ("scheduled", "taking place", "meet", "usually").
import { describe, expect, it } from 'vitest';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

const engine = getAnswerEngine(botany());
const now = new Date('2030-02-10T12:00:00Z');

describe('GIVEN a schedule with a weekly lab and a final exam, each with its start and end', () => {
  it.each([
    ['what time does the lab start and end', 'schedule:lab', '13:00 CET to 15:00 CET'],
    ['when does the final exam end', 'schedule:final-exam', '09:00 CEST to 11:00 CEST'],
    ['what time does the final exam finish', 'schedule:final-exam', '09:00 CEST to 11:00 CEST'],
    ['when is the final exam scheduled', 'schedule:final-exam', '09:00 CEST to 11:00 CEST'],
    ['when is the final exam taking place', 'schedule:final-exam', '09:00 CEST to 11:00 CEST'],
    ['what time do labs usually start', 'schedule:lab', '13:00 CET to 15:00 CET'],
    ['what day does the lab meet', 'schedule:lab', '13:00 CET to 15:00 CET'],
  ])('WHEN "%s" is asked THEN the schedule says when it runs', (q, source, times) => {
    const reply = engine.answer(q, now);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe(source);
    expect(reply.text).toContain(times);
  });
});
