// Answers "where" questions about events of the schedule ("where is lecture", "which room is the lab in") from the
// locations the schedule gives them. The events are found as a "when" question finds them (schedule-questions.ts):
// the question is read with its place words set aside, so every other word must frame the question or name the event.
// Course-independent: the words are English question words, the places the course's own.
import type { Content } from '../content/load-content.ts';
import type { ScheduleEvent, UndatedEvent } from '../schedule/schedule.ts';
import { matchScheduleQuestion } from './schedule-questions.ts';
import { normalize, tokens } from './text.ts';

/**
 * A question asks for a place when it says where, or names a place ("which room", "lab location", "location of the
 * lab"). These words are set aside; every other word must frame the question or name the event, as the schedule's
 * "when" matcher reads it (its frame words take "is", "which", "of" and greetings).
 */
const PLACE_WORDS =
  /\b(where|located|location|locations|room|rooms|venue|building|buildings|place|meet|meets|meeting|held|find|go)\b/g;
/** Of those, the words that ask for a place on their own (not "meet", "go" or "find"). */
const ASKS_PLACE = /\b(where|location|locations|room|rooms|venue|building|buildings)\b/;

export interface PlaceAnswer {
  /** The events asked about, each with its location. */
  events: (ScheduleEvent | UndatedEvent)[];
}

/**
 * The events a "where" question names, when the schedule gives every one of them a location; null when it asks
 * something else, names no event, or an event named has no location (a FAQ entry or the documents may say it).
 */
export function matchPlaceQuestion(
  question: string,
  content: Content,
  now: Date,
  synonyms: ReadonlyMap<string, string> = new Map(),
): PlaceAnswer | null {
  const text = tokens(normalize(question)).join(' ');
  if (!ASKS_PLACE.test(text)) return null;
  const rest = text.replace(PLACE_WORDS, ' ');
  const match = matchScheduleQuestion(`when is ${rest}`, content, now, synonyms);
  if (!match) return null;
  const named =
    match.kind === 'deadlines'
      ? match.events
      : [...match.occurrences.map((o) => o.event), ...(match.undated ?? [])];
  const events = [...new Set(named)];
  if (events.length === 0 || !events.every((e) => e.location !== undefined)) return null;
  return { events };
}

/** The reply: each event and where it is held, events at the same place together. */
export function renderPlaceAnswer(answer: PlaceAnswer): string {
  const byPlace = new Map<string, string[]>();
  for (const e of answer.events) {
    const place = e.location ?? '';
    const titles = byPlace.get(place) ?? [];
    if (!titles.includes(e.title)) titles.push(e.title);
    byPlace.set(place, titles);
  }
  const lines = [...byPlace].map(
    ([place, titles]) => `- ${titles.map((t) => `**${t}**`).join(', ')}: ${place}`,
  );
  return ['From the course schedule:', ...lines].join('\n');
}
