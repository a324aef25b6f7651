// `npm run eval` as a TA runs it: the entry point in a child process, on the small botany course.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/content/load-content.ts';

const COURSE = [
  '--faq',
  'test/fixtures/courses/botany/faq',
  '--schedule',
  'test/fixtures/courses/botany/schedule.yaml',
];

function evalRun(
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/eval.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A refusal: exit code 2, the reason on the first line, then the usage, and no stack trace. */
function expectRefused(run: ReturnType<typeof evalRun>, reason: string): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines[0]).toBe(reason);
  expect(lines[1]).toMatch(/^usage: npm run eval -- /);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/Error:|ENOENT/);
}

describe('GIVEN the eval command', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eval-command-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('WHEN an option of another mode is given (--misses) THEN it is refused with what to use instead', () => {
    expectRefused(
      evalRun(['--leave-one-out', '--misses', ...COURSE]),
      'unknown option --misses (--misses is an option of --syllabusqa; here --verbose prints each miss)',
    );
    expectRefused(evalRun([...COURSE, '--quiet', 'x.json']), 'unknown option --quiet');
  });

  it('WHEN a file or folder does not exist, or an option lacks its value THEN each is refused in one line', () => {
    expectRefused(
      evalRun([...COURSE, path.join(dir, 'none.json')]),
      `no question set file ${path.join(dir, 'none.json')}`,
    );
    expectRefused(
      evalRun(['--leave-one-out', '--faq', path.join(dir, 'no-faq')]),
      `no FAQ folder ${path.join(dir, 'no-faq')}`,
    );
    expectRefused(evalRun(['--leave-one-out', '--faq']), '--faq needs a value');
    expectRefused(evalRun(COURSE), 'no question set given (or --leave-one-out)');
  });

  it('WHEN a file is not a question set THEN it says which file, with exit code 2 and no stack trace', () => {
    const file = path.join(dir, 'not-a-set.json');
    writeFileSync(file, '{"q": "when is the exam"}');
    const run = evalRun([...COURSE, '--no-vectors', file]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd()).toMatch(
      new RegExp(`^${file.replace(/[.]/g, '\\.')}: not a question set: [^\\n]+$`),
    );
  });

  it('WHEN a YAML set has a kind misspelt THEN its line and field are named, with what is allowed', () => {
    const file = path.join(dir, 'mine.yaml');
    writeFileSync(
      file,
      'questions:\n  - q: when is the exam\n    expect: answer\n  - q: hi\n    expect: answr\n',
    );
    const run = evalRun([...COURSE, '--no-vectors', file]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd()).toBe(
      `${file}: not a question set: line 5 questions[1].expect: must be answer, redirect or fallback, or a list of them ([answer, fallback])`,
    );
  });

  it('WHEN a YAML set gives a list of kinds THEN either counts as right', () => {
    const file = path.join(dir, 'either.yaml');
    writeFileSync(file, 'questions:\n  - q: what is the weather on mars\n    expect: [answer, fallback]\n');
    const run = evalRun([...COURSE, '--no-vectors', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('either.yaml: 1/1 = 100.0%  [answer|fallback 1/1]');
  });

  it('WHEN --leave-one-out runs THEN it prints the total, and with --verbose one MISS line per phrasing not reached', () => {
    const plain = evalRun(['--leave-one-out', '--no-vectors', ...COURSE]);
    expect(plain.status).toBe(0);
    const total = /leave-one-out: (\d+)\/(\d+) = /.exec(plain.stdout);
    expect(total).not.toBeNull();
    const missed = Number(total?.[2]) - Number(total?.[1]);
    expect(missed).toBeGreaterThan(0);
    expect(plain.stdout).not.toContain('MISS');
    expect(plain.stdout).toContain(`(--verbose lists the ${missed} phrasings not reached)`);
    const verbose = evalRun(['--leave-one-out', '--verbose', '--no-vectors', ...COURSE]);
    expect(verbose.status).toBe(0);
    expect(verbose.stdout.match(/^MISS {2}[a-z0-9_-]+: ".+" -> /gm)).toHaveLength(missed);
  });

  it("WHEN it asks its questions THEN nothing is written to DATA_DIR: the question log stays the students' (docs/adopting.md §5)", () => {
    const dataDir = path.join(dir, 'data');
    const file = path.join(dir, 'asked.yaml');
    writeFileSync(file, 'questions:\n  - { q: "when is the exam", expect: answer }\n');
    expect(evalRun(['--leave-one-out', '--no-vectors', ...COURSE], { DATA_DIR: dataDir }).status).toBe(0);
    expect(evalRun([...COURSE, '--no-vectors', file], { DATA_DIR: dataDir }).stdout).toMatch(
      /^asked\.yaml: /m,
    );
    expect(existsSync(dataDir)).toBe(false);
  });

  it('WHEN a question set is scored THEN one line gives the set, right of all, by expected kind', () => {
    const file = path.join(dir, 'set.yaml');
    writeFileSync(
      file,
      'questions:\n  - { q: "can I have an extension, my grandmother died", expect: redirect }\n',
    );
    const run = evalRun([...COURSE, '--no-vectors', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^set\.yaml: 1\/1 = 100\.0% {2}\[redirect 1\/1\]$/m);
  });

  it('WHEN --now is given THEN the sets are asked as of that local time, and a time that is not one is refused', () => {
    const file = path.join(dir, 'when.yaml');
    writeFileSync(
      file,
      'questions:\n  - { q: "when is the final exam", expect: answer, facts: ["\\\\(in 2 days\\\\)"] }\n',
    );
    const at = evalRun([...COURSE, '--no-vectors', '--now', '2030-04-01 09:00', file]);
    expect(at.status).toBe(0);
    expect(at.stdout).toMatch(/^when\.yaml: 1\/1 = 100\.0%/m);
    // (asked now, years before the course's term, the exam is not two days away)
    expect(evalRun([...COURSE, '--no-vectors', file]).stdout).toMatch(/^when\.yaml: 0\/1 = 0\.0%/m);
    expectRefused(
      evalRun([...COURSE, '--now', '2030-13-01 09:00', file]),
      '--now "2030-13-01 09:00" is not a real time (there is no month 13; months run from 01 to 12): write it like --now "2026-10-01 10:00" (in Europe/Amsterdam, the schedule\'s zone)',
    );
  });
});
