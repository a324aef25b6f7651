// Answers "when is the exam", "how long is the exam" and "where is the exam" from the schedule's exam events.
import type { Content } from '../content/load-content.ts';
import { allOccurrences, type Occurrence } from '../schedule/schedule.ts';
import { formatTimeLeft } from '../time/local-time.ts';
import { clockLabelOf, labelOf } from './time-memo.ts';
import { canonicalText, onlyWords } from './normalize.ts';

const ASKS_TIME =
  /\b(when|what (day|date|time)|date|day|time|how long|duration|where|room|location|start|begin|end|until|till|left)\b/;
/** Every word of such a question is one of these; anything else ("resit", "study", "cheatsheet") is another question. */
const ALLOWED =
  /^(when|what|whats|is|are|was|will|the|a|an|of|for|on|at|in|does|do|it|its|exam|exams|final|date|day|time|how|long|duration|where|room|location|held|take|takes|start|starts|begin|begins|end|ends|last|lasts|exactly|again|please|and|which|hours?|many|much|days?|weeks?|until|till|left|to|go)$/;

const ASKS_PLACE = /\b(where|room|location|building|hall)\b/;

export function matchExamQuestion(question: string, content: Content): Occurrence[] | null {
  const text = canonicalText(question).replace(/[^a-z0-9 ]+/g, ' ');
  if (!/\bexam\b/.test(text) || !ASKS_TIME.test(text)) return null;
  if (!onlyWords(text, ALLOWED)) return null;
  // (the schedule caches its occurrences, so this filter is the only work per question)
  const exams = allOccurrences(content.schedule).filter((o) => o.event.type === 'exam');
  if (exams.length === 0) return null;
  // "which room is the exam in": a schedule that names no place cannot answer it (the FAQ search then decides)
  if (ASKS_PLACE.test(text) && !exams.some((o) => o.event.location)) return null;
  return exams;
}

export function renderExamTimes(exams: Occurrence[], content: Content, now: Date): string {
  const zone = content.schedule.timezone;
  const lines = exams.map((o) => {
    const end = o.end ? ` to ${clockLabelOf(o.end, zone)}` : '';
    const length = o.end ? ` (${formatTimeLeft(o.start, o.end)})` : '';
    const until = o.start >= now ? `${formatTimeLeft(now, o.start)} from now` : 'already took place';
    const where = o.event.location ? `\n  Location: ${o.event.location}` : '';
    return `- **${o.event.title}**: ${labelOf(o.start, zone)}${end}${length}; ${until}.${where}`;
  });
  return [`From the course schedule (times in ${zone}):`, ...lines].join('\n');
}
