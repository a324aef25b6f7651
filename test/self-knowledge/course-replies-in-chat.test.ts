// In chat, a course question gets the reply of the course's own engine (the one `npm run eval` measures): the
// engine over the FAQ and the command entries only decides whether a command answers. Command entries in the
// course's model change how it weighs the course's words; in a course of documents alone they would be its whole
// FAQ, and questions near the engine's off-topic examples would stop being looked up in the documents.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { commands } from '../../commands/index.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { answerWithCommands, withCommandEntries } from '../../src/self-knowledge/command-entries.ts';
import { botany } from '../engine/fixtures.ts';

const now = new Date('2030-02-10T12:00:00Z');
const docsCourse = loadContent({ faqDir: path.join(import.meta.dirname, '../fixtures/docs-course') });

describe('GIVEN a course of documents alone', () => {
  it('WHEN a question the syllabus answers is asked in chat THEN it gets the quote, as from the course engine', () => {
    const question = 'how do grades work?';
    // (with the command entries as its FAQ, the engine declines it: it is near an off-topic example)
    expect(getAnswerEngine(withCommandEntries(docsCourse, commands)).answer(question, now).kind).toBe(
      'fallback',
    );
    const reply = answerWithCommands(docsCourse, commands, question, now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('| Lab reports | 30% |');
    expect(reply).toEqual(getAnswerEngine(docsCourse).answer(question, now));
  });

  it('WHEN a question about a command is asked THEN the command still answers', () => {
    const reply = answerWithCommands(docsCourse, commands, 'how do i get the deadlines in my calendar', now);
    expect(reply.sources[0]?.id).toBe('bot-subscribe');
  });
});

describe('GIVEN a course with a FAQ', () => {
  const content = botany();
  it.each([
    'can the bot remind me about the weekly labs',
    'does the bot remind me about the weekly labs',
    'could the bot remind me about the weekly labs',
  ])(
    'WHEN %j, about the bot, is answered by a course entry THEN the command it names is under "See also"',
    (q) => {
      const reply = answerWithCommands(content, commands, q, now);
      expect(reply.sources.map((s) => s.id)).toEqual(['labs', 'bot-remindme']);
      expect(reply.text).toContain('_See also: **The remindme command**');
    },
  );

  it.each([
    'when is the exam',
    'what do i need for the field work',
    'can i hand in late',
    'i need an extension because i was ill',
    'who won the football match yesterday',
  ])('WHEN %j is asked in chat THEN the reply is the course engine’s', (question) => {
    expect(answerWithCommands(content, commands, question, now)).toEqual(
      getAnswerEngine(content).answer(question, now),
    );
  });
});
