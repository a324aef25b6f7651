// Loads all course content at once and reports every problem together; callers refuse to run on partial content.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ContentError, type ContentIssue } from './content-error.ts';
import { courseSchema, requestExamplesByKind, type Course } from './schemas.ts';
import { parseYaml, readContentFile } from './yaml-file.ts';
import { COURSE_FILE_NAME, loadFaq, questionKey, type LoadedFaqEntry } from './load-faq.ts';
import { loadSchedule, type Loaded } from './load-schedule.ts';
import { isDocumentFile, loadDocuments, type Passage } from './load-documents.ts';
import type { Schedule } from '../schedule/schedule.ts';
import {
  DEFAULT_FAQ_DIR,
  isScheduleInFolder,
  SCHEDULE_FILE_NAME,
  scheduleSource,
  type ContentPaths,
  type ScheduleSource,
} from './content-paths.ts';

export {
  DEFAULT_FAQ_DIR,
  DEFAULT_SCHEDULE_FILE,
  PROJECT_ROOT,
  scheduleSource,
  type ContentPaths,
  type ScheduleSource,
} from './content-paths.ts';

export interface Content {
  faq: LoadedFaqEntry[];
  course: Course;
  schedule: Schedule;
  /** Passages of the course documents (Markdown, text, HTML) in the FAQ folder; [] when there are none. */
  documents?: Passage[];
  /** Where the schedule came from; with `none` the schedule has no events (the course lists no dates). */
  scheduleSource?: ScheduleSource;
}

/**
 * The schedule a source names, loaded; for `none`, the schedule of a course that lists no dates (no events, times
 * read in UTC), named by `courseName`, which is read only then.
 */
export function loadScheduleFrom(source: ScheduleSource, courseName: () => string): Loaded<Schedule> {
  return source.kind === 'none'
    ? { ok: true, value: { file: '', course: courseName(), timezone: 'UTC', events: [] } }
    : loadSchedule(source.file);
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

/**
 * A declined question or a private-request example of the course file that is also an entry's phrasing: the course
 * says both that the bot answers it and that it does not, so neither is sure to win.
 */
function phrasingConflicts(faq: readonly LoadedFaqEntry[], course: Course, faqDir: string): ContentIssue[] {
  const owner = new Map<string, LoadedFaqEntry>();
  for (const entry of faq) for (const q of entry.questions) owner.set(questionKey(q), entry);
  const file = path.join(faqDir, COURSE_FILE_NAME);
  // (the course file is read again for the lines only when there is a conflict to report)
  let lines: string[] | undefined;
  const lineOf = (q: string): number | null => {
    if (lines === undefined) {
      const read = readContentFile(file);
      lines = read.ok ? read.text.split('\n') : [];
    }
    const i = lines.findIndex((l) => l.includes(q));
    return i >= 0 ? i + 1 : null;
  };
  const own = requestExamplesByKind(course.private_requests?.examples);
  const listed = [
    ...(course.declined ?? []).map((q) => ({ q, field: 'declined', what: 'declined' })),
    ...Object.values(own)
      .flat()
      .map((q) => ({ q, field: 'private_requests.examples', what: 'a private request' })),
  ];
  return listed.flatMap(({ q, field, what }) => {
    const entry = owner.get(questionKey(q));
    if (!entry) return [];
    return [
      {
        file,
        line: lineOf(q),
        field,
        message: `"${q}" is also a question of FAQ entry "${entry.id}" (${entry.file}:${entry.line}): a question is either answered or ${what}, so remove it from one of them`,
      },
    ];
  });
}

/**
 * Loads the content folder (FAQ, course file, documents) and its schedule (see scheduleSource); throws one
 * ContentError listing every problem.
 */
export function loadContent(paths: ContentPaths = {}): Content {
  const faqDir = paths.faqDir ?? DEFAULT_FAQ_DIR;
  const source = scheduleSource(paths);
  const documents = loadDocuments(faqDir);
  const faq = loadFaq(
    faqDir,
    hasDocumentFiles(faqDir),
    isScheduleInFolder(faqDir) ? [SCHEDULE_FILE_NAME] : [],
  );
  const course = loadCourse(faqDir);
  const schedule = loadScheduleFrom(source, () => (course.ok ? course.value.name : ''));
  const issues = [faq, course, schedule, documents].flatMap((r) => (r.ok ? [] : r.issues));
  if (faq.ok && course.ok) issues.push(...phrasingConflicts(faq.value, course.value, faqDir));
  if (!faq.ok || !course.ok || !schedule.ok || !documents.ok || issues.length > 0)
    throw new ContentError(issues);
  return {
    faq: faq.value,
    course: course.value,
    schedule: schedule.value,
    documents: documents.value,
    scheduleSource: source,
  };
}

function hasDocumentFiles(dir: string): boolean {
  try {
    return readdirSync(dir).some(isDocumentFile);
  } catch {
    return false;
  }
}
