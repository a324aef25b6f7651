// Keeps the core's schedule equal to the schedule file plus the deadlines last read from Canvas; the last good
// assignments are stored, so a restart while Canvas is down still has them.
import { z } from 'zod';
import type { Core } from '../../core/core.ts';
import type { CanvasClient } from './canvas-client.ts';
import {
  assignmentSchema,
  fetchAssignments,
  importDeadlines,
  mergeDeadlines,
  type CanvasAssignment,
  type ImportedDeadline,
  withoutImported,
} from './canvas-deadlines.ts';
import { readCanvasState, writeCanvasState } from './canvas-store.ts';

const STATE_KEY = 'assignments';

export interface DeadlineSync {
  /** Reads the assignments; when the deadlines changed, the calendar, reminders and answers follow at once. */
  poll(): Promise<void>;
}

export function createDeadlineSync(core: Core, client: CanvasClient, courseId: string): DeadlineSync {
  const stored = z.array(assignmentSchema).safeParse(readCanvasState(core.db, STATE_KEY));
  let assignments: CanvasAssignment[] = stored.success ? stored.data : [];
  // The schedule as the file has it: without deadlines an earlier sync added (one per core is the rule, but
  // a second must not take the first one's imports for the file's own events).
  let fromFile = withoutImported(core.content.schedule);
  let imported: ImportedDeadline[] = importDeadlines(assignments, fromFile);
  const apply = (): void => {
    core.content = { ...core.content, schedule: mergeDeadlines(fromFile, imported) };
  };
  // A reload of the schedule file (SIGHUP, file change) keeps the Canvas deadlines.
  core.extendSchedule = (schedule) => {
    fromFile = withoutImported(schedule);
    imported = importDeadlines(assignments, fromFile);
    return mergeDeadlines(fromFile, imported);
  };
  if (imported.length) apply();

  return {
    async poll() {
      const fresh = await fetchAssignments(client, courseId);
      const next = importDeadlines(fresh, fromFile);
      assignments = fresh;
      writeCanvasState(core.db, STATE_KEY, fresh);
      if (JSON.stringify(next) === JSON.stringify(imported)) return;
      imported = next;
      apply();
      core.log.info('canvas: deadlines updated', { deadlines: next.length });
    },
  };
}
