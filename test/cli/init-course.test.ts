// `init-course`: a skeleton course that validates as written, warns about its placeholders, and never overwrites.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { placeholderWarnings } from '../../src/content/placeholders.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { initCourse } from '../../src/init-course/init-course.ts';
import { judge, readCases } from '../eval.ts';

const root = path.resolve(import.meta.dirname, '../..');
let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'init-course-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[]) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !['FAQ_DIR', 'SCHEDULE_FILE', 'PUBLIC_URL', 'ENV_FILE'].includes(k),
    ),
  );
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    env: { ...env, DATA_DIR: tmp },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('init-course', () => {
  it('GIVEN an empty folder THEN a course file, a schedule and the common FAQ topics that load as written', () => {
    const dir = path.join(tmp, 'my-course');
    const result = initCourse(dir);
    expect(result.ok).toBe(true);
    expect(readdirSync(path.join(dir, 'faq')).sort()).toEqual([
      'assignments.yaml',
      'contact.yaml',
      'course-info.yaml',
      'course.yaml',
      'exam.yaml',
      'grading.yaml',
    ]);
    const content = loadContent({
      faqDir: path.join(dir, 'faq'),
      scheduleFile: path.join(dir, 'schedule.yaml'),
    });
    const ids = content.faq.map((e) => e.id);
    for (const topic of [
      'contact',
      'assignments',
      'late-work',
      'extensions',
      'grading',
      'exam',
      'prerequisites',
    ])
      expect(ids).toContain(topic);
    for (const entry of content.faq) expect(entry.questions.length).toBeGreaterThanOrEqual(5);
    expect(content.course.grading?.final).toMatchObject({ rule: 'weighted' });
  });

  it('GIVEN the skeleton as written THEN every placeholder is named as a warning', () => {
    const dir = path.join(tmp, 'c');
    initCourse(dir);
    const content = loadContent({
      faqDir: path.join(dir, 'faq'),
      scheduleFile: path.join(dir, 'schedule.yaml'),
    });
    const warnings = placeholderWarnings(content, { publicUrl: undefined }).join('\n');
    expect(warnings).toContain('contacts.email is course-staff@example.edu');
    expect(warnings).toContain('website is https://example.edu/my-course');
    expect(warnings).toContain("4 of the schedule's 4 events are on the placeholder dates init-course wrote");
    expect(warnings).toContain('14 FAQ answers still start with TODO: (');
  });

  it('GIVEN the skeleton as written THEN each of its trial questions gets the reply it expects', () => {
    const dir = path.join(tmp, 'c');
    initCourse(dir);
    const cases = readCases(path.join(dir, 'trial-questions.yaml'));
    expect(new Set(cases.flatMap((c) => c.expect))).toEqual(new Set(['answer', 'redirect', 'fallback']));
    const engine = getAnswerEngine(
      loadContent({ faqDir: path.join(dir, 'faq'), scheduleFile: path.join(dir, 'schedule.yaml') }),
    );
    const now = new Date('2031-09-15T08:00:00Z');
    expect(cases.map((c) => [c.q, judge(c, engine.answer(c.q, now))])).toEqual(cases.map((c) => [c.q, null]));
  });

  it('GIVEN files already there THEN nothing is written and they are named', () => {
    const dir = path.join(tmp, 'c');
    initCourse(dir);
    const courseFile = path.join(dir, 'faq/course.yaml');
    writeFileSync(courseFile, 'name: Edited\n');
    const again = initCourse(dir);
    expect(again).toEqual({ ok: false, existing: expect.arrayContaining([courseFile]) });
    expect(readFileSync(courseFile, 'utf8')).toBe('name: Edited\n');
  });

  it('GIVEN a folder name that is a file THEN the command line says so and what to do, not the system error', () => {
    const file = path.join(tmp, 'notes.txt');
    writeFileSync(file, 'x');
    const init = cli(['init-course', file]);
    expect(init.status).toBe(1);
    expect(init.stderr.trim()).toBe(
      `Nothing written: ${file} is a file, not a folder. Pick a new folder name (init-course creates it).`,
    );
  });

  it('GIVEN the command line THEN init-course writes, validate passes with only warnings, and a second run refuses', () => {
    const dir = path.join(tmp, 'stat101');
    const init = cli(['init-course', dir]);
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('Wrote a skeleton course in');
    // (the validate it prints, run as printed: the schedule beside the folder is found without --schedule)
    const printed = /npm run --silent cli -- validate --faq (\S+)/.exec(init.stdout);
    expect(printed?.[1]).toBe(path.join(dir, 'faq'));
    expect(init.stdout).not.toContain('--schedule');
    const check = cli(['validate', '--faq', printed?.[1] ?? '']);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(
      /^OK: 14 FAQ entries \(\d+ phrasings\), course "My Course", 4 events in Europe\/Amsterdam from \S*\/schedule\.yaml\./,
    );
    const stderr = check.stderr.trim().split('\n');
    expect(stderr.length).toBeGreaterThan(0);
    expect(stderr.filter((line) => !line.startsWith('Warning: '))).toEqual([
      expect.stringMatching(/^Note: PUBLIC_URL is not set/),
    ]);
    // (the eval it prints, run as printed: every trial question gets the reply it expects)
    const trial = /npm run --silent eval -- (.+)$/m.exec(init.stdout)?.[1]?.split(' ') ?? [];
    expect(trial).toEqual(['--faq', path.join(dir, 'faq'), path.join(dir, 'trial-questions.yaml')]);
    const asked = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'test/eval.ts'), ...trial],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(asked.stdout).toMatch(/^trial-questions\.yaml: 11\/11 = 100\.0% /m);
    const again = cli(['init-course', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Nothing written: these files already exist');
  });
});
