// Test helper: the letter course's course file with its late rule replaced by the given YAML, loaded from a folder
// under `dir`; `lineOf` gives the line of the first line containing a text, to check the lines errors name.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatIssue } from '../../src/content/content-error.ts';
import { loadCourse, PROJECT_ROOT } from '../../src/content/load-content.ts';

const LETTER_COURSE = readFileSync(
  path.join(PROJECT_ROOT, 'test/fixtures/courses/letter/faq/course.yaml'),
  'utf8',
);
// the letter course's late-days budget, as its last lines
const BUDGET = / {2}late:\n[\s\S]*$/;

export function courseWithLate(dir: string, lateYaml: string) {
  const folder = mkdtempSync(path.join(dir, 'faq-'));
  const text = LETTER_COURSE.replace(BUDGET, `  late:\n${lateYaml}`);
  writeFileSync(path.join(folder, 'course.yaml'), text);
  return {
    loaded: loadCourse(folder),
    lineOf: (s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1,
  };
}

/**
 * What loading the late rule reports, each problem cut to the length of the expected one for comparison, and that
 * expected problem: `course.yaml:LINE message` at the line containing `lineText`.
 */
export function lateIssues(dir: string, lateYaml: string, lineText: string, message: string) {
  const { loaded, lineOf } = courseWithLate(dir, lateYaml);
  const expected = `course.yaml:${lineOf(lineText)} ${message}`;
  const issues = loaded.ok ? [] : loaded.issues.map((i) => formatIssue(i).slice(-expected.length));
  return { issues, expected };
}
