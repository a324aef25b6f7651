// "See also" beside an answer names the bot's own commands only when the question is about the bot, as a fallback's
// closest entries do: a course question whose answer has a command's help close behind it is not pointed there.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { answerWithCommands, withCommandEntries } from '../../src/self-knowledge/command-entries.ts';

const content = loadContent();
const now = new Date('2027-02-15T10:00:00Z');
const ids = (reply: { sources: { id: string }[] }) => reply.sources.map((s) => s.id);
const QUESTION = 'When do the practical sessions begin?';

describe('GIVEN a course question whose answer has a command entry close behind it', () => {
  it('WHEN it is answered THEN the command is not named under "See also"', () => {
    // (the engine alone names the command under "See also": the question is one that reaches it)
    const unfiltered = getAnswerEngine(withCommandEntries(content, commands)).answer(QUESTION, now);
    expect(unfiltered.kind).toBe('answer');
    expect(ids(unfiltered)).toEqual(['practicals', 'bot-practicals']);
    expect(unfiltered.text).toContain('See also: **The practicals command**');

    const reply = answerWithCommands(content, commands, QUESTION, now);
    expect(reply.kind).toBe('answer');
    expect(ids(reply)).toEqual(['practicals']);
    expect(reply.text).not.toContain('See also');
    expect(reply.text).not.toContain('practicals command');
    // the answer itself is the same
    expect(reply.text.startsWith(unfiltered.text.split('\n\n_See also')[0] ?? '')).toBe(true);
  });

  it('WHEN every entry may be offered (as to a question about the bot) THEN the command is named under "See also"', () => {
    const reply = getAnswerEngine(withCommandEntries(content, commands)).answer(QUESTION, now, {
      offer: () => true,
    });
    expect(reply.text).toContain('See also: **The practicals command**');
  });
});
