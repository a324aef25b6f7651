// Marks the schedule's instants in an engine reply as `{{time:N}}` placeholders, so Discord and Slack can show
// each reader the time in their own zone; the web and the CLI keep the course-zone text (the fallback).
import type { Reply } from '../core/command.ts';
import { allOccurrences, type Schedule } from '../schedule/schedule.ts';
import { labelOf } from './time-memo.ts';

const labelsBySchedule = new WeakMap<Schedule, { label: string; at: Date }[]>();

/** Every occurrence start of the schedule with the label the engine writes for it (computed once per schedule). */
function startLabels(schedule: Schedule): { label: string; at: Date }[] {
  let labels = labelsBySchedule.get(schedule);
  if (!labels) {
    labels = allOccurrences(schedule).map((o) => ({
      label: labelOf(o.start, schedule.timezone),
      at: o.start,
    }));
    labelsBySchedule.set(schedule, labels);
  }
  return labels;
}

export function withTimePlaceholders(
  text: string,
  schedule: Schedule,
): { text: string; times: Reply['times'] } {
  const times: NonNullable<Reply['times']> = [];
  let out = text;
  for (const { label, at } of startLabels(schedule)) {
    if (!out.includes(label)) continue;
    out = out.split(label).join(`{{time:${times.length}}}`);
    times.push({ at, fallback: label });
  }
  return { text: out, times };
}
