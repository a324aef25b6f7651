// Grading that differs by section (GEO 468 and GEO 668: a mid-term project for one, a journal paper presentation for
// the other): `grading.sections`, parts for some sections only, and `grade --section`. How it loads and is refused,
// and what the calculator says with, without and with a wrong section.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import grade, { gradeArgs, gradeReply } from '../../commands/grade.ts';
import { formatIssue } from '../../src/content/content-error.ts';
import { loadCourse } from '../../src/content/load-content.ts';
import type { Course } from '../../src/content/schemas.ts';
import { parseCommandArgs } from '../../src/core/command-line.ts';

const GEO = `name: GIS and Spatial Analysis
code: GEO 468/668
contacts: { email: geo468@umass.edu }
grading:
  sections:
    - { id: 468, name: GEO 468 (undergraduate) }
    - { id: 668, name: GEO 668 (graduate) }
  components:
    - { id: labs, name: Labs, weight: 45 }
    - { id: quiz, name: Quizzes, weight: 10 }
    - { id: midterm, name: Mid-term project, weight: 10, count: 1, sections: [468] }
    - { id: presentation, name: Journal paper presentation, weight: 10, count: 1, sections: [668] }
    - { id: final, name: Final project, weight: 30, count: 1 }
    - { id: participation, name: Participation, weight: 5, count: 1 }
  final: { rule: weighted }
  late: { policy: not_accepted }
`;
const NO_SCHEDULE = { events: [] };

const dir = mkdtempSync(path.join(tmpdir(), 'sections-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function load(yaml: string) {
  const folder = mkdtempSync(path.join(dir, 'faq-'));
  writeFileSync(path.join(folder, 'course.yaml'), yaml);
  const loaded = loadCourse(folder);
  return loaded.ok
    ? { course: loaded.value, issues: [] }
    : { course: null, issues: loaded.issues.map(formatIssue) };
}
function geo(): Course {
  const { course, issues } = load(GEO);
  if (!course) throw new Error(issues.join('\n'));
  return course;
}

describe('GIVEN a course file graded by section', () => {
  it('WHEN written as GEO 468/668 THEN it loads, section ids typed as numbers read as their digits', () => {
    const g = geo().grading!;
    expect(g.sections).toEqual([
      { id: '468', name: 'GEO 468 (undergraduate)' },
      { id: '668', name: 'GEO 668 (graduate)' },
    ]);
    expect(g.components.find((c) => c.id === 'presentation')?.sections).toEqual(['668']);
  });

  it.each([
    [
      GEO.replace(
        '{ id: final, name: Final project, weight: 30, count: 1 }',
        '{ id: final, name: Final project, weight: 30, count: 1, sections: [468] }',
      ),
      "grading.components: the weights of section 668's parts add up to 70, not 100",
    ],
    [
      GEO.replace('sections: [668] }', 'sections: [686] }'),
      'grading.components[3].sections[0]: "686" is not a section of grading.sections: use 468, 668',
    ],
    [
      GEO.replace(/ {2}sections:\n.*\n.*\n/, ''),
      'grading.components[2].sections: names sections, but grading.sections lists none: add sections: [{ id: 468, name: … }, …] under grading',
    ],
    [
      GEO.replace('{ id: 668, name: GEO 668 (graduate) }', '{ id: 468, name: GEO 668 (graduate) }'),
      'grading.sections[1].id: "468" is used twice',
    ],
  ])('WHEN it is wrong THEN the file, line and field are named with the fix (%#)', (yaml, message) => {
    const { issues } = load(yaml);
    expect(issues.some((i) => i.endsWith(message))).toBe(true);
    expect(issues[0]).toMatch(/course\.yaml:\d+ grading\./);
  });
});

describe('GIVEN the grade calculator on a course graded by section', () => {
  it('WHEN a section is given THEN its own parts and weights are used, and the reply names it', () => {
    const reply = gradeReply(geo(), { assignments: 'labs=100;presentation=50', section: '668' }, NO_SCHEDULE);
    expect(reply.kind).toBe('info');
    expect(reply.text).toContain('**Grade estimate for GEO 668 (graduate)**');
    // (45 × 100% + 10 × 50%) / 55
    expect(reply.text).toContain('**Weighted score:** **90.9%**');
    expect(reply.text).toContain('Journal paper presentation');
    expect(reply.text).not.toContain('Mid-term project');
  });

  it("WHEN a part of the other section is given THEN it is refused as not this section's", () => {
    const reply = gradeReply(geo(), { assignments: 'midterm=80', section: '668' }, NO_SCHEDULE);
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('midterm');
  });

  it('WHEN no section is given THEN it asks for one, naming them with an example', () => {
    const reply = gradeReply(geo(), { assignments: 'labs=100' }, NO_SCHEDULE);
    expect(reply.kind).toBe('error');
    expect(reply.text).toBe(
      'GIS and Spatial Analysis is graded differently by section: add yours with --section, one of `468` (GEO 468 (undergraduate)), `668` (GEO 668 (graduate)). For example `grade labs=80,80,80;quiz=80,80,80;midterm=80 --section 468`.',
    );
  });

  it('WHEN the section is unknown, or the course has none THEN the reply says what to do', () => {
    expect(gradeReply(geo(), { section: '568' }, NO_SCHEDULE).text).toBe(
      '`section`: "568" is not a section of GIS and Spatial Analysis: use one of `468` (GEO 468 (undergraduate)), `668` (GEO 668 (graduate)).',
    );
    const plain = load(
      GEO.replace(/ {2}sections:\n.*\n.*\n/, '')
        .replace(/, sections: \[\d+\]/g, '')
        .replace('weight: 45', 'weight: 35'),
    ).course!;
    expect(gradeReply(plain, { section: '668' }, NO_SCHEDULE).text).toBe(
      '`section`: GIS and Spatial Analysis is graded the same way for everyone: leave --section out.',
    );
  });

  it('WHEN typed in chat with --section THEN the command line reads it', () => {
    const parsed = parseCommandArgs(grade, 'labs=90;final=85 --section 668');
    expect(parsed.ok && gradeArgs.parse(parsed.args)).toEqual({
      assignments: 'labs=90;final=85',
      section: '668',
    });
    expect(gradeArgs.parse({})).toEqual({});
    // only as --section: a third word is not taken for it
    expect(parseCommandArgs(grade, '1,2 3 668')).toEqual({
      ok: false,
      message: '`grade` takes at most 2 arguments; "668" is left over. See `help grade`.',
    });
  });
});
