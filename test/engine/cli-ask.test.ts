// The `ask` and `gaps` CLI commands as a user runs them: a real process, stdin lines in, JSON lines out, SQLite log.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/content/load-content.ts';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cli-ask-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function cli(args: string[], input: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, DATA_DIR: dataDir },
    timeout: 30_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('GIVEN questions on stdin, one per line', () => {
  it('WHEN `ask --json` runs THEN it writes one JSON reply per line in the issue shape and logs them; gaps lists the misses', () => {
    const questions = [
      'whats the late penalty',
      'can i get an extension for a2',
      'how do i install windows on my laptop',
      '',
      'how do I install windows on my laptop??',
    ];
    const run = cli(['ask', '--json'], `${questions.join('\n')}\n`);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(questions.length);
    const replies = lines.map((l) => JSON.parse(l) as { kind: string; text: string; sources: unknown[] });
    expect(replies.map((r) => r.kind)).toEqual(['answer', 'redirect', 'fallback', 'fallback', 'fallback']);
    for (const r of replies) expect(Object.keys(r).sort()).toEqual(['kind', 'sources', 'text']);
    expect(replies[0]?.sources[0]).toMatchObject({ id: 'late-penalty' });

    const gaps = cli(['gaps', '--json'], '');
    expect(gaps.status).toBe(0);
    const groups = JSON.parse(gaps.stdout) as {
      count: number;
      example: string;
      kinds: Record<string, number>;
    }[];
    expect(groups[0]).toMatchObject({ count: 2, kinds: { fallback: 2 } });
    expect(groups[0]?.example).toMatch(/install windows/i);
    expect(groups[1]).toMatchObject({ count: 1, kinds: { redirect: 1 } });

    // what the engine learned is kept in the data folder, and read back by the next run
    expect(readdirSync(path.join(dataDir, 'models'))).toEqual([expect.stringMatching(/^model-\w+\.bin$/)]);
    const again = cli(['ask', '--json'], `${questions.join('\n')}\n`);
    expect(again.stdout).toBe(run.stdout);
    expect(readdirSync(path.join(dataDir, 'models'))).toHaveLength(1);
  });
});

describe('GIVEN `ask --now`', () => {
  const botany = [
    '--faq',
    'test/fixtures/courses/botany/faq',
    '--schedule',
    'test/fixtures/courses/botany/schedule.yaml',
  ];
  const ask = (now: string, question: string) =>
    cli(['ask', '--json', ...botany, '--now', now, question], '');

  it('WHEN a date in the term and one after it are given THEN schedule answers are as of that local time', () => {
    const inTerm = ask('2030-02-20 13:00', 'when is the next lab report due');
    expect(inTerm.status).toBe(0);
    expect((JSON.parse(inTerm.stdout) as { sources: { id: string }[] }).sources[0]?.id).toBe(
      'schedule:report-2',
    );
    // 17:00 in Amsterdam: the report due at 17:00 is still to come at 16:59, passed at 17:00
    const justBefore = ask('2030-03-22 16:59', 'when is the next lab report due');
    expect((JSON.parse(justBefore.stdout) as { text: string }).text).toContain('left)');
    const afterTerm = ask('2030-03-22 17:01', 'when is the next lab report due');
    expect((JSON.parse(afterTerm.stdout) as { text: string }).text).toContain(
      'the last one, **Lab report 3**',
    );
  });

  it.each([
    ['next tuesday', 'is not a local time YYYY-MM-DD HH:mm'],
    ['2030-03-31 02:30', 'does not exist in Europe/Amsterdam (the clocks skip it)'],
    ['2030-04-31 10:00', 'is not a real time (April 2030 has 30 days)'],
  ])('WHEN --now is %j THEN it is refused, saying how to write it', (now, why) => {
    const run = ask(now, 'when is the next lab report due');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(why);
    expect(run.stderr).toContain("(in Europe/Amsterdam, the schedule's zone)");
  });
});

describe('GIVEN questions on stdin, one per line, without --json', () => {
  it('WHEN `ask` runs THEN each reply is printed after its question, so the two can be read together', () => {
    const questions = ['whats the late penalty', 'how do i install windows on my laptop'];
    const run = cli(['ask'], `${questions.join('\n')}\n`);
    expect(run.status).toBe(0);
    const blocks = run.stdout.trimEnd().split(/\n\n(?=Q: )/);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^Q: whats the late penalty\n[\s\S]*\(answer: /);
    expect(blocks[1]).toMatch(/^Q: how do i install windows on my laptop\n[\s\S]*\(fallback\)$/);
  });

  it('WHEN one question is given as an argument THEN the reply is printed alone, as typed', () => {
    const run = cli(['ask', 'whats the late penalty'], '');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('Q: ');
    expect(run.stdout).toMatch(/\(answer: [^)]+\)\n\n$/);
  });
});
