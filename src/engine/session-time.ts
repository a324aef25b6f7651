// Answers "when is the next lecture" and "next practical?" from the schedule: the next session of each series.
import type { Content } from '../content/load-content.ts';
import { allOccurrences, type Occurrence } from '../schedule/schedule.ts';
import type { EventType } from '../content/schemas.ts';
import { formatTimeLeft } from '../time/local-time.ts';
import { canonicalText, onlyWords } from './normalize.ts';
import { clockLabelOf, labelOf } from './time-memo.ts';

const NEXT = /\b(next|upcoming|coming)\b/;
const KINDS: readonly [RegExp, EventType][] = [
  [/\b(lectures?|qa|live sessions?|sessions?)\b/, 'lecture'],
  [/\b(practicals?|labs?|lab sessions?)\b/, 'practical'],
];
/** Every word of such a question is one of these; anything else ("topic", "about") asks something else. */
const ALLOWED =
  /^(when|what|whats|which|where|is|are|the|a|an|my|our|next|upcoming|coming|lectures?|qa|live|sessions?|practicals?|labs?|time|day|date|room|location|held|start|starts|take|takes|place|do|does|it|of|for|on|at|in|please|and)$/;
/** A weekly series has one line; several parallel groups (practicals) are listed up to this many. */
const MAX_LINES = 4;

/**
 * The next occurrence of each matching series (none when the last has passed), or null when the question is not
 * "when is the next X" or the schedule has no such sessions.
 */
export function matchSessionQuestion(question: string, content: Content, now: Date): Occurrence[] | null {
  const text = canonicalText(question).replace(/[^a-z0-9 ]+/g, ' ');
  if (!NEXT.test(text)) return null;
  const type = KINDS.find(([re]) => re.test(text))?.[1];
  if (!type) return null;
  if (!onlyWords(text, ALLOWED)) return null;
  const seen = new Set<string>();
  const next: Occurrence[] = [];
  const all = allOccurrences(content.schedule);
  // a schedule without such sessions says nothing: the FAQ may still answer
  if (!all.some((o) => o.event.type === type)) return null;
  for (const o of all) {
    if (o.event.type !== type || o.start.getTime() < now.getTime() || seen.has(o.event.id)) continue;
    seen.add(o.event.id);
    next.push(o);
    if (next.length === MAX_LINES) break;
  }
  return next;
}

export function renderSessions(sessions: Occurrence[], content: Content, now: Date): string {
  const zone = content.schedule.timezone;
  if (sessions.length === 0) return 'There are no more of these sessions in the course schedule.';
  const lines = sessions.map((o) => {
    const end = o.end ? ` to ${clockLabelOf(o.end, zone)}` : '';
    const where = o.event.location ? `; ${o.event.location}` : '';
    return `- **${o.event.title}**: ${labelOf(o.start, zone)}${end} (in ${formatTimeLeft(now, o.start)})${where}`;
  });
  return [`Next in the course schedule (times in ${zone}):`, ...lines].join('\n');
}
