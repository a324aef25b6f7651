// One definition, every surface: Discord registrations and the Slack manifest come from commands/.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { deploySlashCommands } from '../../src/platforms/discord/deploy-commands.ts';
import { buildSlashCommands } from '../../src/platforms/discord/slash-commands.ts';
import { buildSlackManifest } from '../../src/platforms/slack/manifest.ts';
import { writeCanvasState } from '../../src/platforms/canvas/canvas-store.ts';
import { openDatabase } from '../../src/store/database.ts';
import { IDS, startFakeDiscord, type FakeDiscord } from '../fakes/discord/fake-discord.ts';

const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;
/** A course of documents only: no schedule (so no dates) and no grading model. */
const DOCS_COURSE = 'test/fixtures/docs-course';

const tmp = mkdtempSync(path.join(tmpdir(), 'registration-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The documents-only course with `commandsYaml` added to its course file. */
function courseWith(commandsYaml: string): string {
  const dir = mkdtempSync(path.join(tmp, 'course-'));
  cpSync(DOCS_COURSE, dir, { recursive: true });
  appendFileSync(path.join(dir, 'course.yaml'), `\n${commandsYaml}\n`);
  return dir;
}

/** The CLI run with `env` over the caller's, without its content settings (the shipped course unless FAQ_DIR). */
function runCli(args: string[], env: Record<string, string>): Promise<{ stdout: string }> {
  const own = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['FAQ_DIR', 'SCHEDULE_FILE', 'ENV_FILE'].includes(k)),
  );
  return promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...own, ...env },
  });
}

describe('Discord registrations generated from the real commands', () => {
  const registrations = buildSlashCommands(commands);

  it('registers every command once, with names and descriptions Discord accepts', () => {
    expect(registrations.map((r) => r.name).sort()).toEqual(commands.map((c) => c.name).sort());
    for (const r of registrations) {
      expect(r.name).toMatch(NAME);
      expect(r.description.length).toBeGreaterThan(0);
      expect(r.description.length).toBeLessThanOrEqual(100);
      const options = r.options ?? [];
      expect(options.length).toBeLessThanOrEqual(25);
      // Discord refuses a required option after an optional one.
      const firstOptional = options.findIndex((o) => !o.required);
      expect(
        options.slice(firstOptional === -1 ? options.length : firstOptional).every((o) => !o.required),
      ).toBe(true);
      for (const o of options) {
        expect(o.name).toMatch(NAME);
        expect(o.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('hides TA-only commands behind Manage Server by default and leaves the rest open', () => {
    for (const command of commands) {
      const r = registrations.find((x) => x.name === command.name);
      expect(r?.default_member_permissions ?? null).toBe(command.access === 'ta' ? '32' : null);
    }
  });
});

describe('deploy-commands against the fake Discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(() => fake.close());

  it('replaces the guild commands through DISCORD_API_URL with the generated list', async () => {
    const result = await deploySlashCommands(
      { token: 't0ken', appId: IDS.app, apiUrl: fake.apiUrl, guildId: IDS.guild },
      commands,
    );
    expect(result).toEqual({ count: commands.length, scope: `guild ${IDS.guild}` });
    const put = fake.find((r) => r.method === 'PUT');
    expect(put.map((r) => r.path)).toEqual([`/applications/${IDS.app}/guilds/${IDS.guild}/commands`]);
    expect((put[0]?.body as { name: string }[]).map((c) => c.name)).toEqual(commands.map((c) => c.name));
  });

  it('registers globally from the CLI when --global is given', async () => {
    const { stdout } = await runCli(['deploy-commands', '--global'], {
      DISCORD_TOKEN: 't0ken',
      DISCORD_APP_ID: IDS.app,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_GUILD_ID: IDS.guild,
    });
    expect(stdout).toContain(`Registered ${commands.length} slash commands (global)`);
    expect(fake.find((r) => r.path === `/applications/${IDS.app}/commands`)).toHaveLength(1);
  });

  /** The names deploy-commands registers for the course in `faqDir`. */
  async function deployedFor(faqDir: string): Promise<{ stdout: string; names: string[] }> {
    const { stdout } = await runCli(['deploy-commands', '--guild', IDS.guild], {
      FAQ_DIR: faqDir,
      DISCORD_TOKEN: 't0ken',
      DISCORD_APP_ID: IDS.app,
      DISCORD_API_URL: fake.apiUrl,
    });
    const put = fake.find((r) => r.method === 'PUT').at(-1);
    return { stdout, names: (put?.body as { name: string }[]).map((c) => c.name) };
  }

  it('leaves out a command the course file turns off', async () => {
    const { stdout, names } = await deployedFor(courseWith('commands:\n  off: [gradcheck]'));
    expect(stdout).toContain(`Registered 3 slash commands (guild ${IDS.guild})`);
    expect(names).toEqual(['ask', 'announce', 'help']);
  });

  it('leaves out what a course without a schedule or grading model does not offer, as help does', async () => {
    const { stdout, names } = await deployedFor(DOCS_COURSE);
    expect(stdout).toContain(`Registered 4 slash commands (guild ${IDS.guild})`);
    expect(names).toEqual(['ask', 'gradcheck', 'announce', 'help']);
  });
});

describe('Slack manifest', () => {
  it('points every request URL at PUBLIC_URL/slack/events in HTTP mode and lists the commands', () => {
    const manifest = buildSlackManifest(commands, {
      publicUrl: 'https://bot.example.org',
      courseName: 'Deep Learning',
      socketMode: false,
    });
    const url = 'https://bot.example.org/slack/events';
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: '/course', url })]);
    expect(manifest.settings.event_subscriptions.request_url).toBe(url);
    expect(manifest.settings.interactivity.request_url).toBe(url);
    for (const c of commands)
      expect(manifest.display_information.long_description).toContain(`/course ${c.name}`);
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'im:write']),
    );
  });

  it('has no request URLs in Socket Mode', () => {
    const manifest = buildSlackManifest(commands, {
      publicUrl: 'https://x',
      courseName: 'DL',
      socketMode: true,
    });
    expect(JSON.stringify(manifest)).not.toContain('https://x');
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});

describe('slack-manifest for a course', () => {
  /** The commands the manifest lists (its long description, one line each). */
  async function listedFor(faqDir?: string, env: Record<string, string> = {}): Promise<string[]> {
    const { stdout } = await runCli(['slack-manifest', '--format', 'json'], {
      PUBLIC_URL: 'https://bot.example.org',
      ...(faqDir !== undefined && { FAQ_DIR: faqDir }),
      ...env,
    });
    const manifest = JSON.parse(stdout) as ReturnType<typeof buildSlackManifest>;
    const listed = [...manifest.display_information.long_description.matchAll(/^• \/course ([a-z]+):/gm)].map(
      (m) => m[1] ?? '',
    );
    // (the slash command's description lists them too, cut at 100 characters: it names no other)
    const description = manifest.features.slash_commands[0]?.description ?? '';
    for (const c of commands.filter((c) => !listed.includes(c.name)))
      expect(description).not.toMatch(new RegExp(`\\b${c.name}\\b`));
    return listed;
  }

  it('GIVEN a course without a schedule or grading model THEN no date command, practicals or grade', async () => {
    expect(await listedFor(DOCS_COURSE)).toEqual(['ask', 'gradcheck', 'announce', 'help']);
  });

  it('GIVEN that course with Canvas, whose assignments the bot has read THEN the date commands too', async () => {
    const dataDir = mkdtempSync(path.join(tmp, 'data-'));
    const canvas = {
      CANVAS_URL: 'https://canvas.example.edu',
      CANVAS_TOKEN: 'test-token',
      CANVAS_COURSE_ID: '101',
      DATA_DIR: dataDir,
    };
    // (before the bot has read any assignment, as without Canvas)
    expect(await listedFor(DOCS_COURSE, canvas)).toEqual(['ask', 'gradcheck', 'announce', 'help']);
    const db = openDatabase(path.join(dataDir, 'course-bot.sqlite'));
    writeCanvasState(db, 'assignments', [
      { id: 7, name: 'Lab report 1', due_at: '2030-02-15T16:00:00Z', published: true },
    ]);
    db.close();
    expect(await listedFor(DOCS_COURSE, canvas)).toEqual([
      'ask',
      'gradcheck',
      'announce',
      'deadlines',
      'subscribe',
      'unsubscribe',
      'remindme',
      'help',
    ]);
  });

  it('GIVEN a course file that turns gradcheck off THEN not gradcheck either', async () => {
    expect(await listedFor(courseWith('commands:\n  off: [gradcheck]'))).toEqual(['ask', 'announce', 'help']);
  });

  it('GIVEN the shipped course (dates, practicals, a grading model) THEN every command', async () => {
    expect(await listedFor()).toEqual(commands.map((c) => c.name));
  });
});
