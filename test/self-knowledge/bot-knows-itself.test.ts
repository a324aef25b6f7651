// The bot answers questions about its own commands from their definitions, and a bare command name runs it.
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Requester } from '../../src/core/command.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { freeTextCall } from '../../src/platforms/shared/parse-text-args.ts';
import { gaps } from '../../src/question-log/index.ts';
import { commandEntries } from '../../src/self-knowledge/command-entries.ts';
import { makeTestCore, student } from '../commands/core-for-tests.ts';
import { botany } from '../engine/fixtures.ts';

let env: ReturnType<typeof makeTestCore>;
beforeEach(() => {
  env = makeTestCore();
});
afterEach(() => env.cleanup());

const byName = new Map(commands.map((c) => [c.name, c]));
const onDiscord: Requester = { platform: 'discord', userId: 'd-1', role: 'student' };

async function ask(question: string, who: Requester = student) {
  const runner = createCommandRunner(env.core, commands);
  return runner.run('ask', { question }, who);
}

describe('GIVEN the command definitions', () => {
  it('THEN there is one generated entry per command, with its declared phrasings, and none is hand-written', () => {
    const entries = commandEntries(commands);
    expect(entries.map((e) => e.id)).toEqual(commands.map((c) => `bot-${c.name}`));
    const subscribe = entries.find((e) => e.id === 'bot-subscribe');
    expect(subscribe?.questions).toContain('how do I get the deadlines in my calendar');
    const faqText = readdirSync('faq')
      .map((f) => readFileSync(`faq/${f}`, 'utf8'))
      .join('\n');
    expect(faqText).not.toMatch(/id:\s*bot-/);
  });
});

describe('GIVEN questions about the bot itself', () => {
  it.each([
    ['how do I get the deadlines in my calendar', 'bot-subscribe', /subscribe/],
    ['how do I add the deadlines to my google calendar', 'bot-subscribe', /calendar link/],
    ['Can you remind me?', 'bot-remindme', /Discord and Slack only/],
    ['can the bot send me reminders', 'bot-remindme', /remindme on/],
    ['what can you do', 'bot-help', /`deadlines \[count\]`/],
    ['what commands do you have', 'bot-help', /`subscribe \[group\] \[types\]`/],
    // (asked as a question, "help" and a command's name get that command's help, not what it says when run)
    ['help grade', 'bot-help', /^\*\*grade\*\*: .*\n\nUsage: `grade \[assignments\]/],
    ['help deadlines', 'bot-help', /^\*\*deadlines\*\*: .*\n\nUsage: `deadlines \[count\]`/],
  ])('WHEN asked "%s" THEN the answer comes from %s, written from the command', async (q, id, fact) => {
    const reply = await ask(q);
    expect(reply.kind).toBe('answer');
    expect(reply.sources?.[0]?.id).toBe(id);
    expect(reply.text).toMatch(fact);
  });

  it('WHEN asked "which deadlines are coming up" THEN the deadlines command runs and lists the deadlines', async () => {
    const reply = await ask('which deadlines are coming up');
    expect(reply.kind).toBe('answer');
    expect(reply.sources?.[0]?.id).toBe('bot-deadlines');
    expect(reply.text).toContain('**Next deadlines**');
    expect(reply.text).toMatch(/Assignment 2/);
  });

  it('WHEN a command\'s phrasing names days ("whats due this week") THEN the schedule answers for those days', async () => {
    const reply = await ask('whats due this week');
    expect(reply.kind).toBe('answer');
    expect(reply.sources?.[0]?.id).toMatch(/^schedule:/);
    expect(reply.text).toMatch(/^The course schedule has/);
    expect(reply.text).not.toContain('**Next deadlines**');
  });

  it("WHEN a command's phrasing names days with no deadline THEN the schedule says so and names the next", async () => {
    // (a course of its own, asked in a week without a deadline: Mon 4 to Sun 10 March 2030)
    env.cleanup();
    env = makeTestCore('2030-03-05T10:00:00Z');
    env.core.content = botany();
    const reply = await ask('whats due this week');
    expect(reply.sources?.[0]?.id).toBe('schedule:report-3');
    expect(reply.text).toMatch(/^The course schedule lists no deadline from/);
    expect(reply.text).not.toContain('**Next deadlines**');
  });

  it('WHEN a course question is asked THEN the course FAQ still answers it', async () => {
    const reply = await ask('what is the late penalty');
    expect(reply.sources?.[0]?.id).toBe('late-penalty');
  });

  it('WHEN a question reaches no command and no entry THEN it is logged as a gap for the TAs', async () => {
    await ask('can I run my assignment code on a cloud GPU');
    await ask('how do I get the deadlines in my calendar');
    const found = gaps(env.core.db).map((g) => g.example);
    expect(found).toContain('can I run my assignment code on a cloud GPU');
    expect(found).not.toContain('how do I get the deadlines in my calendar');
  });
});

describe('GIVEN free text that is only a command name', () => {
  const call = (text: string, platform: Requester['platform'] = 'web') =>
    freeTextCall(byName, text, platform);

  it('THEN a command without required arguments runs, with or without a slash or question mark', () => {
    expect(call('help')).toEqual({ name: 'help', args: {}, bare: true });
    expect(call('Deadlines?')).toEqual({ name: 'deadlines', args: {}, bare: true });
    expect(call(' /subscribe ')).toEqual({ name: 'subscribe', args: {}, bare: true });
  });

  it('WHEN it is "help" and a command name, without the slash THEN help on that command runs', () => {
    expect(call('help grade')).toEqual({ name: 'help', args: { command: 'grade' }, bare: true });
    expect(call('Help /deadlines?')).toEqual({ name: 'help', args: { command: 'deadlines' }, bare: true });
    // (not a word that is no command)
    expect(call('help me')?.name).toBe('ask');
  });

  it('THEN a command that needs arguments, or does not work here, gets its help', () => {
    expect(call('announce')).toEqual({ name: 'help', args: { command: 'announce' }, bare: true });
    expect(call('remindme', 'discord')).toEqual({ name: 'help', args: { command: 'remindme' }, bare: true });
    expect(call('ask')).toEqual({ name: 'help', args: { command: 'ask' }, bare: true });
  });

  it('WHEN a command line starts with / or ! THEN its command runs with the rest as its arguments', () => {
    expect(call('/deadlines 3')).toEqual({ name: 'deadlines', args: { count: 3 }, bare: true });
    expect(call('!Practicals thu-a')).toEqual({ name: 'practicals', args: { group: 'thu-a' }, bare: true });
    expect(call('/ask is the exam open book')).toEqual({
      name: 'ask',
      args: { question: 'is the exam open book' },
      bare: true,
    });
  });

  it('WHEN the rest does not fit the command, or the command does not work here THEN the command gets its help', () => {
    expect(call('/deadlines 3 4')).toEqual({ name: 'help', args: { command: 'deadlines' }, bare: true });
    expect(call('/remindme on 1d', 'web')).toEqual({
      name: 'help',
      args: { command: 'remindme' },
      bare: true,
    });
    expect(call('/remindme on 1d', 'discord')).toEqual({
      name: 'remindme',
      args: { mode: 'on', leads: '1d' },
      bare: true,
    });
  });

  it('THEN anything else is a question for ask', () => {
    expect(call('help me with assignment 2')).toEqual({
      name: 'ask',
      args: { question: 'help me with assignment 2' },
      bare: false,
    });
    expect(call('practicals thu-a')?.name).toBe('ask');
  });

  it('WHEN help runs on the web THEN commands that only work elsewhere are left out; on Discord they are listed', async () => {
    const runner = createCommandRunner(env.core, commands);
    const web = await runner.run('help', {}, student);
    expect(web.text).toContain('`subscribe');
    expect(web.text).not.toContain('remindme');
    expect((await runner.run('help', {}, onDiscord)).text).toContain('`remindme <mode> [leads]`');
  });

  it('WHEN help explains an option whose description gives its range THEN the range is said once', async () => {
    const runner = createCommandRunner(env.core, commands);
    const text = (await runner.run('help', { command: 'deadlines' }, student)).text;
    expect(text).toContain('- `count` (optional): How many (1 to 20, default 5)\n');
  });
});

describe('GIVEN a course without a grade calculator (calculator: false)', () => {
  it('THEN questions about estimating a grade are not answered with the grade command, which would refuse', async () => {
    for (const question of ['can you calculate my grade', 'estimate my final grade']) {
      const offered = await ask(question);
      expect(offered.text).toContain('/grade');
    }
    const course = env.core.content.course;
    env.core.content = {
      ...env.core.content,
      course: { ...course, grading: course.grading && { ...course.grading, calculator: false } },
    };
    for (const question of ['can you calculate my grade', 'estimate my final grade']) {
      const reply = await ask(question);
      expect(reply.text).not.toContain('/grade');
    }
  });
});
