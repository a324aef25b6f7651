// A course file without a grading section (a minimal course file, as for a course with documents only): `grade`
// tells the student why there is no calculator in their words, and `validate` tells the TA how to add one.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeReply } from '../../commands/grade.ts';
import { loadContent, PROJECT_ROOT } from '../../src/content/load-content.ts';
import { NO_GRADING_NOTE } from '../../src/cli/commands/validate.ts';
import { runValidate } from '../cli/run-validate.ts';

const DOCS_COURSE = path.join(PROJECT_ROOT, 'test/fixtures/docs-course');

const validate = (faqDir: string) => runValidate(['--faq', faqDir]);

describe('a course file without grading', () => {
  const { course, schedule } = loadContent({ faqDir: DOCS_COURSE });

  it('GIVEN grade THEN the student is told the grading rules were not given, not that they cannot be estimated', () => {
    for (const args of [{}, { assignments: '7,8' }, { exam: 30 }]) {
      const reply = gradeReply(course, args, schedule);
      expect(reply.kind).toBe('error');
      expect(reply.text).toBe(
        "There is no grade calculator for Introduction to Marine Biology: I have not been given the course's grading " +
          'rules. Ask me how the final grade is calculated instead, or see the syllabus.',
      );
      // Nothing for the TA in a student's reply.
      expect(reply.text).not.toMatch(/course\.yaml|grading:|cannot be estimated/);
    }
  });

  it('GIVEN calculator: false THEN the reply still says the grading cannot be estimated from a few numbers', () => {
    const reply = gradeReply({ ...course, grading: { calculator: false } } as typeof course, {}, schedule);
    expect(reply.text).toContain('its grading cannot be estimated from a few numbers');
  });

  it('GIVEN validate THEN a note tells the TA how to add a grading section; the shipped course gets none', () => {
    const run = validate(DOCS_COURSE);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`Note: ${NO_GRADING_NOTE}`);
    expect(NO_GRADING_NOTE).toContain('docs/course-file.md, "Grading"');
    expect(validate(path.join(PROJECT_ROOT, 'faq')).stderr).not.toContain('no grading section');
  });
});
