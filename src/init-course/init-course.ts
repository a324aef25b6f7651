// Writes a skeleton course (course file, schedule, the FAQ topics most courses need) for a TA to edit.
// Never overwrites: when any file is already there, nothing is written and the files are named.
import { mkdirSync, readdirSync, readFileSync, statSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SKELETON_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'skeleton');
export const SKELETON_SCHEDULE = path.join(SKELETON_DIR, 'schedule.yaml');

export type InitResult = { ok: true; written: string[] } | { ok: false; existing: string[] };

/** The skeleton's files, relative to its folder (faq/course.yaml, schedule.yaml, …), sorted. */
export function skeletonFiles(dir = SKELETON_DIR, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(full).isDirectory() ? skeletonFiles(full, rel) : [rel];
    });
}

export function initCourse(target: string): InitResult {
  const files = skeletonFiles();
  const existing = files.map((f) => path.join(target, f)).filter((f) => existsSync(f));
  if (existing.length > 0) return { ok: false, existing };
  const written: string[] = [];
  for (const rel of files) {
    const to = path.join(target, rel);
    mkdirSync(path.dirname(to), { recursive: true });
    // 'wx' fails rather than replace a file that appeared since the check above.
    writeFileSync(to, readFileSync(path.join(SKELETON_DIR, rel)), { flag: 'wx' });
    written.push(to);
  }
  return { ok: true, written };
}
