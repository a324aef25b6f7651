// Deadlines from Canvas assignments, and their merge with the schedule file (YAML wins where both name one).
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Schedule, ScheduleEvent, UndatedEvent } from '../../schedule/schedule.ts';
import type { CanvasClient } from './canvas-client.ts';
import { fitLength } from '../../core/fit-length.ts';

const canvasTime = z.iso.datetime({ offset: true });

const overrideSchema = z.object({
  id: z.number().int(),
  course_section_id: z.number().int().nullish(),
  due_at: canvasTime.nullish(),
});

export const assignmentSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().max(10_000),
  due_at: canvasTime.nullish(),
  published: z.boolean().optional(),
  html_url: z.string().max(2000).optional(),
  overrides: z.array(overrideSchema).max(1000).optional(),
});
export type CanvasAssignment = z.infer<typeof assignmentSchema>;

/** Every assignment of the course with its overrides (all pages). */
export function fetchAssignments(client: CanvasClient, courseId: string): Promise<CanvasAssignment[]> {
  return client.getAll(`/courses/${encodeURIComponent(courseId)}/assignments`, assignmentSchema, {
    'include[]': ['overrides'],
    order_by: 'due_at',
  });
}

/** A deadline from an assignment: dated from its due date, or without a date yet (`tba`) when it has none. */
export type ImportedDeadline =
  | { event: ScheduleEvent & { canvasId: number }; due: Date }
  | { event: UndatedEvent & { canvasId: number }; due: null };

/** What replies say of an assignment without a due date ("date not yet announced (no due date on Canvas yet)"). */
export const NO_DUE_DATE_NOTE = 'no due date on Canvas yet';

const TITLE_MAX = 200;

/**
 * Published assignments with a due date become deadlines for everyone; a section's own due date (an override
 * for a section the schedule maps to a group) becomes that group's deadline. Due times keep whole minutes, as
 * the schedule does: Canvas's usual 23:59:59 is 23:59. A published assignment without a due date becomes a deadline
 * without a date yet (as `tba` in the schedule): answers and `deadlines` name it, calendars and reminders leave it
 * out until Canvas gives it a date. Undated ones come after the dated, in Canvas's order.
 */
export function importDeadlines(
  assignments: readonly CanvasAssignment[],
  schedule: Pick<Schedule, 'timezone' | 'canvasSections'>,
): ImportedDeadline[] {
  const zone = schedule.timezone;
  const sections = schedule.canvasSections ?? {};
  const out: ImportedDeadline[] = [];
  const undated: ImportedDeadline[] = [];
  const titleOf = (a: CanvasAssignment, group?: string): string => {
    const name = a.name.trim() || `Assignment ${a.id}`;
    const title = group ? `${name} (group ${group})` : name;
    return fitLength(title, TITLE_MAX);
  };
  const make = (a: CanvasAssignment, dueAt: string, group?: string): ImportedDeadline => {
    const local = DateTime.fromISO(dueAt, { zone }).startOf('minute');
    const url = safeUrl(a.html_url);
    return {
      due: local.toJSDate(),
      event: {
        id: group ? `canvas-${a.id}-${group}` : `canvas-${a.id}`,
        type: 'deadline',
        title: titleOf(a, group),
        ...(group && { group }),
        start: local.toFormat('yyyy-MM-dd HH:mm'),
        skip: [],
        ...(url && { url }),
        canvasId: a.id,
      },
    };
  };
  for (const a of assignments) {
    if (a.published === false) continue;
    if (a.due_at) out.push(make(a, a.due_at));
    else {
      const url = safeUrl(a.html_url);
      undated.push({
        due: null,
        event: {
          id: `canvas-${a.id}`,
          type: 'deadline',
          title: titleOf(a),
          tba: true,
          note: NO_DUE_DATE_NOTE,
          ...(url && { url }),
          canvasId: a.id,
        },
      });
    }
    const seen = new Set<string>();
    for (const o of a.overrides ?? []) {
      const group = o.course_section_id == null ? undefined : sections[String(o.course_section_id)];
      if (!group || !o.due_at || seen.has(group)) continue;
      seen.add(group);
      out.push(make(a, o.due_at, group));
    }
  }
  const time = (d: ImportedDeadline): number => d.due?.getTime() ?? 0;
  out.sort((x, y) => time(x) - time(y) || x.event.id.localeCompare(y.event.id));
  return [...out, ...undated];
}

/** What `canvas deadlines --json` prints for one imported deadline. */
export function deadlineRow(d: ImportedDeadline, zone: string) {
  return {
    id: d.event.id,
    title: d.event.title,
    due: d.due === null ? null : DateTime.fromJSDate(d.due, { zone }).toISO({ suppressMilliseconds: true }),
    url: d.event.url ?? null,
    canvasId: d.event.canvasId,
  };
}

/** The events `mergeDeadlines` added, so that a schedule can be taken back to what its file says. */
const importedEvents = new WeakSet<ScheduleEvent | UndatedEvent>();

export function withoutImported(schedule: Schedule): Schedule {
  const events = schedule.events.filter((e) => !importedEvents.has(e));
  const undated = schedule.undated?.filter((e) => !importedEvents.has(e));
  if (events.length === schedule.events.length && undated?.length === schedule.undated?.length)
    return schedule;
  const out: Schedule = { ...schedule, events };
  if (undated && undated.length > 0) out.undated = undated;
  else delete out.undated;
  return out;
}

/**
 * The schedule with the imported deadlines added. A YAML event with the same id, or a YAML deadline with the
 * same `canvas_id` and group, replaces the imported one: the schedule file always has the last word.
 */
export function mergeDeadlines(base: Schedule, imported: readonly ImportedDeadline[]): Schedule {
  if (imported.length === 0) return base;
  const ids = new Set([...base.events, ...(base.undated ?? [])].map((e) => e.id));
  const byCanvas = new Set(
    base.events.filter((e) => e.canvasId !== undefined).map((e) => `${e.canvasId}:${e.group ?? ''}`),
  );
  const kept = (e: { id: string; canvasId: number; group?: string }): boolean =>
    !ids.has(e.id) && !byCanvas.has(`${e.canvasId}:${e.group ?? ''}`);
  const added: ScheduleEvent[] = [];
  const addedUndated: UndatedEvent[] = [];
  for (const d of imported) {
    if (!kept(d.event)) continue;
    importedEvents.add(d.event);
    if (d.due === null) addedUndated.push(d.event);
    else added.push(d.event);
  }
  if (added.length + addedUndated.length === 0) return base;
  return {
    ...base,
    events: [...base.events, ...added],
    ...(addedUndated.length > 0 && { undated: [...(base.undated ?? []), ...addedUndated] }),
  };
}

/** Links go into calendars and replies: only http(s) addresses are kept. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}
