// `docker build` cannot run where the tests run (no Docker daemon), so this test builds the image's file system by
// hand: it parses the Dockerfile and carries out its steps in order in clean temporary folders, one per stage
// (WORKDIR, COPY from the build context honouring .dockerignore, COPY --from another stage, and every RUN it knows),
// then starts the final stage's CMD with its ENV and checks it with the HEALTHCHECK command itself.
//
// What differs from a real build, on purpose: RUN steps that install system packages (apt-get) or change owners are
// not run (they need root and a Debian image); `npm ci` runs with --prefer-offline --ignore-scripts and then the
// project's own install scripts, and the native better-sqlite3 addon is copied from this checkout instead of compiled
// again (a compile takes minutes here); an
// earlier stage's files are moved by COPY --from rather than copied. Every other RUN fails the test until this file
// is taught what it does, so no step of the Dockerfile goes unchecked.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledEntry } from '../../src/cli/bundled.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

interface Stage {
  name: string;
  image: string;
  steps: Instruction[];
}

/** The Dockerfile as stages of instructions: comments dropped, `\` continuations joined. */
function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    let current = lines[i]!.trim();
    if (current === '' || current.startsWith('#')) continue;
    while (current.endsWith('\\') && i + 1 < lines.length)
      current = current.slice(0, -1) + ' ' + lines[++i]!.trim();
    const [, keyword = '', args = ''] = /^(\w+)\s+(.*)$/.exec(current) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), args: args.trim(), line };
    if (instruction.keyword === 'FROM') {
      const [image = '', , name] = instruction.args.split(/\s+/);
      stages.push({ name: name ?? String(stages.length), image, steps: [] });
    } else {
      if (stages.length === 0) throw new Error(`Dockerfile:${line}: ${keyword} before FROM`);
      stages.at(-1)!.steps.push(instruction);
    }
  }
  return stages;
}

/** JSON (exec) form or shell words. */
function words(args: string): string[] {
  return args.startsWith('[') ? (JSON.parse(args) as string[]) : args.split(/\s+/);
}

function parseEnv(args: string): Record<string, string> {
  return Object.fromEntries([...args.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
}

const dockerignore = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

function ignored(relative: string): boolean {
  const first = relative.split(path.sep)[0]!;
  return dockerignore.some((pattern) =>
    pattern.startsWith('*.')
      ? relative.endsWith(pattern.slice(1))
      : pattern === first || pattern === relative,
  );
}

interface Built {
  root: string;
  workdir: string;
  env: Record<string, string>;
  user?: string;
  volumes: string[];
  exposed: string[];
  healthcheck?: string[];
  cmd?: string[];
  skipped: string[];
}

/** Carries out one stage's steps in a fresh folder standing for the image's `/`. */
function buildStage(stage: Stage, built: Map<string, Built>, scratch: string): Built {
  const root = mkdtempSync(path.join(scratch, `${stage.name}-`));
  const result: Built = { root, workdir: root, env: {}, volumes: [], exposed: [], skipped: [] };
  const inImage = (p: string) => (path.isAbsolute(p) ? path.join(root, p) : path.join(result.workdir, p));
  for (const step of stage.steps) {
    const where = `Dockerfile:${step.line}`;
    switch (step.keyword) {
      case 'WORKDIR':
        result.workdir = inImage(step.args);
        mkdirSync(result.workdir, { recursive: true });
        break;
      case 'ENV':
        Object.assign(result.env, parseEnv(step.args));
        break;
      case 'COPY': {
        const parts = words(step.args);
        const from = parts[0]!.startsWith('--from=') ? parts.shift()!.slice('--from='.length) : undefined;
        const dest = parts.pop()!;
        const source = from === undefined ? undefined : built.get(from);
        if (from !== undefined && !source)
          throw new Error(`${where}: COPY --from=${from}: no such stage before it`);
        for (const src of parts) {
          const origin = source ? path.join(source.root, src) : path.join(ROOT, src);
          if (!existsSync(origin))
            throw new Error(`${where}: COPY ${src}: not in the ${from ?? 'build context'}`);
          if (!source && ignored(src)) throw new Error(`${where}: COPY ${src}: excluded by .dockerignore`);
          // Docker's rules: a folder's contents go into dest; a file goes into dest/ or becomes dest.
          const isFile = statSync(origin).isFile();
          const into =
            isFile && dest.endsWith('/') ? inImage(path.join(dest, path.basename(src))) : inImage(dest);
          if (source) {
            // An earlier stage is only ever read by COPY, so its files are moved, not copied (node_modules is big).
            mkdirSync(path.dirname(into), { recursive: true });
            renameSync(origin, into);
          } else
            cpSync(origin, into, { recursive: true, filter: (file) => !ignored(path.relative(ROOT, file)) });
        }
        break;
      }
      case 'RUN':
        for (const command of step.args.split('&&').map((c) => c.trim())) runStep(command, result, where);
        break;
      case 'USER':
        result.user = step.args;
        break;
      case 'VOLUME':
        result.volumes.push(...words(step.args));
        break;
      case 'EXPOSE':
        result.exposed.push(...words(step.args));
        break;
      case 'HEALTHCHECK': {
        const cmd = /\bCMD\s+(.*)$/.exec(step.args)?.[1];
        if (!cmd) throw new Error(`${where}: HEALTHCHECK without CMD`);
        result.healthcheck = words(cmd);
        break;
      }
      case 'CMD':
        result.cmd = words(step.args);
        break;
      default:
        throw new Error(`${where}: ${step.keyword} is not handled by this test; teach it what the step does`);
    }
  }
  return result;
}

function runStep(command: string, stage: Built, where: string): void {
  if (/^(apt-get|rm -rf \/var\/lib\/apt)/.test(command)) {
    stage.skipped.push(command); // system packages: the image's business, not the app's
    return;
  }
  const mkdir = /^mkdir -p (\S+)$/.exec(command);
  if (mkdir) {
    mkdirSync(path.join(stage.root, mkdir[1]!), { recursive: true });
    return;
  }
  if (/^chown /.test(command)) {
    stage.skipped.push(command); // needs root; USER is checked separately
    return;
  }
  const remove = /^rm -rf (node_modules\/[\w@./-]+)$/.exec(command);
  if (remove) {
    rmSync(path.join(stage.workdir, remove[1]!), { recursive: true, force: true });
    return;
  }
  if (/^npm ci\b/.test(command)) {
    const args = [
      ...command.split(/\s+/).slice(1),
      '--prefer-offline',
      '--ignore-scripts',
      '--loglevel=error',
    ];
    const run = spawnSync('npm', args, { cwd: stage.workdir, encoding: 'utf8', timeout: 240_000 });
    if (run.status !== 0)
      throw new Error(
        `${where}: npm ${args.join(' ')} failed (${run.status ?? run.error?.message}):\n${run.stdout}\n${run.stderr}`,
      );
    // The one native module, built once by this checkout's own `npm ci` for this same Node and platform.
    const native = path.join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    cpSync(path.join(ROOT, native), path.join(stage.workdir, native));
    // The project's own install scripts run for real (npm ci runs them after the dependencies): a file they need
    // that the stage did not COPY fails here as it would in docker build.
    const pkg = JSON.parse(readFileSync(path.join(stage.workdir, 'package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
    };
    for (const name of ['preinstall', 'install', 'postinstall', 'prepare'].filter((n) => pkg.scripts?.[n])) {
      const script = spawnSync('npm', ['run', '--silent', name], {
        cwd: stage.workdir,
        encoding: 'utf8',
        timeout: 120_000,
      });
      if (script.status !== 0) throw new Error(`${where}: npm ci's ${name} script failed:\n${script.stderr}`);
    }
    return;
  }
  const script = /^node (scripts\/[\w.-]+\.mjs)$/.exec(command);
  if (script) {
    const run = spawnSync(process.execPath, [script[1]!], {
      cwd: stage.workdir,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (run.status !== 0) throw new Error(`${where}: RUN ${command} failed:\n${run.stdout}\n${run.stderr}`);
    return;
  }
  throw new Error(`${where}: RUN ${command}: not handled by this test; teach it what the step does`);
}

async function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  let out = '';
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = pattern.exec(out);
      if (m) resolve(m);
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code} before starting:\n${out}\n${err}`)));
  });
}

describe('the Dockerfile', () => {
  const stages = parseDockerfile(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'));
  const scratch = mkdtempSync(path.join(tmpdir(), 'dockerfile-'));
  const built = new Map<string, Built>();
  let final: Built;
  let bot: ChildProcess | undefined;

  beforeAll(() => {
    for (const stage of stages) built.set(stage.name, buildStage(stage, built, scratch));
    final = built.get(stages.at(-1)!.name)!;
  }, 300_000);
  afterAll(() => {
    bot?.kill('SIGKILL');
    rmSync(scratch, { recursive: true, force: true });
  }, 120_000);

  it('GIVEN its stages THEN dependencies are installed in one and the app runs from another, on the same base', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(new Set(stages.map((s) => s.image)).size).toBe(1); // native modules built for the Node that runs them
    const finalRuns = stages
      .at(-1)!
      .steps.filter((s) => s.keyword === 'RUN')
      .map((s) => s.args);
    expect(finalRuns.join('\n')).not.toMatch(/npm (ci|install)|apt-get/);
    expect(stages.at(-1)!.steps.some((s) => s.keyword === 'COPY' && s.args.startsWith('--from='))).toBe(true);
    // only the system-package and ownership steps were not carried out
    for (const stage of built.values())
      for (const c of stage.skipped) expect(c).toMatch(/^(apt-get|rm -rf|chown)/);
  });

  it('GIVEN the final stage THEN it runs as a user other than root, with the database folder as a volume', () => {
    expect(final.user).toBeDefined();
    expect(final.user).not.toMatch(/^(root|0)(:|$)/);
    expect(final.env.DATA_DIR).toBeDefined();
    expect(final.volumes).toContain(final.env.DATA_DIR);
    expect(existsSync(path.join(final.root, final.env.DATA_DIR!))).toBe(true);
    expect(final.exposed).toContain(final.env.PORT);
    // no development tools or tests in the image
    expect(existsSync(path.join(final.workdir, 'node_modules', 'vitest'))).toBe(false);
    expect(existsSync(path.join(final.workdir, 'test'))).toBe(false);
    // what the install scripts built came along (the engine's word vectors)
    expect(existsSync(path.join(final.workdir, '.cache', 'word-vectors.bin'))).toBe(true);
    // and the command line bundled from the image's own sources, which its entry point runs instead of the TypeScript
    expect(bundledEntry(path.join(final.workdir, '.cache', 'cli'), final.workdir)).toMatch(/main\.mjs$/);
  });

  it('GIVEN the built files THEN CMD starts the bot and the HEALTHCHECK command reports it healthy', async () => {
    const [command, ...args] = final.cmd!;
    expect(command).toBe('node');
    const env = {
      PATH: process.env.PATH ?? '',
      ...final.env,
      // the image's paths, inside this test's folder; port 0 since other tests run at the same time
      DATA_DIR: path.join(final.root, final.env.DATA_DIR!),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
    };
    bot = spawn(process.execPath, args, { cwd: final.workdir, env });
    const started = await waitForLine(bot, /http:\/\/localhost:(\d+)\//);
    const port = started[1]!;
    expect(existsSync(path.join(env.DATA_DIR, 'course-bot.sqlite'))).toBe(true);

    const [hcCommand, ...hcArgs] = final.healthcheck!;
    expect(hcCommand).toBe('node');
    const healthy = spawnSync(process.execPath, hcArgs, { env: { ...env, PORT: port }, timeout: 10_000 });
    expect(healthy.status).toBe(0);
    // and it would notice a bot that is not there
    const nobody = spawnSync(process.execPath, hcArgs, { env: { ...env, PORT: '1' }, timeout: 10_000 });
    expect(nobody.status).toBe(1);

    const exit = new Promise<number | null>((resolve) => bot!.on('exit', (code) => resolve(code)));
    bot.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 60_000);
});
