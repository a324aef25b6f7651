// `npm run eval -- --all` as a maintainer runs it: every set a list names, each asked of its own course, in groups.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/content/load-content.ts';
import { DEFAULT_SETS_FILE, readSetList, runsLine } from '../eval-all.ts';

function evalAll(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/eval.ts', '--all', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('GIVEN a list of question sets in two groups over a small course', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eval-all-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'botany'));
  writeFileSync(
    path.join(dir, 'botany/one.yaml'),
    'questions:\n' +
      '  - { q: "when is the exam", expect: answer }\n' +
      '  - { q: "what is the capital of mongolia", expect: fallback }\n' +
      '  - { q: "what is the capital of peru", expect: answer }\n',
  );
  const botany = path.join(PROJECT_ROOT, 'test/fixtures/courses/botany');
  const list = (groups: string): string => {
    const file = path.join(dir, `sets-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, `courses:\n  botany: ${botany}\ngroups:\n${groups}`);
    return file;
  };
  const twoGroups = list(
    '  - name: tuning\n    sets: [botany/one.yaml]\n  - name: measuring\n    sets: [botany/one.yaml]\n',
  );
  const at = ['--at', '2026-03-01T12:00:00Z'];

  it('WHEN it runs THEN it prints a line per set, each group total and the overall one', () => {
    const run = evalAll(['--sets', twoGroups, ...at]);
    expect(run.status).toBe(0);
    expect(
      run.stdout.match(/^botany\/one\.yaml: 2\/3 = 66\.7% {2}\[\d+ entries, \d+\.\d phrasings each\]$/gm),
    ).toHaveLength(2);
    expect(run.stdout).toMatch(/^tuning: 2\/3 = 66\.7%; out-of-scope questions answered: 0$/m);
    expect(run.stdout).toMatch(/^measuring: 2\/3 = 66\.7%; out-of-scope questions answered: 0$/m);
    expect(run.stdout).toMatch(/^all: 4\/6 = 66\.7%$/m);
    expect(run.stdout).not.toContain('MISS');
  });

  it('WHEN its questions give their style THEN each group total also counts them by style, and the out-of-scope ones answered', () => {
    writeFileSync(
      path.join(dir, 'botany/styled.json'),
      JSON.stringify([
        { q: 'when is the exam', expect: ['answer'], style: 'short' },
        { q: 'what is the capital of mongolia', expect: ['fallback'], style: 'plain' },
        { q: 'what is the capital of peru', expect: ['answer'], style: 'plain' },
        { q: 'what is the capital of chile', expect: ['fallback'] },
        // (a writer who expects a fallback where the course answers: counted as an out-of-scope question answered)
        { q: 'when is the exam?', expect: ['fallback', 'redirect'], style: 'short' },
      ]),
    );
    const run = evalAll(['--sets', list('  - name: tuning\n    sets: [botany/styled.json]\n'), ...at]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^tuning: 3\/5 = 60\.0% {2}\[- 1\/1, plain 1\/2, short 1\/2\]; out-of-scope questions answered: 1$/m,
    );
    // (a group whose questions have one style, or none, has the total alone, as in the first case)
  });

  it('WHEN --only and --verbose are given THEN one group runs and its miss is printed with why', () => {
    const run = evalAll(['--sets', twoGroups, ...at, '--only', 'meas', '--verbose']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/^tuning:/m);
    expect(run.stdout).not.toMatch(/^all:/m);
    expect(
      run.stdout.match(/^MISS {2}botany\/one\.yaml "what is the capital of peru": kind fallback/gm),
    ).toHaveLength(1);
  });

  it('WHEN a set is missing or the list misspells a field THEN it is refused in one line, naming it', () => {
    const missing = evalAll(['--sets', list('  - name: tuning\n    sets: [botany/two.yaml]\n'), ...at]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trimEnd()).toMatch(/: no question set botany\/two\.yaml \(.*two\.yaml\)$/);
    const misspelt = evalAll(['--sets', list('  - name: tuning\n    set: [botany/one.yaml]\n'), ...at]);
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toMatch(/:4 groups\[0\]\.sets: is required$/m);
    expect(misspelt.stderr).toMatch(
      /:5 groups\[0\]\.set: unknown field \(check the spelling; .*name, sets\)$/m,
    );
    expect(misspelt.stderr).not.toMatch(/^\s+at /m);
  });

  it("WHEN a course's content does not load THEN nothing is asked: the problem is listed, with exit code 1", () => {
    const file = path.join(dir, 'sets-no-course.yaml');
    writeFileSync(
      file,
      `courses:\n  botany: ${botany}\n  moss: ${path.join(dir, 'no-such-course')}\n` +
        'groups:\n  - name: tuning\n    sets: [botany/one.yaml, moss/one.yaml]\n',
    );
    mkdirSync(path.join(dir, 'moss'), { recursive: true });
    writeFileSync(
      path.join(dir, 'moss/one.yaml'),
      'questions:\n  - { q: "when is the exam", expect: answer }\n',
    );
    const run = evalAll(['--sets', file, ...at]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('The content for moss/one.yaml has');
    expect(run.stderr).toContain(path.join(dir, 'no-such-course'));
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('WHEN --runs 2 is given THEN each group is scored again in a second training run, after the usual lines', () => {
    const run = evalAll(['--sets', twoGroups, ...at, '--runs', '2']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^all: 4\/6 = 66\.7%$/m);
    const tail = run.stdout.slice(run.stdout.indexOf('the same in 2 training runs'));
    expect(tail).toMatch(/^tuning: 2, \d of 3 \(mean \d\.\d = \d+\.\d%, range \d-\d\)$/m);
    expect(tail).toMatch(/^measuring: 2, \d of 3 \(mean \d\.\d = \d+\.\d%, range \d-\d\)$/m);
    // (without --runs, no such lines: the first case)
    const bad = evalAll(['--sets', twoGroups, ...at, '--runs', '0']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('--runs "0" is not a number of runs from 1 to 10');
  });

  it('WHEN --at is not an instant THEN it is refused with how to write one, and the usage', () => {
    const run = evalAll(['--sets', twoGroups, '--at', '2026-03-01']);
    expect(run.status).toBe(2);
    const [first, second] = run.stderr.split('\n');
    expect(first).toBe('--at "2026-03-01" is not an instant: write it like --at 2026-12-06T12:00:00Z');
    expect(second).toMatch(/^usage: npm run eval -- --all /);
  });
});

describe('GIVEN the right answers of a group in several training runs', () => {
  it('THEN one line gives each, their mean as a share of the questions, and their range', () => {
    expect(runsLine('tuning', [2287, 2282, 2288], 2388)).toBe(
      'tuning: 2287, 2282, 2288 of 2388 (mean 2285.7 = 95.7%, range 2282-2288)',
    );
  });
});

describe("GIVEN the repository's list of question sets (test/eval-sets/sets.yaml)", () => {
  it('THEN it names every set of test/eval-sets once, each in one group, and each exists', () => {
    const file = path.join(PROJECT_ROOT, DEFAULT_SETS_FILE);
    const list = readSetList(file);
    expect(list.ok ? [] : list.problems).toEqual([]);
    if (!list.ok) return;
    const listed = list.value.groups.flatMap((g) => g.sets);
    const dir = path.dirname(file);
    const sets = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(path.join(dir, d.name))
          .filter((f) => /\.(json|ya?ml)$/.test(f))
          .map((f) => `${d.name}/${f}`),
      );
    expect([...listed].sort()).toEqual([...sets].sort());
    for (const set of listed) expect(existsSync(path.join(dir, set)), set).toBe(true);
  });
});
