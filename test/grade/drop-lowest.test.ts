// Dropping the lowest items when fewer are given than the rule drops: one score always counts, and `grade` says so.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import grade from '../../commands/grade.ts';
import { loadCourse } from '../../src/content/load-content.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { droppedCount } from '../../src/grade/weighted.ts';
import { makeTestCore, student } from '../commands/core-for-tests.ts';
import { writeCourseWithGrading } from './course-with-grading.ts';

const GRADING = `grading:
  components:
    - { id: quiz, name: Quizzes, weight: 40, count: 8, points_each: 10, drop_lowest: 3 }
    - { id: exam, name: Exam, weight: 60, count: 1, points_each: 100 }
  final: { rule: weighted }
  late: { policy: not_accepted }
`;

let dir: string;
const cleanups: (() => void)[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'drop-lowest-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
});
afterEach(() => cleanups.splice(0).forEach((f) => f()));

async function gradeReply(scores: string): Promise<string> {
  writeCourseWithGrading(dir, GRADING);
  const loaded = loadCourse(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const env = makeTestCore();
  cleanups.push(env.cleanup);
  const core = { ...env.core, content: { ...env.core.content, course: loaded.value } };
  const reply = await createCommandRunner(core, [grade]).run('grade', { assignments: scores }, student);
  return reply.text;
}

describe('drop_lowest with fewer scores than it drops', () => {
  it('GIVEN drop 3 and three scores THEN the highest counts, and the reply says one always counts', async () => {
    const text = await gradeReply('quiz=7,9,8');
    expect(text).toContain(
      '**Quizzes** (40%): 9 of 10 points (3 of 8 given), lowest 2 dropped (at least one score always counts) → **90.0%**',
    );
  });

  it('GIVEN drop 3 and one score THEN none is dropped, said plainly', async () => {
    const text = await gradeReply('quiz=6');
    expect(text).toContain(
      '**Quizzes** (40%): 6 of 10 points (1 of 8 given), none dropped (at least one score always counts) → **60.0%**',
    );
  });

  it('GIVEN more scores than it drops THEN the lowest 3 dropped, without the note', async () => {
    const text = await gradeReply('quiz=1,2,3,9,8');
    expect(text).toContain('**Quizzes** (40%): 17 of 20 points (5 of 8 given), lowest 3 dropped → **85.0%**');
    expect(text).not.toContain('always counts');
  });

  it('GIVEN a rule that drops all given THEN all but one are dropped', () => {
    expect(droppedCount({ count: 3 }, 3, 8)).toBe(2);
    expect(droppedCount({ count: 3 }, 4, 8)).toBe(3);
    expect(droppedCount({ percent: 50 }, 2, 8)).toBe(1);
  });
});
