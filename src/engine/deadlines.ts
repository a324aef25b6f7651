// Answers "when is assignment 2 due" from the schedule: the due time in the course's zone and the time left.
import type { Content } from '../content/load-content.ts';
import { latePolicySentence } from '../grade/late-policy.ts';
import type { ScheduleEvent } from '../schedule/schedule.ts';
import { formatTimeLeft } from '../time/local-time.ts';
import { canonicalText } from './normalize.ts';
import { instantOf, labelOf } from './time-memo.ts';

const DEADLINE_WORDS = /\b(due|deadlines?|due dates?)\b/;
const WHEN_SUBMIT = /\b(when|by when|until when|what (day|date|time))\b.*\b(submit|hand in|turn in|upload)\b/;
const TIME_LEFT =
  /\b(how (long|much time|many days)|time|days) (is |are |do (i|we) (still )?have )?(left|remaining|until|till)\b/;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** Words that may surround a deadline question without changing what it asks. */
const ALLOWED =
  /^(when|what|whats|is|are|was|were|did|the|a|an|for|of|to|do|does|i|we|have|has|it|its|by|until|till|on|at|in|due|deadlines?|dates?|day|time|exactly|again|assignment|assignments|a\d|submit|hand|turn|upload|next|upcoming|coming|last|final|first|second|third|fourth|one|two|three|four|all|left|remaining|how|long|much|many|days|hours|weeks|there|any|our|my|please|pls|so|and|or|which|date|tell|me)$/;

export interface DeadlineAnswer {
  events: ScheduleEvent[];
  /** True when the question named no specific assignment: list what is coming. */
  listing: boolean;
  /** An assignment number the question named that the schedule does not have. */
  unknownNumber?: number;
}

function deadlineEvents(content: Content): ScheduleEvent[] {
  return content.schedule.events
    .filter((e) => e.type === 'deadline')
    .sort((a, b) => a.start.localeCompare(b.start));
}

/** The deadline(s) a question asks about, or null when it is not a plain "when is X due" question. */
export function matchDeadlineQuestion(question: string, content: Content, now: Date): DeadlineAnswer | null {
  const text = canonicalText(question).replace(/[^a-z0-9 ]+/g, ' ');
  if (!DEADLINE_WORDS.test(text) && !WHEN_SUBMIT.test(text) && !TIME_LEFT.test(text)) return null;
  const words = text.split(/\s+/).filter(Boolean);
  // Any other content word ("registering", "thesis", "irregular", "penalty") means a different question.
  if (!words.every((w) => ALLOWED.test(w))) return null;
  const events = deadlineEvents(content);
  if (events.length === 0) return null;
  const numbers = [...text.matchAll(/\ba(\d)\b/g)].map((m) => Number(m[1]));
  for (const [word, n] of Object.entries(ORDINALS)) {
    if (new RegExp(`\\b${word}\\b`).test(text) && /\bassignment\b/.test(text)) numbers.push(n);
  }
  const spelled = /\bassignment (one|two|three|four)\b/.exec(text);
  if (spelled?.[1]) numbers.push(['one', 'two', 'three', 'four'].indexOf(spelled[1]) + 1);
  const named = [...new Set(numbers)]
    .map(
      (n) =>
        events.find((e) => e.id === `a${n}`) ?? events.find((e) => new RegExp(`\\b${n}\\b`).test(e.title)),
    )
    .filter((e): e is ScheduleEvent => e !== undefined);
  if (named.length > 0) return { events: named, listing: false };
  if (numbers.length > 0) return { events, listing: true, unknownNumber: numbers[0] };
  if (/\b(last|final)\b/.test(text) && !/\bnext\b/.test(text))
    return { events: events.slice(-1), listing: false };
  const future = events.filter((e) => instantOf(e.start, content.schedule.timezone) >= now);
  if (/\bnext\b/.test(text)) return { events: future.slice(0, 1), listing: false };
  if (!/\bassignment|deadlines|dates|submit\b/.test(text) && !DEADLINE_WORDS.test(text)) return null;
  return { events, listing: true };
}

/** Markdown for the matched deadlines, relative to `now`, with the late penalty from the course file. */
export function renderDeadlines(match: DeadlineAnswer, content: Content, now: Date): string {
  const zone = content.schedule.timezone;
  const lines = match.events.map((e) => {
    const at = instantOf(e.start, zone);
    const left = formatTimeLeft(now, at);
    const when =
      at.getTime() >= now.getTime() ? `${left} left` : `passed, ${left.replace('overdue by ', '')} ago`;
    return `- **${e.title}**: due **${labelOf(at, zone)}** (${when})`;
  });
  const head =
    match.events.length === 0
      ? 'There are no more assignment deadlines in the schedule.'
      : match.listing
        ? `The assignment deadlines (times in ${zone}):`
        : `Deadline (time in ${zone}):`;
  const missing =
    match.unknownNumber === undefined
      ? []
      : [`The schedule has no deadline for assignment ${match.unknownNumber}.`];
  const { grading } = content.course; // absent in a minimal course file: nothing is said about late work
  return [...missing, head, ...lines, ...(grading ? ['', latePolicySentence(grading.late)] : [])].join('\n');
}
