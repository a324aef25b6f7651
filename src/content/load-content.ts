// Loads all course content at once and reports every problem together; callers refuse to run on partial content.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, type ContentIssue } from './content-error.ts';
import { courseSchema, type Course } from './schemas.ts';
import { parseYaml, readContentFile } from './yaml-file.ts';
import { COURSE_FILE_NAME, loadFaq, type LoadedFaqEntry } from './load-faq.ts';
import { loadSchedule } from './load-schedule.ts';
import { isDocumentFile, loadDocuments, type Passage } from './load-documents.ts';
import type { Schedule } from '../schedule/schedule.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_FAQ_DIR = path.join(PROJECT_ROOT, 'faq');
export const DEFAULT_SCHEDULE_FILE = path.join(PROJECT_ROOT, 'schedules', 'sample.yaml');

export interface Content {
  faq: LoadedFaqEntry[];
  course: Course;
  schedule: Schedule;
  /** Passages of the course documents (Markdown, text, HTML) in the FAQ folder; [] when there are none. */
  documents?: Passage[];
}

export interface ContentPaths {
  faqDir?: string;
  scheduleFile?: string;
}

export function loadCourse(
  faqDir: string,
): { ok: true; value: Course } | { ok: false; issues: ContentIssue[] } {
  const file = path.join(faqDir, COURSE_FILE_NAME);
  const read = readContentFile(file);
  if (!read.ok) return { ok: false, issues: [read.issue] };
  // Cross-field checks (pass marks, weights, cut-offs) are part of the grading schema, with their lines.
  const parsed = parseYaml(read.text, file, courseSchema);
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}

/** Loads faq/, the course file and the schedule; throws one ContentError listing every problem. */
export function loadContent(paths: ContentPaths = {}): Content {
  const faqDir = paths.faqDir ?? DEFAULT_FAQ_DIR;
  const scheduleFile = paths.scheduleFile ?? DEFAULT_SCHEDULE_FILE;
  const documents = loadDocuments(faqDir);
  const faq = loadFaq(faqDir, hasDocumentFiles(faqDir));
  const course = loadCourse(faqDir);
  const schedule = loadSchedule(scheduleFile);
  const issues = [faq, course, schedule, documents].flatMap((r) => (r.ok ? [] : r.issues));
  if (!faq.ok || !course.ok || !schedule.ok || !documents.ok) throw new ContentError(issues);
  return { faq: faq.value, course: course.value, schedule: schedule.value, documents: documents.value };
}

function hasDocumentFiles(dir: string): boolean {
  try {
    return readdirSync(dir).some(isDocumentFile);
  } catch {
    return false;
  }
}
