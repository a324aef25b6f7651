import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { START_TEST_MS, START_WAIT_MS } from './start-wait.ts';

const root = path.resolve(import.meta.dirname, '../..');
const cli = ['--import', 'tsx', path.join(root, 'src/cli/main.ts')];
const tmp = mkdtempSync(path.join(tmpdir(), 'cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function runCli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [...cli, ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: tmp, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('course-bot validate', () => {
  it('GIVEN the shipped content THEN it exits 0 and summarises it', () => {
    const run = runCli(['validate']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^OK: \d+ FAQ entries \(\d+ phrasings\), \d+ passages from 1 document, course "Deep Learning", \d+ events in Europe\/Amsterdam from the sample schedule schedules\/sample\.yaml\./,
    );
  });

  it('GIVEN a broken schedule THEN it exits 1 and lists each problem with file and line', () => {
    const file = path.join(tmp, 'broken.yaml');
    writeFileSync(
      file,
      'course: X\ntimezone: Europe/Amsterdam\nevents:\n  - {id: a1, type: deadline, title: A, due: "2026-02-30 10:00"}\n',
    );
    const run = runCli(['validate', '--schedule', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 problem in the course content:');
    expect(run.stderr).toMatch(
      /broken\.yaml:4 events\[0\]\.due: "2026-02-30 10:00" is not a real time: February 2026 has 28 days/,
    );
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });
});

describe('course-bot start', () => {
  it(
    'GIVEN valid content THEN /healthz answers and SIGTERM shuts down cleanly',
    async () => {
      const child = spawn(process.execPath, [...cli, 'start'], {
        cwd: root,
        env: { ...process.env, DATA_DIR: tmp, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error' },
      });
      let stdout = '';
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no start-up line; stdout: ${stdout}`)),
          START_WAIT_MS,
        );
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const m = /http:\/\/localhost:(\d+)\//.exec(stdout);
          if (m) {
            clearTimeout(timer);
            resolve(Number(m[1]));
          }
        });
        child.on('exit', (code) => reject(new Error(`exited early with ${code}`)));
      });
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', course: 'Deep Learning' });
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    },
    START_TEST_MS,
  );

  it('GIVEN invalid content THEN it refuses to start and says why', () => {
    const file = path.join(tmp, 'bad-zone.yaml');
    writeFileSync(file, 'course: X\ntimezone: Nowhere/City\nevents: []\n');
    const run = runCli(['start', '--schedule', file], { PORT: '0' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Not starting: the course content has problems.');
    expect(run.stderr).toMatch(/bad-zone\.yaml:2 timezone: "Nowhere\/City" is not an IANA time zone/);
  });

  it('GIVEN a bad configuration THEN every problem is listed at once and no secret is echoed', () => {
    const run = runCli(['start'], {
      PORT: 'eighty',
      ADMIN_TOKEN: 'short-secret',
      DISCORD_TOKEN: 'discord-secret-value',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PORT: /);
    expect(run.stderr).toMatch(/ADMIN_TOKEN: must be at least 16 characters/);
    expect(run.stderr).not.toContain('short-secret');
    expect(run.stderr).not.toContain('discord-secret-value');
  });
});
