// A fallback's "closest entries" name the bot's own commands only when the question is about the bot: a course
// question that shares a word with a command ("who do i ask about my grade") is not offered the command's help.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';
import {
  answerWithCommands,
  asksAboutTheBot,
  withCommandEntries,
} from '../../src/self-knowledge/command-entries.ts';
import { botany } from '../engine/fixtures.ts';

const content = botany();
const now = new Date('2030-02-20T12:00:00Z');
const ids = (reply: { sources: { id: string }[] }) => reply.sources.map((s) => s.id);

describe('GIVEN a course with the command entries beside its FAQ', () => {
  it.each([
    ['who do i ask about my grade', 'bot-grade', 'The grade command'],
    ['who can i ask about the herbarium', 'bot-ask', 'The ask command'],
  ])(
    'WHEN a course question near a command falls back ("%s") THEN the command is not among the closest entries',
    (question, command, title) => {
      // (the engine alone names the command among the closest entries: the question is one that reaches it)
      const unfiltered = getAnswerEngine(withCommandEntries(content, commands)).answer(question, now);
      expect(unfiltered.kind).toBe('fallback');
      expect(ids(unfiltered)).toContain(command);

      const reply = answerWithCommands(content, commands, question, now);
      expect(reply.kind).toBe('fallback');
      expect(ids(reply).filter((id) => id.startsWith('bot-'))).toEqual([]);
      expect(reply.text).not.toContain(title);
    },
  );

  it('WHEN the question has course entries near it too THEN those are still offered', () => {
    const reply = answerWithCommands(content, commands, 'who can i ask about the herbarium', now);
    expect(ids(reply)).toEqual(['contact']);
    expect(reply.text).toContain('- Who to contact');
  });

  it('WHEN a question about the bot falls back THEN its commands are offered', () => {
    const reply = answerWithCommands(content, commands, 'which command lists the lab partners', now);
    expect(reply.kind).toBe('fallback');
    expect(ids(reply)).toContain('bot-practicals');
    expect(reply.text).toContain('- The practicals command');
  });
});

describe('GIVEN a question', () => {
  it.each([
    ['is there a bot command for this', true],
    ['what commands are there', true],
    ['does /remindme work on the web', true],
    ['what does `grade homework=9` give', true],
    ['who do i ask about my grade', false],
    ['can you remind me about the essay', false],
    ['what is on the calendar this week', false],
  ])('WHEN it is "%s" THEN it is about the bot: %s', (question, about) => {
    expect(asksAboutTheBot(question, commands)).toBe(about);
  });
});
