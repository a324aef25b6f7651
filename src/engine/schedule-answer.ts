// What a schedule question is answered with (schedule-questions.ts finds it, schedule-reply.ts writes it): the events
// or their occurrences, and what the question asked of them.
import type { Occurrence, ScheduleEvent, UndatedEvent } from '../schedule/schedule.ts';
import type { DaysAsked } from './schedule-days.ts';

/**
 * `over`: none of the events the question names is still to come (the term is over, or a series has ended), whatever
 * their type and however they are picked (all of them, the next, by their order). The engine then prefers a FAQ entry
 * that answers the question; the schedule's answer says when the last one was (`lastOne`: the next was asked for and
 * none is left; `picked`: one chosen by its order, said as it is; `every`: a few sessions named by their topic, all of
 * them given).
 * Events without a date yet (`tba`) are named with "date not yet announced": as `deadlines` (deadlines, and events
 * of any type when none asked about has a date) or beside the `occurrences` as `undated`.
 */
export type ScheduleAnswer =
  | DeadlinesAnswer
  | {
      kind: 'occurrences';
      occurrences: Occurrence[];
      upcoming: boolean;
      over?: boolean;
      picked?: boolean;
      every?: boolean;
      undated?: UndatedEvent[];
      /** Asked what the events are about ("what is lab 5 about"): a FAQ entry that says what is asked comes first. */
      about?: boolean;
      /**
       * The days asked about ("is there class on March 23"), and the words that named the events, if any; when
       * nothing is on then, `instead` the events asked about on other days, or (`next`) the next one after;
       * `describe`: asked what the days are about, so each event's description follows its line.
       */
      on?: DaysAsked & {
        what: string[];
        instead?: Occurrence[];
        next?: boolean;
        /** `instead` is what else is on those days. */
        then?: boolean;
        describe?: boolean;
      };
      /** A long listing gives those still to come: how many of the others have passed, and how many more come later. */
      left?: Left;
      /** Asked in which week ("what week do we start <topic>", "<topic> week"): the reply names each one's week. */
      week?: boolean;
    };

export interface Left {
  passed: number;
  later: number;
}

export interface DeadlinesAnswer {
  kind: 'deadlines';
  events: (ScheduleEvent | UndatedEvent)[];
  listing: boolean;
  over?: boolean;
  lastOne?: boolean;
  /** A long listing gives those still to come: how many of the others have passed, and how many more come later. */
  left?: Left;
  /** The question named days ("what's due this week") and none of the deadlines has a date to say it by. */
  daysUnknown?: boolean;
}

export type AnyEvent = ScheduleEvent | UndatedEvent;
export const isUndated = (e: AnyEvent): e is UndatedEvent => 'tba' in e;

/** Whether an answer names events and none of them has a date yet (all `tba`). */
export function namesOnlyUndated(match: ScheduleAnswer): boolean {
  return match.kind === 'deadlines'
    ? match.events.length > 0 && match.events.every(isUndated)
    : match.occurrences.length === 0 && (match.undated?.length ?? 0) > 0;
}

/** The local days ("YYYY-MM-DD") a schedule answer gives for the events it names, those without a date aside. */
export function daysGiven(match: ScheduleAnswer): string[] {
  if (match.kind === 'occurrences') return match.occurrences.map((o) => o.date);
  return match.events.filter((e): e is ScheduleEvent => !isUndated(e)).map((e) => e.start.slice(0, 10));
}
