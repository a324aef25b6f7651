// A course file whose grading states no late policy (`grading.late` left out, as when the syllabus states none): it
// loads, the calculator works, and no reply states a late rule the course does not have.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import deadlines from '../../commands/deadlines.ts';
import { gradeReply } from '../../commands/grade.ts';
import { loadContent, PROJECT_ROOT } from '../../src/content/load-content.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import type { WeightedEstimate } from '../../src/grade/weighted.ts';
import { makeTestCore, student } from '../commands/core-for-tests.ts';

const BOTANY = path.join(PROJECT_ROOT, 'test/fixtures/courses/botany');
const GRADING = `grading:
  components:
    - { id: reports, name: Lab reports, weight: 40, count: 3, points_each: 10 }
    - { id: exam, name: Final exam, weight: 60, count: 1 }
  final:
    rule: weighted
    cutoffs:
      - { grade: A, from: 90 }
      - { grade: F, from: 0 }
`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'no-late-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The both-parts rule (assignments and an exam must each pass; the final grade is their average), also without `late`.
const BOTH_PARTS = `grading:
  scale: { min: 1, max: 10, pass: 5.5 }
  components:
    - { id: reports, name: Lab reports, weight: 50, count: 3, points_each: 10, pass: { points: 15 } }
    - { id: exam, name: Exam, weight: 50, count: 1, points_each: 30, pass: { points: 15 }, floor_points: 8 }
  final: { rule: both_parts_then_average }
`;

/** Botany with `grading` (by default the above, without `late`), and its schedule with `scheduleEdit` applied. */
function course(scheduleEdit: (yaml: string) => string = (y) => y, grading = GRADING) {
  const folder = mkdtempSync(path.join(dir, 'course-'));
  cpSync(path.join(BOTANY, 'faq'), path.join(folder, 'faq'), { recursive: true });
  const file = path.join(folder, 'faq/course.yaml');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.slice(0, text.indexOf('grading:')) + grading);
  const schedule = path.join(folder, 'schedule.yaml');
  writeFileSync(schedule, scheduleEdit(readFileSync(path.join(BOTANY, 'schedule.yaml'), 'utf8')));
  return loadContent({ faqDir: path.join(folder, 'faq'), scheduleFile: schedule });
}

const plain = course();
// Lab report 3 alone has a rule of its own: it must not be said of the other reports.
const oneOwnRule = course((y) =>
  y.replace("due: '2030-03-22 17:00'", "due: '2030-03-22 17:00'\n    late: { policy: not_accepted }"),
);

describe('GIVEN a course file whose grading has no late policy', () => {
  it('WHEN it is loaded THEN it is valid and states no late policy', () => {
    expect(plain.course.grading?.calculator).toBe(true);
    expect(plain.course.grading?.late).toBeUndefined();
  });

  it('WHEN a student gives scores THEN the calculator estimates the grade and lists no late rule', () => {
    const reply = gradeReply(plain.course, { assignments: 'reports=8,9,10;exam=80' }, plain.schedule);
    expect(reply.kind).toBe('info');
    expect((reply.data as WeightedEstimate).percent).toBeCloseTo(0.4 * 90 + 0.6 * 80);
    expect(reply.text).not.toMatch(/late/i);
  });

  it('WHEN the course is graded by both parts THEN the estimate lists no late rule either', () => {
    const both = course(undefined, BOTH_PARTS);
    const reply = gradeReply(both.course, { assignments: 'reports=8,9,10;exam=20' }, both.schedule);
    expect(reply.kind).toBe('info');
    expect(reply.text).toContain('Both parts must reach 5.5');
    expect(reply.text).not.toMatch(/late/i);
  });

  it('WHEN an item is given as late THEN nothing comes off it, because the course states no late policy', () => {
    const reply = gradeReply(
      plain.course,
      { assignments: 'reports=8,9,10', late: 'report-1=2d' },
      plain.schedule,
    );
    expect(reply.text).toContain(
      'Late: Lab report 1 (`report-1`, 2 days late): no penalty (the course states no late policy): 8 → 8.',
    );
    expect((reply.data as WeightedEstimate).percent).toBeCloseTo(90);
  });

  it('WHEN the deadlines are listed THEN no late penalty is given', async () => {
    const env = makeTestCore('2030-02-01T10:00:00Z');
    try {
      const core = { ...env.core, content: plain };
      const reply = await createCommandRunner(core, [deadlines]).run('deadlines', {}, student);
      expect(reply.text).toContain('Lab report 1');
      expect(reply.text).not.toMatch(/late|penalt/i);
    } finally {
      env.cleanup();
    }
  });

  it('WHEN a deadline or what handing in late costs is asked THEN no late rule is made up', () => {
    const engine = createAnswerEngine(plain, { vectors: false });
    const now = new Date('2030-02-01T10:00:00Z');
    const due = engine.answer('when is lab report 2 due', now);
    expect(due.text).toContain('Lab report 2');
    expect(due.text).not.toMatch(/late hand-ins|penalt/i);
    // (the FAQ's own answer on late work may be given; the computed sum may not)
    expect(
      engine.answer('If I hand in my report 3 days late, how many points do I lose?', now).text,
    ).not.toContain('**3 days late:**');
  });
});

describe('GIVEN no late policy in the course file and one deadline with its own', () => {
  it("WHEN the deadlines are listed THEN that deadline's rule is named for it alone", async () => {
    const env = makeTestCore('2030-02-01T10:00:00Z');
    try {
      const core = { ...env.core, content: oneOwnRule };
      const reply = await createCommandRunner(core, [deadlines]).run('deadlines', {}, student);
      expect(reply.text).toContain(
        'Lab report 3: Late hand-ins are not accepted.\nOther deadlines: the course states no late policy.',
      );
    } finally {
      env.cleanup();
    }
  });

  it("WHEN a student asks what 2 days late cost THEN that deadline's rule is not applied to the others", () => {
    const engine = createAnswerEngine(oneOwnRule, { vectors: false });
    const reply = engine.answer('If I hand in my report 2 days late, how many points do I lose?', new Date());
    expect(reply.text).not.toContain('**2 days late:**');
  });

  it('WHEN the calculator lists the late rules THEN it names the deadline and says the others have none', () => {
    const reply = gradeReply(oneOwnRule.course, {}, oneOwnRule.schedule);
    expect(reply.text).toContain(
      '- Lab report 3: Late hand-ins are not accepted.\n- Other deadlines: the course states no late policy.',
    );
  });
});
