// Marks the schedule's instants in an engine reply as `{{time:N}}` placeholders, so a platform that can show each
// reader a time in their own zone does; the others keep the course-zone text (the fallback).
import type { Reply } from '../core/command.ts';
import { allOccurrences, type Schedule } from '../schedule/schedule.ts';
import { labelOf } from './time-memo.ts';

export function withTimePlaceholders(
  text: string,
  schedule: Schedule,
): { text: string; times: Reply['times'] } {
  const times: NonNullable<Reply['times']> = [];
  let out = text;
  for (const { start, end, event } of allOccurrences(schedule)) {
    // An all-day event is written as days, the same in every zone: nothing to convert.
    if (event.allDay) continue;
    // (an end is written with its date only when it falls on a later day than the start)
    for (const at of end ? [start, end] : [start]) {
      const label = labelOf(at, schedule.timezone);
      if (!out.includes(label)) continue;
      out = out.split(label).join(`{{time:${times.length}}}`);
      times.push({ at, fallback: label });
    }
  }
  return { text: out, times };
}
