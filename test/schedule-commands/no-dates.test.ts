// A course that lists no dates (no schedule): the date commands, and questions about them, say so plainly instead
// of listing nothing, making links to an empty calendar, or explaining the command's usage.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { loadContent } from '../../src/content/load-content.ts';
import type { Requester } from '../../src/core/command.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { answerWithCommands } from '../../src/self-knowledge/command-entries.ts';
import { planReminders } from '../../src/reminders/plan-reminders.ts';
import { buildIcs, calendarIdentity } from '../../src/calendar/build-ics.ts';
import { parseIcs } from '../calendar/parse-ics.ts';
import { makeTestCore, student } from '../commands/core-for-tests.ts';

const root = path.resolve(import.meta.dirname, '../..');
const content = loadContent({ faqDir: path.join(root, 'test/fixtures/docs-course') });
const NO_DATES = 'The course information for Introduction to Marine Biology lists no dates, so';
const bed = makeTestCore();
bed.core.content = content;
const runner = createCommandRunner(bed.core, commands);
const onDiscord: Requester = { platform: 'discord', userId: 'student-2', role: 'student' };
afterAll(() => bed.cleanup());

/** A course folder of the fixture's course file and this syllabus, loaded, for `use`; removed after. */
function withSyllabus(syllabus: string, use: (course: typeof content) => void): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'no-dates-'));
  writeFileSync(
    path.join(dir, 'course.yaml'),
    'name: Introduction to Marine Biology\ncontacts:\n  email: marine-bio@example.org\n',
  );
  writeFileSync(path.join(dir, 'syllabus.md'), syllabus);
  try {
    use(loadContent({ faqDir: dir }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a course without dates', () => {
  it('GIVEN the date commands THEN each says the course lists no dates', async () => {
    expect((await runner.run('deadlines', {}, student)).text).toBe(
      `${NO_DATES} I have no deadlines to show.`,
    );
    expect((await runner.run('practicals', {}, student)).text).toBe(
      `${NO_DATES} I have no practical sessions to show.`,
    );
    const sub = await runner.run('subscribe', {}, student);
    expect(sub.text).toBe(`${NO_DATES} there is no course calendar to subscribe to.`);
    expect(sub.links).toBeUndefined();
    expect((await runner.run('remindme', { mode: 'on' }, onDiscord)).text).toBe(
      `${NO_DATES} I have no deadlines or exams to remind you of.`,
    );
    // Turning reminders off still works.
    expect((await runner.run('remindme', { mode: 'off' }, onDiscord)).text).toMatch(
      /^Direct-message reminders/,
    );
  });

  it('GIVEN "what are the deadlines" THEN the reply says there are none, not the usage of `deadlines`', async () => {
    const none = `${NO_DATES} I have no deadlines to show.`;
    // (the line alone when the syllabus says nothing of it; else the line, then the syllabus quoted)
    for (const [question, after] of [
      ['whats due this week', ''],
      ['what are the deadlines', '\n\nFrom the Syllabus, Grading, Late work:'],
    ] as const) {
      const reply = answerWithCommands(content, commands, question, new Date('2027-02-15T10:00:00Z'));
      if (after === '') expect(reply.text).toBe(none);
      else expect(reply.text.startsWith(`${none}${after}`)).toBe(true);
      expect(reply.text).not.toContain('Usage');
      // In chat, `ask` runs the command: the same words.
      expect((await runner.run('ask', { question }, student)).text).toBe(reply.text);
    }
    const remind = answerWithCommands(content, commands, 'can you remind me before the deadline', new Date());
    expect(remind.text).toBe(`${NO_DATES} I have no deadlines or exams to remind you of.`);
  });

  it('GIVEN the other date commands asked about in plain words THEN each says there are none', async () => {
    const asked = [
      [
        'how do i get the deadlines in my calendar',
        `${NO_DATES} there is no course calendar to subscribe to.`,
      ],
      ['can you remind me before the deadline', `${NO_DATES} I have no deadlines or exams to remind you of.`],
    ];
    for (const [question = '', said] of asked) {
      expect(answerWithCommands(content, commands, question, new Date('2027-02-15T10:00:00Z')).text).toBe(
        said,
      );
      expect((await runner.run('ask', { question }, student)).text).toBe(said);
    }
  });

  it('GIVEN a syllabus that says when work is due THEN a question on it gets that line after the one on dates', () => {
    const syllabus =
      '# Syllabus\n\n## Deadlines\n\nReading logs are due every Friday at 5 pm. Lab reports are due one week ' +
      'after each lab.\n\n## Labs\n\nLabs meet every Wednesday afternoon in the wet lab.\n';
    withSyllabus(syllabus, (withDeadlines) => {
      for (const question of ['When are the weekly logs due?', 'what are the deadlines']) {
        const reply = answerWithCommands(withDeadlines, commands, question, new Date('2027-02-15T10:00:00Z'));
        expect([question, reply.kind, reply.sources[0]?.id]).toEqual([question, 'answer', 'doc:syllabus-1']);
        expect(reply.text.startsWith(`${NO_DATES} I have no deadlines to show.\n\n`)).toBe(true);
        expect(reply.text).toContain('Reading logs are due every Friday at 5 pm.');
      }
    });
  });

  it('GIVEN a question on a subject a date command shares that asks no date THEN the line on dates is not its reply', () => {
    const syllabus =
      '# Syllabus\n\n## Practicals\n\nEvery practical is held in the wet lab. Bring your lab notebook and safety ' +
      'goggles to each practical.\n\n## Grading\n\nLab reports count for 30% of the grade.\n';
    withSyllabus(syllabus, (withPracticals) => {
      const ask = (question: string) =>
        answerWithCommands(withPracticals, commands, question, new Date('2027-02-15T10:00:00Z'));
      // (nothing in the syllabus answers it: a fallback, not "I have no practical sessions to show")
      const attendance = ask('is attendance at the practicals mandatory?');
      expect(attendance.kind).toBe('fallback');
      expect(attendance.text).not.toContain(NO_DATES);
      // (the syllabus answers it: the quote alone)
      const bring = ask('what do i bring to the practical');
      expect([bring.kind, bring.sources[0]?.id]).toEqual(['answer', 'doc:syllabus-1']);
      expect(bring.text.startsWith('From the Syllabus, Practicals:')).toBe(true);
      // (what the date commands do is still answered by the line)
      expect(ask('remind me about the lab reports').text).toBe(
        `${NO_DATES} I have no deadlines or exams to remind you of.`,
      );
      expect(ask('what are the deadlines').text.startsWith(`${NO_DATES} I have no deadlines to show.`)).toBe(
        true,
      );
    });
  });

  it('GIVEN "what can you do" THEN the date commands are not listed; with dates they are', async () => {
    const dateCommands = ['deadlines', 'practicals', 'subscribe', 'unsubscribe', 'remindme'];
    const listed = (text: string): string[] => [...text.matchAll(/^- `([a-z]+)/gm)].map((m) => m[1] ?? '');
    const here = listed((await runner.run('help', {}, onDiscord)).text);
    expect(here).toContain('ask');
    expect(here.filter((c) => dateCommands.includes(c))).toEqual([]);
    // (the bot's answer about itself lists them with the platforms where they work)
    expect(listed(answerWithCommands(content, commands, 'what can you do', new Date()).text)).toEqual(here);
    const dated = makeTestCore();
    try {
      const all = listed((await createCommandRunner(dated.core, commands).run('help', {}, onDiscord)).text);
      expect(all).toEqual(expect.arrayContaining(dateCommands));
    } finally {
      dated.cleanup();
    }
  });

  it('GIVEN no events THEN reminders plan nothing and the calendar is valid and empty', () => {
    expect(planReminders(content.schedule, new Date('2020-01-01'), new Date('2040-01-01'))).toEqual([]);
    const ics = buildIcs(content.schedule, {
      now: new Date('2027-02-15T10:00:00Z'),
      identity: calendarIdentity(content.course, content.schedule, 'http://localhost:3000'),
    });
    expect(parseIcs(ics).events.size).toBe(0);
  });
});
