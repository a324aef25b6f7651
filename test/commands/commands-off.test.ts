// A course file can turn commands off (`commands: { off: [gradcheck] }`): they leave `help`, the bot's answers about
// itself, the web page and the Slack manifest, and are refused when typed. `ask` and `help` stay; a name that is no
// command is a content problem `validate` names.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { ContentError } from '../../src/content/content-error.ts';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { commandsOffProblems } from '../../src/core/command.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { answerWithCommands } from '../../src/self-knowledge/command-entries.ts';
import { startApp } from '../web/start-app.ts';
import { runCommand, runValidate } from '../cli/run-validate.ts';
import { makeTestCore, student } from './core-for-tests.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'commands-off-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The docs-course fixture with `commands:` added to its course file. */
function courseWith(commandsYaml: string): string {
  const dir = mkdtempSync(path.join(tmp, 'course-'));
  cpSync(path.join(root, 'test/fixtures/docs-course'), dir, { recursive: true });
  const file = path.join(dir, 'course.yaml');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n${commandsYaml}\n`);
  return dir;
}

/** The line of the course file in `dir` that holds `text`. */
function lineOf(dir: string, text: string): number {
  return (
    readFileSync(path.join(dir, 'course.yaml'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1
  );
}

const listed = (text: string): string[] => [...text.matchAll(/^- `([a-z]+)/gm)].map((m) => m[1] ?? '');

describe('GIVEN a course file that turns gradcheck off', () => {
  const dir = courseWith('commands:\n  off: [gradcheck]');
  const content: Content = loadContent({ faqDir: dir });
  const bed = makeTestCore();
  bed.core.content = content;
  const runner = createCommandRunner(bed.core, commands);
  afterAll(() => bed.cleanup());

  it('THEN help and "what can you do" leave it out, and keep ask and help', async () => {
    const help = listed((await runner.run('help', {}, student)).text);
    expect(help).toEqual(expect.arrayContaining(['ask', 'help']));
    expect(help).not.toContain('gradcheck');
    const about = answerWithCommands(content, commands, 'what can you do', new Date());
    expect(listed(about.text)).toEqual(help);
  });

  it('THEN typed, it is refused and not run', async () => {
    const reply = await runner.run('gradcheck', { program: 'x = 2\ny = x * x\ndy/dx = 4' }, student);
    expect(reply.refused).toBe('unknown');
    expect(reply.text).toBe(
      'Introduction to Marine Biology does not use `gradcheck` here. Try `help` for the list.',
    );
  });

  it('THEN help for it by name says the course does not use it', async () => {
    const reply = await runner.run('help', { command: 'gradcheck' }, student);
    expect(reply.text).toBe(
      'Introduction to Marine Biology does not use `gradcheck` here. Try `help` for the list.',
    );
  });

  it('THEN the web page and its command list leave it out', async () => {
    const app = await startApp({ content });
    try {
      const page = await (await fetch(app.base + '/')).text();
      expect(page).not.toContain('gradients');
      expect(page).not.toContain('data-command');
      const list = (await (await fetch(app.base + '/api/commands')).json()) as {
        commands: { name: string }[];
      };
      expect(list.commands.map((c) => c.name)).not.toContain('gradcheck');
      expect(list.commands.map((c) => c.name)).toContain('ask');
    } finally {
      await app.stop();
    }
  });

  it('THEN a course that does not turn it off lists it, on the page too', async () => {
    const app = await startApp({
      content: loadContent({ faqDir: path.join(root, 'test/fixtures/docs-course') }),
    });
    try {
      expect(await (await fetch(app.base + '/')).text()).toContain('I can check hand-derived gradients.');
    } finally {
      await app.stop();
    }
  });
});

describe('GIVEN commands.off naming what cannot be off', () => {
  it('WHEN a name is no command, or is ask THEN each is named with what can be off', () => {
    const content = loadContent({ faqDir: courseWith('commands:\n  off: [gradchek, ask]') });
    expect(commandsOffProblems(content, commands)).toEqual([
      {
        index: 0,
        message: expect.stringMatching(
          /^"gradchek" is no command of the bot; the commands that can be off are .*gradcheck/,
        ),
      },
      { index: 1, message: expect.stringMatching(/^"ask" cannot be turned off/) },
    ]);
  });

  it('WHEN validate checks it THEN it fails naming the course file, the line and the field', () => {
    const dir = courseWith('commands:\n  off:\n    - gradcheck\n    - gradchek');
    const run = runValidate(['--faq', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `course.yaml:${lineOf(dir, '- gradchek')} commands.off: "gradchek" is no command of the bot`,
    );
  });

  it('WHEN ask is run on it THEN it refuses with the same problem, as start and validate do', () => {
    const dir = courseWith('commands:\n  off: [gradchek]');
    const run = runCommand('ask', ['--faq', dir, 'when is the exam']);
    expect(run.stderr).toContain(
      `course.yaml:${lineOf(dir, 'off: [gradchek]')} commands.off: "gradchek" is no command of the bot`,
    );
    expect(run.stdout).toBe('');
  });

  it('WHEN a name is not written as a command is THEN loading fails at the field', () => {
    const dir = courseWith('commands:\n  off: [Grad Check]');
    expect(() => loadContent({ faqDir: dir })).toThrow(ContentError);
    try {
      loadContent({ faqDir: dir });
    } catch (err) {
      const issue = (err as ContentError).issues[0];
      expect(issue?.field).toBe('commands.off[0]');
      expect(issue?.message).toContain('"Grad Check" is not a command\'s name');
    }
  });
});

describe('GIVEN a course with dates that turns subscribe and remindme off', () => {
  const dir = courseWith('commands:\n  off: [subscribe, remindme]');
  cpSync(path.join(root, 'schedules/sample.yaml'), path.join(dir, 'schedule.yaml'));
  const content: Content = loadContent({ faqDir: dir });
  const bed = makeTestCore();
  bed.core.content = content;
  const runner = createCommandRunner(bed.core, commands);
  const onDiscord = { platform: 'discord' as const, userId: 'student-9', role: 'student' as const };
  afterAll(() => bed.cleanup());

  it('THEN unsubscribe leaves help with subscribe, yet a link made before can still be turned off', async () => {
    const help = listed((await runner.run('help', {}, onDiscord)).text);
    expect(help).toContain('deadlines');
    expect(help).not.toContain('subscribe');
    expect(help).not.toContain('unsubscribe');
    expect((await runner.run('unsubscribe', {}, onDiscord)).refused).toBeUndefined();
  });

  it('THEN remindme on is refused, but remindme off still works for a student who opted in before', async () => {
    expect((await runner.run('remindme', { mode: 'on' }, onDiscord)).refused).toBe('unknown');
    const off = await runner.run('remindme', { mode: 'off' }, onDiscord);
    expect(off.refused).toBeUndefined();
    expect(off.text).toMatch(/^Direct-message reminders/);
  });
});
