// Keeps the core's schedule equal to the schedule file plus the deadlines last read from Canvas; the last good
// assignments are stored, so a restart while Canvas is down still has them.
import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { Schedule } from '../../schedule/schedule.ts';
import { openDatabase } from '../../store/database.ts';
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

function storedAssignments(db: Database.Database): CanvasAssignment[] {
  const stored = z.array(assignmentSchema).safeParse(readCanvasState(db, STATE_KEY));
  return stored.success ? stored.data : [];
}

/**
 * The schedule with the deadlines the running bot last read from Canvas (kept in its database), for the
 * command line's `calendar` and `reminders`: what they print is what the bot uses, without asking Canvas.
 */
export function withStoredCanvasDeadlines(schedule: Schedule, databaseFile: string): Schedule {
  if (!existsSync(databaseFile)) return schedule;
  const db = openDatabase(databaseFile);
  try {
    return mergeDeadlines(schedule, importDeadlines(storedAssignments(db), schedule));
  } finally {
    db.close();
  }
}

export interface DeadlineSync {
  /** Reads the assignments; when the deadlines changed, the calendar, reminders and answers follow at once. */
  poll(): Promise<void>;
}

export function createDeadlineSync(core: Core, client: CanvasClient, courseId: string): DeadlineSync {
  let assignments = storedAssignments(core.db);
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
