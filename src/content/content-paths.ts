// Where a course's content is: the content folder (FAQ_DIR) and the schedule that goes with it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSeq, parseDocument } from 'yaml';
import { CONTENT_LIMITS } from './content-limits.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_FAQ_DIR = path.join(PROJECT_ROOT, 'faq');
export const DEFAULT_SCHEDULE_FILE = path.join(PROJECT_ROOT, 'schedules', 'sample.yaml');
/** The name a course's own schedule has in or beside its content folder (as init-course writes it). */
export const SCHEDULE_FILE_NAME = 'schedule.yaml';

export interface ContentPaths {
  faqDir?: string;
  scheduleFile?: string;
}

/**
 * Which schedule goes with the content: the one given (SCHEDULE_FILE, --schedule); for the shipped course (no
 * content folder set, or faq/ itself) the shipped sample; else the course's own `schedule.yaml`, in its content
 * folder or beside it; else none. A course that names its own folder never gets another course's dates.
 */
export type ScheduleSource =
  { kind: 'given' | 'sample' | 'found'; file: string } | { kind: 'none'; looked: readonly string[] };

export function scheduleSource(paths: ContentPaths): ScheduleSource {
  if (paths.scheduleFile !== undefined) return { kind: 'given', file: paths.scheduleFile };
  const dir = paths.faqDir === undefined ? DEFAULT_FAQ_DIR : path.resolve(paths.faqDir);
  if (dir === DEFAULT_FAQ_DIR) return { kind: 'sample', file: DEFAULT_SCHEDULE_FILE };
  const inside = path.join(dir, SCHEDULE_FILE_NAME);
  if (isScheduleInFolder(dir)) return { kind: 'found', file: inside };
  const beside = path.join(path.dirname(dir), SCHEDULE_FILE_NAME);
  if (existsSync(beside)) return { kind: 'found', file: beside };
  return { kind: 'none', looked: [inside, beside] };
}

/**
 * Whether the content folder's `schedule.yaml` is the course's schedule. A file of that name that is a list is FAQ
 * entries (as any other YAML file in the folder), so a course whose FAQ has a schedule.yaml keeps it.
 */
export function isScheduleInFolder(dir: string): boolean {
  const file = path.join(dir, SCHEDULE_FILE_NAME);
  try {
    // Too large to be either: read as the schedule, whose load says so.
    if (statSync(file).size > CONTENT_LIMITS.scheduleBytes) return true;
    // A file that is not YAML at all is still meant as the schedule: its load reports why it cannot be read.
    return !isSeq(parseDocument(readFileSync(file, 'utf8'), { schema: 'core', uniqueKeys: false }).contents);
  } catch {
    return false;
  }
}
