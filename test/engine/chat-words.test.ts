// Words chat spells its own way are read as the words they stand for ("wat", "wen", "bc"), and a letter grade keeps
// its sign as one word ("B+" is not "B"), so that a question asked that way meets the phrasings written plainly.
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { normalize, tokens } from '../../src/engine/text.ts';
import { botany } from './fixtures.ts';

describe('GIVEN chat spellings of common words', () => {
  it('WHEN normalised THEN they read as the words, and other words stay', () => {
    expect(normalize('wats the penalty bc i was late tmrw')).toBe(
      'what is the penalty because i was late tomorrow',
    );
    expect(normalize('wen is the exam, wat room')).toBe('when is the exam, what room');
    expect(normalize("where is the prof's office, do profs reply")).toBe(
      'where is the professor office, do professors reply',
    );
    // "r" is also a language, "hw" a course's own abbreviation: both are left as written
    expect(normalize('do we use r for hw')).toBe('do we use r for hw');
  });

  it('WHEN chat shortens a word of time or of the course THEN it reads as the word', () => {
    expect(normalize('tues office hrs? appts b4 weds, prereqs, 5 mins, 1 yr')).toBe(
      'tuesday office hours? appointments before wednesday, prerequisites, 5 minutes, 1 year',
    );
    const engine = createAnswerEngine(botany());
    const now = new Date('2030-02-20T12:00:00Z');
    expect(engine.answer('is the lab 2 hrs', now).sources[0]?.id).toBe('labs');
  });

  it('WHEN "hr" or "rn" is written in lower case THEN it is a chat spelling; in capitals it is an acronym', () => {
    expect(normalize('is it a 2 hr exam, failing rn')).toBe('is it a 2 hour exam, failing right now');
    expect(normalize('do HR students and RN students take it')).toBe(
      'do hr students and rn students take it',
    );
  });

  it('WHEN a lone "r" stands for "are" THEN it reads so, and the R language stays', () => {
    expect(normalize('r there quizzes')).toBe('are there quizzes');
    expect(normalize('how long r the labs, wen r office hrs')).toBe(
      'how long are the labs, when are office hours',
    );
    expect(normalize('how much r labs worth')).toBe('how much are labs worth');
    for (const language of [
      'can i do the hw in r?',
      'r studio or python',
      'r packages needed',
      'learn r or python',
      'is r required',
      'r is used in class',
      'do we need to know r before',
      'does r work on mac',
    ])
      expect(normalize(language)).toBe(language);
  });

  it('WHEN a question is asked so THEN it gets the answer of the plain question', () => {
    const engine = createAnswerEngine(botany());
    const now = new Date('2030-02-20T12:00:00Z');
    const plain = engine.answer('what is the penalty for late homework', now);
    const chat = engine.answer('wats the penalty bc im late', now);
    expect(plain.sources[0]?.id).toBe('late-work');
    expect(chat.sources[0]?.id).toBe('late-work');
  });

  it('WHEN a question ends in a chat filler ("lmao", "omg", "or nah") THEN it gets the plain question\'s answer', () => {
    const engine = createAnswerEngine(botany());
    const now = new Date('2030-02-20T12:00:00Z');
    for (const q of ['essay length lmao', 'word limit omg', 'essay length or nah']) {
      const reply = engine.answer(q, now);
      expect(reply.kind, q).toBe('answer');
      expect(reply.sources[0]?.id, q).toBe('essay');
    }
    // (and so does a question for the schedule, whose words name the event asked about)
    for (const [q, event] of [
      ['when is the final exam lmao', 'schedule:final-exam'],
      ['when is lab report 2 due tbh', 'schedule:report-2'],
    ]) {
      const reply = engine.answer(q as string, now);
      expect([q, reply.kind, reply.sources[0]?.id]).toEqual([q, 'answer', event]);
    }
  });

  it('WHEN "ext" is asked for an extension THEN it is the request for one', () => {
    expect(normalize('need ext pls, 2 exts left?')).toBe('need extension pls, 2 extensions left?');
    const reply = createAnswerEngine(botany()).answer('need ext pls', new Date('2030-02-20T12:00:00Z'));
    expect(reply.kind).toBe('redirect');
  });
});

describe('GIVEN letter grades with a sign', () => {
  it('WHEN tokenised THEN the sign is part of the word; a hyphen inside a word is not a grade', () => {
    expect(tokens('is 88 a B+ or an A-?')).toEqual(['is', '88', 'a', 'bplus', 'or', 'an', 'aminus']);
    expect(tokens('send an e-mail')).toEqual(['send', 'an', 'e', 'mail']);
  });

  it('WHEN symbols stand alone between words THEN they are no words; within a word they stay', () => {
    expect(tokens('date + room = ?')).toEqual(['date', 'room']);
    expect(tokens('C++ course 😷')).toEqual(['c++', 'course']);
  });

  it('WHEN "whats an A-" is asked of a course whose FAQ lists the cut-offs THEN it is a question with a topic', () => {
    const dir = new URL('../fixtures/courses/letter/faq', import.meta.url).pathname;
    const engine = createAnswerEngine(loadContent({ faqDir: dir }));
    const reply = engine.answer('whats an A-', new Date('2030-02-20T12:00:00Z'));
    expect(reply.text).not.toMatch(/^I answer questions about/);
  });
});

describe('GIVEN letter grades without a sign, after an article', () => {
  it('WHEN tokenised THEN a capital A to F, or "an a", is a grade; "a C program" and "an e-mail" are not', () => {
    expect(tokens('what is an A')).toEqual(['what', 'is', 'an', 'agrade', 'letter', 'grade']);
    expect(tokens('whats an a?')).toEqual(['what', 'is', 'an', 'agrade', 'letter', 'grade']);
    expect(tokens('do I need a B to pass')).toEqual([
      'do',
      'i',
      'need',
      'a',
      'bgrade',
      'letter',
      'grade',
      'to',
      'pass',
    ]);
    expect(tokens('write a C program')).toEqual(['write', 'a', 'c', 'program']);
    expect(tokens('write a c program')).toEqual(['write', 'a', 'c', 'program']);
    expect(tokens('send an e-mail')).toEqual(['send', 'an', 'e', 'mail']);
  });

  it('WHEN "whats a B" is asked of a course with an entry on letter grades THEN that entry answers', () => {
    const content = botany();
    const letters = {
      ...content.faq[0],
      id: 'letter-grades',
      title: 'Letter grade cut-offs',
      questions: [
        'what are the letter grade cutoffs',
        'what percentage do i need for an A',
        'grading scale',
        'how are letter grades assigned',
        'what score is a B+',
      ],
      tags: [],
      answer: 'A from 93%, B+ from 87%, B from 83%, C from 73%, D from 60%.',
    };
    const engine = createAnswerEngine({ ...content, faq: [...content.faq, letters] as typeof content.faq });
    const reply = engine.answer('whats a B', new Date('2030-02-20T12:00:00Z'));
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('letter-grades');
  });
});
