// Which parts of a long message are tried as a question of their own.
import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../src/content/schemas.ts';
import { answeringSentence, focusClauses } from '../../src/engine/long-message.ts';
import type { Decision } from '../../src/engine/model.ts';

describe('GIVEN a message', () => {
  it('WHEN it is short THEN no part of it is tried alone', () => {
    expect(focusClauses('when is assignment 2 due?')).toEqual([]);
  });

  it('WHEN the question comes first and an aside after THEN each sentence is a candidate', () => {
    const parts = focusClauses(
      'do we hand in our code or just the report? my code is really messy to be honest',
    );
    expect(parts).toContain('do we hand in our code or just the report?');
    expect(parts).toContain('my code is really messy to be honest');
  });

  it('WHEN a question of a few words is followed by a short aside THEN the question is a candidate', () => {
    // (ten words: "kinda broke rn" would otherwise weigh as much as the question)
    expect(focusClauses('do i have to buy a lab coat?? kinda broke rn')).toContain(
      'do i have to buy a lab coat??',
    );
    expect(focusClauses('do i have to buy a lab coat?')).toEqual([]);
  });

  it('WHEN context comes first and the question last THEN the last clause is a candidate', () => {
    const parts = focusClauses(
      'I am a part-time student with two kids and a job, how long does each assignment take',
    );
    expect(parts).toContain('how long does each assignment take');
  });

  it('WHEN a clause points back at another course THEN it is not tried alone', () => {
    const parts = focusClauses(
      'my friend takes another course with a similar setup, when is the exam for that course exactly',
    );
    expect(parts).not.toContain('when is the exam for that course exactly');
  });
  it('WHEN the last clause goes on from the one before with a pronoun for its subject THEN it is not tried alone', () => {
    const parts = focusClauses('Is there a field trip to the botanical garden, and when does it take place?');
    expect(parts).not.toContain('and when does it take place');
    expect(
      focusClauses(
        'I want to plan my trip home around the course, and do they meet in the same room each week',
      ),
    ).not.toContain('and do they meet in the same room each week');
  });

  it('WHEN the last clause is the last item of a list the question names THEN it is not tried alone', () => {
    const parts = focusClauses(
      'I want to plan my weeks. How much do the labs, the essays, and the poster count for?',
    );
    expect(parts).not.toContain('and the poster count for');
    expect(parts).toContain('How much do the labs, the essays, and the poster count for?');
    expect(
      focusClauses('Could you tell me how the parts of the grade are weighted, including the field reports'),
    ).not.toContain('including the field reports');
  });

  it('WHEN a message asks a question after a sentence that only tells THEN the telling sentence is not tried alone', () => {
    const parts = focusClauses(
      'I am planning a field trip to the coast with friends. Do you know any good beaches there?',
    );
    expect(parts).not.toContain('I am planning a field trip to the coast with friends.');
    expect(parts).toContain('Do you know any good beaches there?');
  });

  it('WHEN the question points back at what the sentence before it told THEN that sentence is tried alone', () => {
    expect(focusClauses('A friend said the lab reports are graded on a curve. Is that true?')).toContain(
      'A friend said the lab reports are graded on a curve.',
    );
  });

  it('WHEN a message asks nothing with a question mark THEN each of its sentences is tried alone', () => {
    expect(
      focusClauses('I need the date of the final exam. My flight home is booked for the 20th.'),
    ).toContain('I need the date of the final exam.');
  });

  it('WHEN the last clause goes on without pointing back THEN it is still tried alone', () => {
    expect(
      focusClauses('I am planning my trips for the whole spring term, and when is the final exam'),
    ).toContain('and when is the final exam');
  });
});

describe('GIVEN a message the gate reads as a request, judged sentence by sentence', () => {
  const entry = {
    id: 'groups',
    title: 'Groups',
    questions: [],
    answer: 'Groups of three.',
  } as unknown as FaqEntry;
  const answer = (score: number): Decision => ({ kind: 'answer', entries: [{ entry, score }], score });
  const redirect = (score: number): Decision => ({ kind: 'redirect', reason: 'private', score });

  it('WHEN a question of it is answered confidently and no sentence is a request THEN that question answers', () => {
    const d = answer(0.7);
    expect(
      answeringSentence(
        [
          { sentence: 'I work three days a week.', asks: false, d: redirect(0.6) },
          { sentence: 'Is the essay individual?', asks: true, d },
        ],
        { score: 0.7 },
      ),
    ).toBe(d);
  });

  it('WHEN its question is answered only weakly ("is that allowed?") THEN the message stays a request', () => {
    expect(
      answeringSentence(
        [
          { sentence: 'I work three days a week.', asks: false, d: redirect(0.6) },
          { sentence: 'Is that allowed?', asks: true, d: answer(0.45) },
        ],
        { score: 0.7 },
      ),
    ).toBeNull();
  });

  it('WHEN its question only asks about what came before ("is that allowed?") THEN it does not answer, however sure', () => {
    const before = {
      sentence: 'Our group only has two people because someone dropped the course;',
      asks: false,
      d: redirect(0.55),
    };
    for (const sentence of ['is that allowed?', 'Is this OK?', 'So will it count?'])
      expect(
        answeringSentence([before, { sentence, asks: true, d: answer(0.8) }], { score: 0.6 }),
      ).toBeNull();
    // (a question with things of its own to ask still answers)
    const d = answer(0.8);
    expect(
      answeringSentence([before, { sentence: 'Is that allowed for the group project?', asks: true, d }], {
        score: 0.6,
      }),
    ).toBe(d);
  });

  it('WHEN a statement of it is a request the gate is sure of THEN the message stays a request', () => {
    expect(
      answeringSentence(
        [
          { sentence: 'My grandfather died last week.', asks: false, d: redirect(0.85) },
          { sentence: 'How many points do late reports lose?', asks: true, d: answer(0.9) },
        ],
        { score: 0.7 },
      ),
    ).toBeNull();
  });

  it('WHEN its question asks leave for the student and the whole message is a request THEN it stays a request', () => {
    const leave = (whole: number) =>
      answeringSentence(
        [
          { sentence: 'I have a family wedding on the night of the exam.', asks: false, d: redirect(0.7) },
          { sentence: 'Can I take the exam on another day?', asks: true, d: answer(0.8) },
        ],
        { score: whole },
      );
    expect(leave(0.65)).toBeNull();
    // (context the gate only leans on leaves the question to answer: "I can't come on Tuesday. Can I watch the
    // recording?")
    expect(leave(0.5)?.kind).toBe('answer');
  });

  it('WHEN its question asks something general after the same context THEN that question answers', () => {
    const d = answer(0.8);
    expect(
      answeringSentence(
        [
          { sentence: 'I have a family wedding on the night of the exam.', asks: false, d: redirect(0.7) },
          { sentence: 'Is the exam open book?', asks: true, d },
        ],
        { score: 0.65 },
      ),
    ).toBe(d);
  });

  describe('WHEN its question leans on the context for its subject and is answered only weakly alone', () => {
    // "I finished the take-home problem and I'm ready to turn it in. Who do I send it to?": the whole message is
    // nearest the entry on handing in, above every kind of request at the answer threshold
    const related = { entry, score: 0.6 };
    const context = {
      sentence: 'I finished the group essay and it is ready.',
      asks: false,
      d: redirect(0.7),
    };
    const asking = (sentence: string) => ({ sentence, asks: true, d: answer(0.3) });

    it('THEN the entry the whole message is nearest answers', () => {
      expect(answeringSentence([context, asking('Who do I send it to?')], { score: 0.6, related })).toEqual({
        kind: 'answer',
        entries: [related],
        score: 0.6,
      });
      // (a question put through "can you tell me" only wraps what it asks)
      expect(
        answeringSentence([context, asking('Can you tell me where it goes?')], { score: 0.6, related })?.kind,
      ).toBe('answer');
    });

    it('THEN without such an entry the message stays a request', () => {
      expect(answeringSentence([context, asking('Who do I send it to?')], { score: 0.6 })).toBeNull();
    });

    it.each([
      'Can I hand it in next week?',
      'Could you make sure it counts for the whole group?',
      'What should we do?',
      'Can someone extend the deadline for us?',
      'Would the professor waive the late penalty for us?',
    ])('THEN a question that asks for the student ("%s") keeps it a request', (sentence) => {
      expect(answeringSentence([context, asking(sentence)], { score: 0.6, related })).toBeNull();
    });

    it('THEN a statement the gate is sure of alone keeps it a request', () => {
      const sure = { ...context, d: redirect(0.85) };
      expect(answeringSentence([sure, asking('Who do I send it to?')], { score: 0.6, related })).toBeNull();
    });

    it('THEN a message that asks nothing stays a request', () => {
      expect(answeringSentence([context, context], { score: 0.6, related })).toBeNull();
    });
  });
});
