// Content for engine tests: a small made-up course (test/fixtures/courses/botany), loaded fresh for each call.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { buildModel, type Model } from '../../src/engine/model.ts';
import { matchAboutQuestion, matchScheduleQuestion } from '../../src/engine/schedule-questions.ts';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/courses/botany');

export function botany(): Content {
  return loadContent({ faqDir: path.join(DIR, 'faq'), scheduleFile: path.join(DIR, 'schedule.yaml') });
}

/** The botany course with more events, given as YAML list items, appended to its schedule. */
export function botanyWithEvents(eventsYaml: string): Content {
  const content = botany();
  const file = path.join(DIR, 'schedule.yaml');
  const schedule = parseSchedule(readFileSync(file, 'utf8') + eventsYaml, 'schedule.yaml');
  if (!schedule.ok) throw new Error(JSON.stringify(schedule.issues));
  return { ...content, schedule: schedule.value };
}

/** A course of only a schedule, given as YAML: for tests of schedule questions. */
export function scheduleOnly(yaml: string, course: { name: string; code: string }): Content {
  const loaded = parseSchedule(yaml, 'schedules/test.yaml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return { schedule: loaded.value, faq: [], course } as unknown as Content;
}

/** The ids of the events a "when" question is answered with, or null when the schedule does not answer it. */
export function whenIds(question: string, content: Content, now: Date): string[] | null {
  const match = matchScheduleQuestion(question, content, now);
  if (!match) return null;
  const events = match.kind === 'deadlines' ? match.events : match.occurrences.map((o) => o.event);
  return [...new Set(events.map((e) => e.id))].sort();
}

/** The ids of the events a "what is it about" question is answered with, or null when the schedule does not answer. */
export function aboutIds(question: string, content: Content): string[] | null {
  const match = matchAboutQuestion(question, content);
  return match?.kind === 'occurrences' ? match.occurrences.map((o) => o.event.id) : null;
}

/** The course's model (without word vectors) with the request gate's threshold at `redirect`. */
export function modelWithGateAt(content: Content, redirect: number): Model {
  const trained = buildModel(content, { vectors: false });
  const learned = { ...trained.learned, thresholds: { ...trained.learned.thresholds, redirect } };
  return buildModel(content, { vectors: false, learned });
}
