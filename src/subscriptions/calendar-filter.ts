// Which events a calendar (or a personal subscription) shows: by group and by type.
import { z } from 'zod';
import { EVENT_TYPES, typeHint, type EventType } from '../content/schemas.ts';
import type { Schedule, ScheduleEvent } from '../schedule/schedule.ts';

export interface CalendarFilter {
  /** Show this group's events plus every event without a group. */
  group?: string;
  /** Only these types; absent means every type. */
  types?: EventType[];
}

export const groupSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(64, { error: 'is longer than 64 characters' })
  .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'is not a group id such as thu-a' });

/** `deadline,exam` (commas or spaces) -> a sorted, de-duplicated list; unknown names are an error. */
export const typesSchema = z
  .string()
  .trim()
  .max(200, { error: 'is longer than 200 characters' })
  .transform((s, ctx) => {
    const parts = [
      ...new Set(
        s
          .toLowerCase()
          .split(/[\s,]+/)
          .filter(Boolean),
      ),
    ];
    const unknown = parts.filter((p) => !(EVENT_TYPES as readonly string[]).includes(p));
    if (unknown.length || parts.length === 0) {
      // (with the type to write for a word a syllabus uses, "labs": a lab is type practical)
      const hints = unknown.flatMap((u) => typeHint(u) ?? []);
      const named = `unknown type ${unknown.map((u) => `"${u}"`).join(', ')}${hints.length ? ` (${hints.join('; ')})` : ''}`;
      ctx.addIssue({
        code: 'custom',
        message: `${unknown.length ? named : 'no type given'}; use a comma-separated list of ${EVENT_TYPES.join(', ')}`,
      });
      return z.NEVER;
    }
    return (EVENT_TYPES as readonly string[]).filter((t) => parts.includes(t)) as EventType[];
  });

/** The filter as options: a chat command's arguments, the CLI's flags and the public calendar's query. */
export const filterSchema = z.strictObject(
  { group: groupSchema.optional(), types: typesSchema.optional() },
  { error: (i) => (i.code === 'unrecognized_keys' ? 'unknown parameter; use group and types' : undefined) },
);

/** Null when `group` is absent or one of `groups`; otherwise what is wrong and the valid groups. */
export function unknownGroupMessage(group: string | undefined, groups: readonly string[]): string | null {
  if (group === undefined || groups.includes(group)) return null;
  const kind = (EVENT_TYPES as readonly string[]).includes(group)
    ? ` ("${group}" is a kind of event: give it as types)`
    : '';
  return groups.length === 0
    ? `there is no group "${group}": this course has no groups, so leave it out${kind}`
    : `there is no group "${group}"; the groups are ${groups.join(', ')}${kind}`;
}

export function matchesFilter(event: Pick<ScheduleEvent, 'type' | 'group'>, filter: CalendarFilter): boolean {
  if (filter.types && !filter.types.includes(event.type)) return false;
  if (filter.group !== undefined && event.group !== undefined && event.group !== filter.group) return false;
  return true;
}

/** The groups a schedule knows, sorted. */
export function groupsOf(schedule: Schedule): string[] {
  return [...new Set(schedule.events.flatMap((e) => (e.group ? [e.group] : [])))].sort();
}

/** A stable text key for caches: the same filter always gives the same key. */
export function filterKey(filter: CalendarFilter): string {
  return `${filter.group ?? ''}|${(filter.types ?? []).join(',')}`;
}
