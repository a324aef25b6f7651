// Schedule questions once nothing asked about is still to come: a FAQ entry that answers is preferred, otherwise the
// reply says when the last one was (test/fixtures/courses/botany: the term ends with the exam on 2030-04-03).
import { describe, expect, it } from 'vitest';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { saysWhatIsAsked } from '../../src/engine/schedule-questions.ts';
import { botany } from './fixtures.ts';
import { scheduleAsker } from './helpers/ask-schedule.ts';

const engine = getAnswerEngine(botany());
const during = new Date('2030-02-20T12:00:00Z');
const after = new Date('2030-06-01T12:00:00Z');

describe('GIVEN the term is over', () => {
  it('WHEN "when are the labs" is asked THEN the FAQ entry on the labs answers, not "no more of these"', () => {
    const reply = engine.answer('when are the labs', after);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('labs');
    expect(reply.text).toContain('every Wednesday');
    expect(reply.text).not.toContain('There are no more');
  });

  it('WHEN the next deadline is asked and none is left THEN the reply names the last one and its date', () => {
    const reply = engine.answer('whats the next deadline', after);
    expect(reply.sources[0]?.id).toBe('schedule:report-3');
    expect(reply.text).toContain(
      'There are no more deadlines of that kind in the course schedule: the last one',
    );
    expect(reply.text).toContain('**Lab report 3**, was due **Fri 22 Mar 2030, 17:00 CET**');
  });

  it('WHEN a past event no FAQ entry answers is asked THEN the schedule still says when it was', () => {
    const reply = engine.answer('when is the final exam', after);
    expect(reply.sources[0]?.id).toBe('schedule:final-exam');
    expect(reply.text).toContain('Wed 3 Apr 2030, 09:00');
    expect(reply.text).toContain('already took place');
  });
});

describe('GIVEN the term is running', () => {
  it('WHEN "when are the labs" is asked THEN the schedule gives the next lab', () => {
    const reply = engine.answer('when are the labs', during);
    expect(reply.sources[0]?.id).toBe('schedule:lab');
    expect(reply.text).toContain('Wed 20 Feb 2030');
  });
});

describe('GIVEN a FAQ answer beside a past event: it is preferred only when it says what the question asks by', () => {
  const content = botany();
  const says = (question: string, answer: string) => saysWhatIsAsked(question, answer, content, new Map());

  it('WHEN the answer is about another thing THEN it does not say what was asked', () => {
    expect(says('quiz 1 due date', 'The midterm is on March 30 and covers modules 1 and 2.')).toBe(false);
    expect(says('when is the final exam', 'Exams are written in class.')).toBe(false);
  });

  it('WHEN the answer names the thing asked, by its words, number and order THEN it does', () => {
    expect(says('quiz 1 due date', 'Quiz 1 to Quiz 8 are due on Mondays.')).toBe(true);
    expect(says('when is the final exam', 'The final exam is in the exam week.')).toBe(true);
    expect(says('when is the last lab', 'The last lab is on 27 March.')).toBe(true);
  });
});

describe('GIVEN a term of classes written one by one with their numbers ("Week 1: …"), all over', () => {
  const ask = scheduleAsker(
    `course: Seminar
timezone: America/Chicago
events:
${[1, 2, 3, 4]
  .map(
    (n) => `  - id: week-${n}
    type: lecture
    title: "Week ${n}: topic ${'ABCD'[n - 1]}"
    start: "2023-0${n + 1}-02 10:00"
    end: "2023-0${n + 1}-02 12:00"`,
  )
  .join('\n')}
`,
    new Date('2023-08-01T12:00:00Z'),
  );

  it.each(['when is the first class', 'when was week 2'])(
    'WHEN "%s" is asked THEN that class is given as it was, not as the last of them',
    (q) => {
      const text = ask(q);
      expect(text).toMatch(/^From the course schedule/);
      expect(text).toContain(q.includes('first') ? 'Week 1: topic A' : 'Week 2: topic B');
      expect(text).toContain('already took place');
    },
  );

  it('WHEN the classes are asked about without a number THEN the reply says none is left and which was last', () => {
    expect(ask('when is class')).toMatch(
      /^There are no more of these in the course schedule; the last one was/,
    );
  });
});
