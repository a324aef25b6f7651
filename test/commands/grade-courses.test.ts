// `grade` and the late-policy sentence for other courses: CS109A (weighted, no exam, no late work), a
// letter-graded course, a course without a calculator, and this course written in the model.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import deadlines from '../../commands/deadlines.ts';
import grade from '../../commands/grade.ts';
import help from '../../commands/help.ts';
import { loadContent, loadCourse, type Content } from '../../src/content/load-content.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { writeCourseWithGrading } from '../grade/course-with-grading.ts';
import { makeTestCore, student } from './core-for-tests.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/courses');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function runner(content: Partial<Content>, now?: string) {
  const env = makeTestCore(now);
  cleanups.push(env.cleanup);
  const core = { ...env.core, content: { ...env.core.content, ...content } };
  return createCommandRunner(core, [grade, deadlines, help]);
}

function course(faqDir: string) {
  const loaded = loadCourse(faqDir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

describe('CS109A: weighted parts, no exam, no late submissions', () => {
  const content = loadContent({
    faqDir: path.join(FIXTURES, 'cs109a/faq'),
    scheduleFile: path.join(FIXTURES, 'cs109a/schedule.yaml'),
  });

  it("GIVEN help grade THEN it ends with an example in this course's own parts", async () => {
    const text = (await runner(content).run('help', { command: 'grade' }, student)).text;
    const last = text.split('\n').at(-1) ?? '';
    expect(last).toMatch(/^For .+, for example: `grade [a-z0-9_-]+=[\d,;=a-z_-]+`/);
    expect(last).toContain(`grade ${content.course.grading?.components[0]?.id}=`);
  });

  it('GIVEN scores per part THEN the weighted score over the parts given, with the lowest 25% of quizzes dropped', async () => {
    const reply = await runner(content).run(
      'grade',
      { assignments: 'hw0=5;paired=4,5,4.5;individual=5;quizzes=100,80,60,100;exercises=90%,100%' },
      student,
    );
    expect(reply.kind).toBe('info');
    expect(reply.private).toBe(true);
    expect(reply.text).toContain('**Quizzes** (6%): 280 of 300 points, lowest 1 dropped → **93.3%**');
    expect(reply.text).toContain('**Paired homework** (42%): 13.5 of 15 points (3 of 6 given) → **90.0%**');
    expect(reply.text).toContain('**Final project** (25%): no scores yet');
    // (1×100 + 42×90 + 20×100 + 6×93.33 + 6×95) / 75 = 93.47
    expect(reply.text).toContain(
      '**Weighted score:** **93.5%** (over the 75% of the grade with scores so far)',
    );
    expect(reply.text).toContain('Late hand-ins are not accepted.');
    expect(reply.text).not.toMatch(/no penalty|pass mark|5\.5/);
  });

  it('GIVEN every part THEN the whole weighted score', async () => {
    const reply = await runner(content).run(
      'grade',
      { assignments: 'hw0 5 paired 5,5,5,5,5,5 individual 5,5 quizzes 100 exercises 100 project 80' },
      student,
    );
    // 75 × 100% + 25 × 80% = 95
    expect(reply.text).toContain('**Weighted score:** **95.0%**');
    expect(reply.text).not.toContain('over the');
  });

  it('GIVEN an exam score THEN it says the course has no exam, with an example in its own parts', async () => {
    const reply = await runner(content).run('grade', { assignments: '5', exam: 30 }, student);
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('has no exam part');
    expect(reply.text).toContain('grade hw0=');
  });

  it('GIVEN too many homework scores or a part that does not exist THEN the error names the part', async () => {
    const r = runner(content);
    expect((await r.run('grade', { assignments: 'individual=5,5,5' }, student)).text).toContain(
      '`individual`: there are only 2 individual homework, you gave 3 values.',
    );
    expect((await r.run('grade', { assignments: 'paired=6' }, student)).text).toContain(
      '`paired`: 6 is more than the 5 points',
    );
    // (the word at fault, not the argument's name: "`assignments`:" read as a part's in courses with one)
    expect((await r.run('grade', { assignments: 'hw0=5 midterm=50' }, student)).text).toMatch(
      /^"midterm" is neither a number of points nor the name of a part; the parts are hw0, paired, individual, quizzes, exercises, project\./,
    );
    // (a part named twice is refused, not merged into one list)
    expect((await r.run('grade', { assignments: 'paired=5;paired=4' }, student)).text).toMatch(
      /^"paired" is given twice; give all its scores after one "paired=", separated by commas/,
    );
  });

  it('GIVEN the deadlines command THEN it says late work is not accepted, not that there is no penalty', async () => {
    const reply = await runner(content, '2020-09-01T12:00:00Z').run('deadlines', {}, student);
    expect(reply.text).toContain('Late hand-ins are not accepted. Only with a medical note');
    expect(reply.text).not.toContain('no penalty');
  });
});

describe('a letter-graded course', () => {
  const letter = course(path.join(FIXTURES, 'letter/faq'));

  it('GIVEN scores THEN the letter from the cut-offs, and a failed exam requirement said plainly', async () => {
    const reply = await runner({ course: letter }).run(
      'grade',
      { assignments: 'homework=10,9,8,0,10,9 midterm=40', exam: 45 },
      student,
    );
    // Homework: 0 and 8 dropped → 38 of 40 = 95%; midterm 80%; exam 45%: 0.3×95 + 0.3×80 + 0.4×45 = 70.5 → C-
    expect(reply.text).toContain('**Weighted score:** **70.5%**, grade **C-**');
    expect(reply.text).toContain('Not a pass yet: Final exam needs at least 50%.');
    expect(reply.text).toContain(
      'You have 4 late days for the whole course; after that, late hand-ins lose 10% per day late.',
    );
  });

  it('GIVEN a score exactly on a cut-off THEN the grade from that cut-off', async () => {
    const reply = await runner({ course: letter }).run(
      'grade',
      { assignments: 'homework 9 9 9 9 9 9 9 9 9 9 midterm 45 exam 90' },
      student,
    );
    expect(reply.text).toContain('**Weighted score:** **90.0%**, grade **A-**');
    expect(reply.text).not.toContain('Not a pass');
  });
});

describe('a course without a calculator', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN calculator: false THEN grade refuses and says why, whatever the arguments', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'no-calc-'));
    writeCourseWithGrading(
      dir,
      'grading:\n  calculator: false\n  late: { policy: penalty, per_day: 10, unit: percent }\n',
    );
    const r = runner({ course: course(dir) });
    for (const args of [{}, { assignments: '7,8' }, { exam: 30 }]) {
      const reply = await r.run('grade', args, student);
      expect(reply.kind).toBe('error');
      expect(reply.text).toContain('There is no grade calculator for Deep Learning');
    }
  });

  it('GIVEN calculator: false THEN help does not list grade, and help grade says there is no such command', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'no-calc-'));
    writeCourseWithGrading(
      dir,
      'grading:\n  calculator: false\n  late: { policy: penalty, per_day: 10, unit: percent }\n',
    );
    const r = runner({ course: course(dir) });
    const list = await r.run('help', {}, student);
    expect(list.text).toContain('deadlines');
    expect(list.text).not.toContain('`grade');
    expect((await r.run('help', { command: 'grade' }, student)).kind).toBe('error');
  });
});

describe('this course written in the model', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("GIVEN the same rules in the model THEN every reply is today's, word for word", async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dl-model-'));
    writeCourseWithGrading(
      dir,
      `grading:
  scale: { min: 1, max: 10, pass: 5.5 }
  components:
    - { id: assignments, name: Assignments, weight: 50, count: 4, points_each: 10, pass: { points: 21 } }
    - id: exam
      name: Exam
      weight: 50
      count: 1
      points_each: 40
      pass: { points: { min: 20, max: 25 } }
      floor_points: 10
  final: { rule: both_parts_then_average }
  late: { policy: penalty, per_day: 2 }
`,
    );
    const today = runner({});
    const model = runner({ course: course(dir) });
    const cases = [
      { assignments: '7, 8, -, 6', exam: 24 },
      { assignments: '5 5' },
      { assignments: '10,10,10,10', exam: '40' },
      { assignments: '2,2,2', exam: 12 },
      { assignments: '1 2 3 4 5' },
      { exam: 41 },
    ];
    for (const args of cases) {
      const expected = await today.run('grade', args, student);
      expect((await model.run('grade', args, student)).text).toBe(expected.text);
    }
    expect((await model.run('deadlines', {}, student)).text).toBe(
      (await today.run('deadlines', {}, student)).text,
    );
  });
});
