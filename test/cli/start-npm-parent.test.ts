// The real `npm start`: npm runs the bot through a shell, and a SIGTERM to npm (a process manager, `kill`) never
// reaches the bot, so the bot watches its parent and stops when npm is gone. A bot started without npm, from a shell
// that then exits, must keep running. POSIX only: there an orphan gets a new parent, which is what the bot watches.
import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { START_TEST_MS, START_WAIT_MS } from './start-wait.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'cli-npm-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The environment without what npm sets for a script, so the bot under test knows only its own launcher. */
function baseEnv(dataDir: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' };
}

/** Resolves with the port once the bot prints its start-up line; collects stdout and stderr in `out`. */
function started(child: ChildProcessWithoutNullStreams, out: { text: string }): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up line; output: ${out.text}`)), START_WAIT_MS);
    const read = (chunk: Buffer) => {
      out.text += chunk.toString();
      const m = /http:\/\/localhost:(\d+)\//.exec(out.text);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    // 'close', not 'exit': the shell of the second test exits at once, but the bot keeps its output open.
    child.on('close', () => reject(new Error(`output closed early; output: ${out.text}`)));
  });
}

/** The bot's process: the innermost under `ancestor` (any depth) whose command line runs `course-bot.js start`. */
function botPid(ancestor: number): number {
  const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] ?? '' }));
  const family = new Set([ancestor]);
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows)
      if (family.has(row.ppid) && !family.has(row.pid)) {
        family.add(row.pid);
        grew = true;
      }
  }
  // The shell's command line names it too (`sh -c node src/cli/course-bot.js start`): the bot is the innermost.
  const matches = rows.filter((row) => family.has(row.pid) && row.args.includes('course-bot.js start'));
  const bot = matches.find((row) => !matches.some((other) => other.ppid === row.pid));
  if (!bot) throw new Error(`no bot process under ${ancestor}`);
  return bot.pid;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function exitsWithin(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (!alive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !alive(pid);
}

// A bot a failed test left behind must not keep running.
const leftovers: number[] = [];
afterEach(() => {
  for (const pid of leftovers.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

describe.skipIf(process.platform === 'win32')('course-bot start and its parent process', () => {
  it(
    'GIVEN the bot started by `npm start` WHEN npm gets SIGTERM THEN the bot shuts down cleanly too',
    async () => {
      const npm = spawn('npm', ['run', '--silent', 'start'], {
        cwd: root,
        env: baseEnv(path.join(tmp, 'npm')),
      });
      const out = { text: '' };
      const port = await started(npm, out);
      const bot = botPid(npm.pid!);
      leftovers.push(bot);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

      // Only npm gets the signal, as from a process manager or `kill <pid>`: the shell and the bot do not.
      npm.kill('SIGTERM');
      expect(await exitsWithin(bot, 6_000)).toBe(true);
      expect(out.text).toContain('"msg":"the npm process that started the bot has ended"');
      expect(out.text).toContain('"msg":"shutting down"');
    },
    START_TEST_MS + 15_000,
  );

  it(
    'GIVEN the bot started by a shell that then exits, not by npm THEN it keeps running',
    async () => {
      // `node … &` from a shell that ends at once: the bot gets a new parent, as under nohup, and must not mind.
      const node = `'${process.execPath}' src/cli/course-bot.js start`;
      const shell = spawn('sh', ['-c', `${node} & echo "bot pid $!"`], {
        cwd: root,
        env: baseEnv(path.join(tmp, 'sh')),
      });
      const out = { text: '' };
      const port = await started(shell, out);
      const bot = Number(/bot pid (\d+)/.exec(out.text)![1]);
      leftovers.push(bot);

      // Longer than the watch's interval: a bot watching its parent would have stopped by now.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(alive(bot)).toBe(true);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      expect(out.text).not.toContain('"msg":"shutting down"');

      process.kill(bot, 'SIGTERM');
      expect(await exitsWithin(bot, 6_000)).toBe(true);
    },
    START_TEST_MS + 15_000,
  );
});
