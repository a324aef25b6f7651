// Content for engine tests: a small made-up course (test/fixtures/courses/botany), loaded fresh for each call.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent, type Content } from '../../src/content/load-content.ts';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/courses/botany');

export function botany(): Content {
  return loadContent({ faqDir: path.join(DIR, 'faq'), scheduleFile: path.join(DIR, 'schedule.yaml') });
}
