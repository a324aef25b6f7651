// A question that is not about the bot and that a course entry answers gets the course's answer, though the engine
// over the FAQ and the command entries would put a command first for a word of its own: "course announcements
// location" asks where the course posts its news, not how a TA posts one with the announce command.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { answerWithCommands, withCommandEntries } from '../../src/self-knowledge/command-entries.ts';

const BOTANY = path.resolve(import.meta.dirname, '../fixtures/courses/botany');
const dir = mkdtempSync(path.join(tmpdir(), 'course-over-command-'));
cpSync(BOTANY, dir, { recursive: true });
writeFileSync(
  path.join(dir, 'faq', 'updates.yaml'),
  `- id: updates
  title: Course updates
  questions:
    - how will we hear about changes to the course
    - where are announcements posted
    - how will i know if a lecture is cancelled
    - do i need to check my e-mail
    - will changes to the schedule be announced
  answer: |
    Changes and cancellations are posted on the course forum's news page; check it and your e-mail every day.
`,
);
const content = loadContent({ faqDir: path.join(dir, 'faq'), scheduleFile: path.join(dir, 'schedule.yaml') });
const now = new Date('2030-02-10T12:00:00Z');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('GIVEN a course with an entry on its announcements, and the announce command', () => {
  it.each(['course announcements location', 'how are announcements made'])(
    'WHEN "%s" is asked THEN the course entry answers, where the announce command would have',
    (question) => {
      const unfiltered = getAnswerEngine(withCommandEntries(content, commands)).answer(question, now);
      expect(unfiltered.sources[0]?.id).toBe('bot-announce');
      const reply = answerWithCommands(content, commands, question, now);
      expect(reply.kind).toBe('answer');
      expect(reply.sources[0]?.id).toBe('updates');
    },
  );

  it("WHEN the question is one of the command's own phrasings or names the bot THEN the command answers", () => {
    for (const question of ['how do I post an announcement', 'how does the bot post announcements'])
      expect(answerWithCommands(content, commands, question, now).sources[0]?.id).toBe('bot-announce');
  });
});
