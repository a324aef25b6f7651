// A command's entry answers only a question with a word of its own: "where do i turn in labs" shares only the verb
// "turn" with the unsubscribe command's "how do I turn off my calendar link", and is the course's question.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { answerWithCommands, withCommandEntries } from '../../src/self-knowledge/command-entries.ts';
import { botany } from '../engine/fixtures.ts';

const content = botany();
const now = new Date('2030-02-10T12:00:00Z');
const QUESTION = 'where do i turn it in';

describe('GIVEN a course question that shares only a common verb with a command', () => {
  it('WHEN it is asked THEN the command does not answer it, though the engine with command entries would', () => {
    // (the engine over the FAQ and the command entries puts the unsubscribe command first)
    const unfiltered = getAnswerEngine(withCommandEntries(content, commands)).answer(QUESTION, now);
    expect(unfiltered.sources[0]?.id).toBe('bot-unsubscribe');
    const reply = answerWithCommands(content, commands, QUESTION, now);
    expect(reply.sources.map((s) => s.id)).not.toContain('bot-unsubscribe');
    expect(reply.text).not.toContain('unsubscribe');
  });

  it("WHEN a question has the command's own words THEN the command still answers", () => {
    const reply = answerWithCommands(content, commands, 'how can i turn off my calendar feed', now);
    expect(reply.sources[0]?.id).toBe('bot-unsubscribe');
  });
});

describe('GIVEN a question where to ask questions, and the ask command', () => {
  it.each([
    // (a question where to ask, which does not address the bot)
    'where can i ask questions',
    // (one that shares with the command only the word "course", which any course question has)
    'how do I ask about the course',
  ])('WHEN "%s" is asked THEN the course answers it, where the ask command would have', (question) => {
    const unfiltered = getAnswerEngine(withCommandEntries(content, commands)).answer(question, now);
    expect(unfiltered.sources[0]?.id).toBe('bot-ask');
    const reply = answerWithCommands(content, commands, question, now);
    expect(reply.sources[0]?.id).toBe('contact');
  });

  it("WHEN it is one of the command's own phrasings THEN the command answers", () => {
    const reply = answerWithCommands(content, commands, 'how do I ask you a question', now);
    expect(reply.sources[0]?.id).toBe('bot-ask');
  });
});
