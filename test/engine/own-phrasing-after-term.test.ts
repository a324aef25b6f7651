// After the last of some events ("there are no more of these"), a FAQ entry that answers a question says more than
// a date past, when its answer names what was asked. An entry's own phrasing asked word for word is what its TA
// wrote it to answer, even when the answer names it otherwise ("what time is lecture", answered "class meets ...").
// Days asked relative to now after the last dated event ("next week") are not answered with the events of others.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

// (botany: the weekly lab ends 2030-03-27; here the entry on labs calls them sessions)
const afterTerm = new Date('2030-04-10T12:00:00Z');

function engine() {
  const content = botany();
  const faq = content.faq.map((e) =>
    e.id === 'labs'
      ? {
          ...e,
          questions: [...e.questions, 'what time is the lab'],
          answer: 'Each session lasts **two hours**, in the greenhouse, every Wednesday at 13:00.',
        }
      : e,
  );
  return createAnswerEngine({ ...content, faq });
}

describe('GIVEN a FAQ phrasing that names events whose last one is past', () => {
  it('WHEN it is asked word for word THEN its entry answers, not the last date', () => {
    const reply = engine().answer('what time is the lab', afterTerm);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('labs');
  });

  it('WHEN it is asked otherwise THEN the schedule says when the last one was', () => {
    const reply = engine().answer('when was the last lab', afterTerm);
    expect(reply.sources[0]?.id).toBe('schedule:lab');
  });
});

describe('GIVEN days asked relative to now after the last dated event', () => {
  it('WHEN the question names events THEN the past ones are not listed as the answer for those days', () => {
    const reply = engine().answer('what is the lab about next week', afterTerm);
    expect(reply.sources.map((s) => s.id)).not.toContain('schedule:lab');
    expect(reply.text).not.toContain('the last one');
  });
});
