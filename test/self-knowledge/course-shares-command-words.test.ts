// A question whose words of a command's own the course uses too, and that the course's content answers, gets the
// course's answer: "how do i get announcements" asks where a course's announcements are read, not how a TA posts one.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Content } from '../../src/content/load-content.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { answerWithCommands, withCommandEntries } from '../../src/self-knowledge/command-entries.ts';
import { botany } from '../engine/fixtures.ts';

const now = new Date('2030-02-10T12:00:00Z');
const base = botany();
const withAnnouncements: Content = {
  ...base,
  faq: [
    ...base.faq,
    {
      id: 'news',
      title: 'Where announcements appear',
      questions: [
        'where are announcements posted',
        'where do i find course announcements',
        'how will i hear about changes',
        'where do updates get posted',
        'do announcements come by e-mail',
      ],
      tags: [],
      answer: 'Announcements are posted on the greenhouse noticeboard page and sent by e-mail.',
      see_also: [],
      file: 'faq/news.yaml',
      line: 1,
    },
  ],
};
const QUESTION = 'how do i get announcements';

describe('GIVEN a course with an entry on where its announcements appear', () => {
  it('WHEN a student asks how to get announcements THEN the course answers, where the announce command would have', () => {
    const unfiltered = getAnswerEngine(withCommandEntries(withAnnouncements, commands)).answer(QUESTION, now);
    expect(unfiltered.sources[0]?.id).toBe('bot-announce');
    const reply = answerWithCommands(withAnnouncements, commands, QUESTION, now);
    expect(reply.sources[0]?.id).toBe('news');
    expect(reply.text).toContain('noticeboard');
  });

  it('WHEN the question is one of the command\'s phrasings or says "command" THEN the command\'s help answers', () => {
    for (const q of ['how do I post an announcement', 'how does the announce command work']) {
      const reply = answerWithCommands(withAnnouncements, commands, q, now);
      expect(reply.sources[0]?.id, q).toBe('bot-announce');
    }
  });
});

describe('GIVEN a course that says nothing of announcements', () => {
  it('WHEN the same question is asked THEN the announce command still answers it', () => {
    const reply = answerWithCommands(base, commands, QUESTION, now);
    expect(reply.sources[0]?.id).toBe('bot-announce');
  });
});
