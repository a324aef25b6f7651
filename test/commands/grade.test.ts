import { afterEach, describe, expect, it } from 'vitest';
import grade from '../../commands/grade.ts';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { gradingFromLegacy } from '../../src/content/grading-schema.ts';
import { bothPartsGrading } from '../../src/grade/both-parts.ts';
import type { Grading } from '../../src/grade/grade-rules.ts';
import { makeTestCore, student } from './core-for-tests.ts';

let env: ReturnType<typeof makeTestCore>;
afterEach(() => env.cleanup());

function run(args: unknown) {
  env = makeTestCore();
  return createCommandRunner(env.core, [grade]).run('grade', args, student);
}

describe('grade command', () => {
  it('GIVEN points with a missing one and an exam score THEN a private estimate with the rules and each pass mark', async () => {
    const reply = await run({ assignments: '7, 8, -, 6', exam: 24 });
    expect(reply.private).toBe(true);
    expect(reply.kind).toBe('info');
    expect(reply.text).toMatch(/estimate/i);
    expect(reply.text).toContain('21 of 40 points, 1 assignment without points');
    // pass mark 20: 6.4 exam, final (5.5 + 6.4) / 2 = 5.95 → 6.0 rounded to one decimal
    expect(reply.text).toContain('pass mark 20: exam grade **6.4** (pass), final grade **6.0**');
    expect(reply.text).toContain('pass mark 25: exam grade **5.2** (not a pass (needs 25))');
    expect(reply.text).toMatch(/Rules used/);
  });

  it('GIVEN no exam score THEN the score needed for each pass mark', async () => {
    const reply = await run({ assignments: '5 5' });
    expect(reply.text).toContain('You still need 11 points');
    expect(reply.text).toContain('pass mark 23: you need at least **23** of 40');
  });

  it('GIVEN the exam score as text from a chat line THEN it is read as a number', async () => {
    const reply = await run({ assignments: '10,10,10,10', exam: '40' });
    expect(reply.text).toContain('pass mark 25: exam grade **10.0** (pass), final grade **10.0**');
  });

  it('GIVEN too many assignments, too many points, or a word THEN an error naming the argument', async () => {
    expect((await run({ assignments: '1 2 3 4 5' })).text).toContain('only 4 assignments');
    env.cleanup();
    expect((await run({ assignments: '11' })).text).toContain('11 is more than the 10 points');
    env.cleanup();
    expect((await run({ assignments: 'seven' })).text).toContain('"seven" is neither a number');
    env.cleanup();
    expect((await run({ exam: 41 })).text).toContain('`exam`: 41 is more than the 40 points');
    env.cleanup();
    const tooLong = await run({ assignments: '1 '.repeat(200) });
    expect(tooLong.kind).toBe('error');
    expect(tooLong.text).toContain('`assignments`');
  });
});

describe('grade command with another course file', () => {
  function runWith(grading: (g: Grading) => Grading, args: unknown) {
    env = makeTestCore();
    const course = env.core.content.course;
    // The course file's numbers in today's format, changed, and read back into the model as at load.
    const today = bothPartsGrading(course.grading!)!;
    const core = {
      ...env.core,
      content: { ...env.core.content, course: { ...course, grading: gradingFromLegacy(grading(today)) } },
    };
    return createCommandRunner(core, [grade]).run('grade', args, student);
  }
  // 3 assignments of 25 points, an exam of 60 questions worth 50 points each (3,000 points).
  const other = (g: Grading): Grading => ({
    ...g,
    assignments: { ...g.assignments, count: 3, points_each: 25, pass_points: 40, full_points: 75 },
    exam: {
      ...g.exam,
      questions: 60,
      points_each: 50,
      pass_mark_min: 1500,
      pass_mark_max: 1501,
      guessing_score: 500,
    },
  });

  it("GIVEN scores above this course's numbers but within the file's own THEN they are accepted", async () => {
    const reply = await runWith(other, { assignments: '25, 20, 24', exam: 2500 });
    expect(reply.kind).toBe('info');
    expect(reply.text).toContain('69 of 75 points');
    expect(reply.text).toContain('2500 of 3000');
  });

  it("GIVEN scores above the course file's own maximum THEN an error naming its numbers", async () => {
    expect((await runWith(other, { assignments: '26' })).text).toContain('26 is more than the 25 points');
    env.cleanup();
    expect((await runWith(other, { exam: 3001 })).text).toContain(
      '`exam`: 3001 is more than the 3000 points',
    );
  });
});
