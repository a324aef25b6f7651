// `course-bot grade`: the chat command's calculator from the command line, on a course file given with --faq (and a
// schedule with --schedule, for its deadlines' own late rules).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/content/load-content.ts';

const LETTER = 'test/fixtures/courses/letter/faq';

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'grade', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
    timeout: 30_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('GIVEN a letter-graded course file', () => {
  it('WHEN scores are given per part THEN the weighted estimate and letter are printed (JSON with --json)', () => {
    // homework: the two lowest of ten dropped, 80/80; midterm 45/50 = 90%; exam 90% -> 30 + 27 + 36 = 93 -> A
    const run = cli(['--faq', LETTER, '--json', 'homework=10,10,10,10,10,10,10,10,0,0;midterm=45;exam=90']);
    expect(run.status).toBe(0);
    const reply = JSON.parse(run.stdout) as { kind: string; data: { percent: number; grade: string } };
    expect(reply.kind).toBe('info');
    expect(reply.data.percent).toBeCloseTo(93, 6);
    expect(reply.data.grade).toBe('A');
    const text = cli(['--faq', LETTER, 'midterm=25']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('**Weighted score:** **50.0%**');
  });

  it('WHEN a part the course does not have is given THEN the problem is printed and the exit status is 1', () => {
    const run = cli(['--faq', LETTER, 'quiz=5']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('homework, midterm, exam');
  });

  it('WHEN the course folder has no course file THEN it says so and the exit status is 1', () => {
    const run = cli(['--faq', 'test/fixtures/courses/nowhere', '7,8']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/course\.yaml: file not found/);
  });
});

describe('GIVEN a schedule whose quizzes have their own late rule (--schedule)', () => {
  const SCHEDULE = 'test/fixtures/schedules/late-rules.yaml';

  it("WHEN grade is run THEN the rules list the quizzes' rule and the course file's for the other deadlines", () => {
    const run = cli(['--faq', LETTER, '--schedule', SCHEDULE, 'midterm=40']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('- Quiz 1, Quiz 2: Late hand-ins are not accepted.');
    expect(run.stdout).toContain(
      '- Other deadlines: You have 4 late days for the whole course; after that, late hand-ins lose 10% per day late.',
    );
  });

  it('WHEN the schedule is invalid THEN its problem is printed with file, line and field, and the exit status is 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'course-bot-grade-cli-'));
    try {
      const file = path.join(dir, 'bad.yaml');
      writeFileSync(file, readFileSync(SCHEDULE, 'utf8').replace('policy: not_accepted', 'policy: never'));
      const run = cli(['--faq', LETTER, '--schedule', file, 'midterm=40']);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /bad\.yaml:6 events\[0\]\.late\.policy: needs policy: one of penalty, penalty_unstated, not_accepted, no_penalty/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('GIVEN the shipped course and the sample schedule (--late)', () => {
  it('WHEN items were handed in late THEN their penalties are applied and shown per item', () => {
    const run = cli(['7,8.5,-,6', '28', '--late', 'a1=2d,a2=5h', '--json']);
    expect(run.status).toBe(0);
    const reply = JSON.parse(run.stdout) as { text: string; data: { pointsSoFar: number } };
    // 7 - 4 + 8.5 - 2 + 6
    expect(reply.data.pointsSoFar).toBe(15.5);
    expect(reply.text).toContain('(`a1`, 2 days late): −4 points (2 days × 2 points): 7 → 3.');
    expect(reply.text).toContain('(`a2`, 1 day late): −2 points (1 day × 2 points): 8.5 → 6.5.');
  });

  it('WHEN a late item is unknown or its duration is not one THEN one line on standard error and exit 1', () => {
    const unknown = cli(['7,8', '--late', 'a7=2d']);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr.trim()).toBe(
      '`late`: "a7" is not a deadline of this course; the deadlines are a1, a2, a3, a4. See `help grade`.',
    );
    const bad = cli(['7,8', '--late', 'a1=soon']);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual([
      '`late`: "soon" (for a1) is not how late: write days such as 2d, or hours such as 5h. See `help grade`.',
    ]);
  });
});
