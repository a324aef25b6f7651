// A question when a topic comes ("when do we cover <a method>", "which week do we read <an author>") that no entry
// answers with confidence, found in the one entry whose answer has a line naming the topic: a week-by-week list, a
// reading schedule, a table of sessions. The question is as normalize() writes it.
import type { FaqEntry } from '../content/schemas.ts';
import { analyze, stem, unmarked } from './text.ts';

/** A question for when something comes: "when", "what week", "which class", "on what day". */
const ASKS_WHEN_TOPIC =
  /\b(when|whens|what (day|date|week|weekday|class|lecture|session)s?|which (day|date|week|weekday|class|lecture|session)s?)\b/;

/** Words that frame such a question, not the topic: "when do we start reading", "which week is it covered in". */
const FRAME = new Set(
  (
    'learn learning cover covered covering start starting begin beginning read reading discuss discussed ' +
    'discussing talk talking study studying go going get getting week weeks day days date dates class classes ' +
    'lecture lectures session sessions time topic topics teach taught do doing happen happening come coming ' +
    'schedule scheduled assigned assign plan planned supposed look looking vs versus'
  )
    .split(' ')
    .map(stem),
);

/** A line that is an item of a numbered list or a table's row. */
const ITEM = /^\s*(\d{1,2}[.)]\s|\|)/;

/** The lines of an answer, a long paragraph cut into its sentences. */
function linesOf(answer: string): string[] {
  return unmarked(answer)
    .split('\n')
    .flatMap((line) => (line.length > 200 ? line.split(/(?<=[.!?])\s+(?=[A-Z])/) : [line]));
}

/** The lines of an answer that may say when a topic comes, each with the stems of its words. */
type TopicLines = readonly (readonly Set<string>[])[];

/**
 * A finder of the entry whose answer has a line naming every word of the topic a question asks about, when exactly one
 * has, and that answer says when (`saysWhen`). The line says when, or is an item of a numbered list or a table row in
 * an answer that says when ("5. <topics>" under "by week", "| Week 3 | <topic> |"). The lines are read once, on the
 * first question that asks when. The finder's `ignore` holds stems that name the course, not a topic.
 */
export function topicFinder(
  entries: readonly FaqEntry[],
  saysWhen: (answer: string) => boolean,
): (question: string, ignore: ReadonlySet<string>) => FaqEntry | undefined {
  let cached: TopicLines | null = null;
  const read = (): TopicLines =>
    entries.map((entry) => {
      const listed = saysWhen(entry.answer);
      return linesOf(entry.answer)
        .filter((line) => saysWhen(line) || (listed && ITEM.test(line)))
        .map((line) => new Set(analyze(line)));
    });
  return (question, ignore) => {
    if (!ASKS_WHEN_TOPIC.test(question)) return undefined;
    const topic = [...new Set(analyze(question))].filter((s) => !FRAME.has(s) && !ignore.has(s));
    if (topic.length === 0) return undefined;
    const lines = (cached ??= read());
    const found = entries.filter((_, i) => lines[i]?.some((words) => topic.every((s) => words.has(s))));
    return found.length === 1 ? found[0] : undefined;
  };
}
