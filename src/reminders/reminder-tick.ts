// One reminder tick: what fell due since the last tick goes into the outbox, once per destination (and per
// opted-in user); the outbox sends it, rendering the text when it is sent.
import type { Core } from '../core/core.ts';
import type { Post } from '../core/posting.ts';
import type { Render } from '../delivery/outbox.ts';
import { allOccurrences, type Schedule, type ScheduleEvent } from '../schedule/schedule.ts';
import { listOptIns } from './opt-in-store.ts';
import { leadsFor } from './leads.ts';
import {
  planReminders,
  renderReminderText,
  type PlannedReminder,
  type ReminderMessage,
} from './plan-reminders.ts';
import { readTickState, writeTickState } from './tick-state.ts';

/** How far back a tick looks after a long downtime; older reminders are not considered at all. */
const MAX_LOOKBACK_MS = 14 * 86_400_000;

export interface TickResult {
  queued: number;
  skipped: number;
}

export const REMINDER_KIND = 'reminder';

/**
 * Direct messages cover the reminders everyone gets: events without a group that have reminders at all (by
 * default deadlines and exams). A user's own leads replace the event's leads, never switch on lectures.
 */
const forEveryone = (e: ScheduleEvent): boolean => e.group === undefined && leadsFor(e).length > 0;

export function reminderItemId(m: Pick<ReminderMessage, 'eventId' | 'occurrence' | 'lead'>): string {
  return `reminder:${m.eventId}:${m.occurrence}:${m.lead}`;
}

/**
 * The outbox renderer for reminders, reading the schedule as it is at sending time (`schedule`): the text as it is
 * true then; nothing once the event began, nor once the schedule no longer has that occurrence. A reminder waits in
 * the outbox while its platform is down, and the event may be moved or taken out meanwhile: "due in 1 day" of the
 * old date would be wrong, and the new date gets reminders of its own.
 */
export const reminderRenderer =
  (schedule: () => Schedule): Render =>
  (payload, now) => {
    const m = payload as ReminderMessage;
    if (
      !allOccurrences(schedule()).some(
        (o) => o.event.id === m.eventId && o.start.toISOString() === m.occurrence,
      )
    )
      return { skip: `its event is no longer in the schedule at ${m.occurrence} (moved or taken out)` };
    const rendered = renderReminderText(m, now);
    if (!rendered) return { skip: `its event started at ${m.occurrence}` };
    const post: Post = { id: reminderItemId(m), kind: 'reminder', ...rendered, eventId: m.eventId };
    return post;
  };

export function runReminderTick(core: Core): TickResult {
  const { db, log, outbox } = core;
  const now = core.clock.now();
  const graceMs = core.config.reminderGraceMinutes * 60_000;
  const last = readTickState(db);
  // The window starts at the last tick (missed reminders from a downtime are in it), or one grace period back
  // on the very first start. `to` is exclusive, so one millisecond past now includes reminders due right now.
  const fromMs = Math.max(
    now.getTime() - MAX_LOOKBACK_MS,
    Math.min(now.getTime(), last ? Date.parse(last) : now.getTime() - graceMs),
  );
  const from = new Date(fromMs);
  const to = new Date(now.getTime() + 1);
  const schedule = core.content.schedule;
  const result: TickResult = { queued: 0, skipped: 0 };

  const enqueue = (r: PlannedReminder, recipient?: { destination: string; userId: string }): void => {
    const lateMs = now.getTime() - r.at.getTime();
    // In whole minutes: the tick of a reminder's own minute runs a moment after it, and is on time.
    const tooLate = Math.floor(lateMs / 60_000) > core.config.reminderGraceMinutes;
    const added = outbox.enqueue({
      id: reminderItemId(r.message),
      kind: REMINDER_KIND,
      payload: r.message,
      // A reminder is of no use once its event has begun.
      expiresAt: r.occurrence,
      ...(recipient && { destinations: [recipient.destination], recipient: recipient.userId }),
      ...(tooLate && {
        giveUp: `too late: due at ${r.at.toISOString()}, ${Math.round(lateMs / 60_000)} minutes ago (grace ${core.config.reminderGraceMinutes})`,
      }),
    });
    if (tooLate) result.skipped += added.length;
    else result.queued += added.length;
  };

  for (const r of planReminders(schedule, from, to)) enqueue(r);

  const plans = new Map<string, PlannedReminder[]>();
  // (a course that turns `remindme` off sends no direct messages, to those who opted in before either)
  const directOff = core.content.course.commands.off.includes('remindme');
  for (const optIn of directOff ? [] : listOptIns(db)) {
    if (!outbox.destination(optIn.platform)?.direct) continue;
    const leadsKey = optIn.leads?.join(',') ?? '';
    let plan = plans.get(leadsKey);
    if (!plan) {
      plan = planReminders(schedule, from, to, {
        filter: forEveryone,
        ...(optIn.leads && { leads: optIn.leads }),
      });
      plans.set(leadsKey, plan);
    }
    for (const r of plan) enqueue(r, { destination: optIn.platform, userId: optIn.userId });
  }

  writeTickState(db, now.toISOString());
  if (result.queued + result.skipped > 0) log.info('reminder tick', { ...result });
  return result;
}
