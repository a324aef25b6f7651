// Benchmarks the real programs as a user runs them (the installed entry point), each a child process started from
// scratch: `ask` answering 1,000 questions piped on standard input (start-up included), `ask` answering one
// question, and the resident memory of the started bot (`npm start`: the web chat) once it has answered questions. Each timing is run three times;
// the median and the fastest are printed (the machine is shared, and a slow run is often only a busy one).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledEntry } from '../../src/cli/bundled.js';
import { readCases } from '../eval.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = 3;
const QUESTIONS = 1000;
/**
 * Questions asked of the started bot before its memory is read: the first builds the answer engine; ten is the most
 * one chat session may ask in a minute.
 */
const WARM_UP = 10;

/** The course's evaluation questions, repeated to the count wanted. */
function questions(count: number): string[] {
  const dir = path.join(root, 'test/eval-sets/dl');
  const all = readdirSync(dir)
    .sort()
    .flatMap((f) => readCases(path.join(dir, f)).map((c) => c.q.replace(/\s+/g, ' ')));
  return Array.from({ length: count }, (_, i) => all[i % all.length] as string);
}

/** The environment of a fresh install: the shipped course, no platform tokens, a data folder of its own. */
function freshEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };
  return { ...env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
}

/** The entry point users run (`npm run cli`, `course-bot`): the bundle built at install while it is current. */
const cli = (...args: string[]): string[] => [path.join(root, 'src/cli/course-bot.js'), ...args];

interface Run {
  /** Wall-clock milliseconds from spawn to exit. */
  wall: number;
  /** Processor milliseconds the program used (user and system): what it costs when the machine is busy. */
  cpu: number;
}

/** One run of the CLI (its output discarded), timed from spawn to exit; a POSIX shell's `times` reads its CPU time. */
function timeRun(args: string[], input: string | undefined, dataDir: string): Run {
  const t = performance.now();
  const run = spawnSync(
    '/bin/sh',
    ['-c', '"$0" "$@" > /dev/null; status=$?; times >&2; exit $status', process.execPath, ...cli(...args)],
    { cwd: root, env: freshEnv(dataDir), input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const wall = performance.now() - t;
  if (run.status !== 0)
    throw new Error(`course-bot ${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
  // the last line of `times`: the children's user and system time, as "0m1.234s 0m0.056s"
  const [user = NaN, system = NaN] = [
    ...(run.stderr.trim().split('\n').at(-1) ?? '').matchAll(/(\d+)m([\d.]+)s/g),
  ].map((m) => (Number(m[1]) * 60 + Number(m[2])) * 1000);
  return { wall, cpu: user + system };
}

function summary(runs: Run[]): string {
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const wall = runs.map((r) => r.wall);
  return `median ${s(median(wall))}, fastest ${s(Math.min(...wall))} (processor time: median ${s(median(runs.map((r) => r.cpu)))})`;
}

/** Starts the bot, asks it questions through the web chat's API, and reads its resident memory. */
async function botMemory(
  dataDir: string,
  asked: string[],
): Promise<{ rss: number; peak: number; answered: number }> {
  const bot = spawn(process.execPath, cli('start'), { cwd: root, env: freshEnv(dataDir), stdio: 'pipe' });
  let stderr = '';
  bot.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`the bot did not start in 60 s: ${stderr}`)), 60_000);
      bot.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /open http:\/\/localhost:(\d+)\//.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      bot.once('exit', (code) => reject(new Error(`the bot exited with ${code}: ${stderr}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    // the chat page, then questions through its API, sending back the session cookie as a browser does
    const page = await fetch(`${base}/`, { signal: AbortSignal.timeout(10_000) });
    await page.text();
    let cookie = '';
    const keep = (res: Response): void => {
      const set = res.headers.getSetCookie().map((c) => c.split(';')[0]);
      if (set.length > 0) cookie = set.join('; ');
    };
    keep(page);
    let answered = 0;
    for (const text of asked) {
      const res = await fetch(`${base}/api/ask`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: base, ...(cookie && { Cookie: cookie }) },
        body: JSON.stringify({ text }),
        signal: AbortSignal.timeout(10_000),
      });
      keep(res);
      const body = await res.text();
      if (res.status !== 200) throw new Error(`/api/ask answered ${res.status} after ${answered}: ${body}`);
      answered++;
    }
    const status = readFileSync(`/proc/${bot.pid}/status`, 'utf8');
    const kb = (field: string): number =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024, answered };
  } finally {
    bot.kill('SIGTERM');
    if (bot.exitCode === null) await new Promise((resolve) => bot.once('exit', resolve));
  }
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'course-bot-bench-'));
try {
  const batch = `${questions(QUESTIONS).join('\n')}\n`;
  const single = 'can i bring notes to the exam';
  timeRun(['ask', single], undefined, dataDir); // creates the database, as a first run would
  const many: Run[] = [];
  const one: Run[] = [];
  const trained: Run[] = [];
  for (let r = 0; r < RUNS; r++) {
    many.push(timeRun(['ask'], batch, dataDir));
    one.push(timeRun(['ask', single], undefined, dataDir));
    // (the first run after the content changed: no model kept in the data folder, so it is trained)
    rmSync(path.join(dataDir, 'models'), { recursive: true, force: true });
    trained.push(timeRun(['ask', single], undefined, dataDir));
  }
  const from = bundledEntry()
    ? 'the bundle built at install'
    : 'the TypeScript, through tsx (no current bundle)';
  console.log(
    `\nThe shipped course, each run a new process of src/cli/course-bot.js, from ${from} (${RUNS} runs)`,
  );
  console.log(`ask, ${QUESTIONS} questions on standard input, start-up included: ${summary(many)}`);
  console.log(`ask, one question, start-up included:                      ${summary(one)}`);
  console.log(`ask, one question, first run after the content changed:   ${summary(trained)}`);
  if (process.platform === 'linux') {
    const m = await botMemory(dataDir, questions(WARM_UP));
    console.log(
      `started bot (npm start, web chat) after ${m.answered} questions: resident ${m.rss.toFixed(0)} MB, peak ${m.peak.toFixed(0)} MB`,
    );
  } else console.log('started bot memory: n/a (read from /proc, Linux only)');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
