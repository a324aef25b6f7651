// Test helper: the shipped course file with its `grading` section replaced, written into a folder.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_FAQ_DIR } from '../../src/content/load-content.ts';

export function writeCourseWithGrading(dir: string, grading: string): void {
  const shipped = readFileSync(path.join(DEFAULT_FAQ_DIR, 'course.yaml'), 'utf8');
  writeFileSync(path.join(dir, 'course.yaml'), shipped.slice(0, shipped.indexOf('grading:')) + grading);
}
