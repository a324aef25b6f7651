// Asks schedule questions of a schedule written inline (YAML), with no FAQ: the rendered schedule answer.
import { parseSchedule } from '../../../src/content/load-schedule.ts';
import type { Content } from '../../../src/content/load-content.ts';
import { matchScheduleQuestion } from '../../../src/engine/schedule-questions.ts';
import { renderScheduleAnswer } from '../../../src/engine/schedule-reply.ts';

export function scheduleAsker(yaml: string, now: Date): (question: string) => string {
  const loaded = parseSchedule(yaml, 'schedules/test.yaml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const content = { schedule: loaded.value, faq: [], course: { name: 'Test course' } } as unknown as Content;
  return (question) => {
    const match = matchScheduleQuestion(question, content, now);
    if (!match) throw new Error(`no schedule match for "${question}"`);
    return renderScheduleAnswer(match, content, now);
  };
}

/** The ids of the events a schedule question written inline (YAML) finds, in order, each once; none when no match. */
export function scheduleIds(yaml: string, now: Date): (question: string) => string[] {
  const loaded = parseSchedule(yaml, 'schedules/test.yaml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const content = { schedule: loaded.value, faq: [], course: { name: 'Test course' } } as unknown as Content;
  return (question) => {
    const match = matchScheduleQuestion(question, content, now);
    if (!match || match.kind !== 'occurrences') return [];
    return [...new Set(match.occurrences.map((o) => o.event.id))];
  };
}
