// One reminder tick: what fell due since the last tick is claimed per destination, then sent (or skipped if late).
import { errorMessage } from '../core/error-message.ts';
import type { Core } from '../core/core.ts';
import type { Post, Poster } from '../core/posting.ts';
import type { ScheduleEvent } from '../schedule/schedule.ts';
import {
  claimDelivery,
  claimRetry,
  ensureDeliveryTables,
  markDelivery,
  readState,
  retryableDeliveries,
  writeState,
  type DeliveryKey,
} from './delivery-store.ts';
import { listOptIns } from './opt-in-store.ts';
import { leadsFor } from './leads.ts';
import { planReminders, type PlannedReminder } from './plan-reminders.ts';

/** A failed send is tried again on later ticks, at most this many tries in all, and only within the grace window. */
export const MAX_ATTEMPTS = 3;
/** How far back a tick looks after a long downtime; older reminders are not considered at all. */
const MAX_LOOKBACK_MS = 14 * 86_400_000;
const LAST_TICK_KEY = 'last_tick';

export interface TickResult {
  sent: number;
  skipped: number;
  failed: number;
}

type Send = (post: Post) => Promise<void>;

/**
 * Direct messages cover the reminders everyone gets: events without a group that have reminders at all (by
 * default deadlines and exams). A user's own leads replace the event's leads, never switch on lectures.
 */
const forEveryone = (e: ScheduleEvent): boolean => e.group === undefined && leadsFor(e).length > 0;

export async function runReminderTick(core: Core): Promise<TickResult> {
  const { db, log } = core;
  ensureDeliveryTables(db);
  const now = core.clock.now();
  const graceMs = core.config.reminderGraceMinutes * 60_000;
  const last = readState(db, LAST_TICK_KEY);
  // The window starts at the last tick (missed reminders from a downtime are in it), or one grace period back
  // on the very first start. `to` is exclusive, so one millisecond past now includes reminders due right now.
  const fromMs = Math.max(
    now.getTime() - MAX_LOOKBACK_MS,
    Math.min(now.getTime(), last ? Date.parse(last) : now.getTime() - graceMs),
  );
  const from = new Date(fromMs);
  const to = new Date(now.getTime() + 1);
  const schedule = core.content.schedule;
  const result: TickResult = { sent: 0, skipped: 0, failed: 0 };

  const deliver = async (r: PlannedReminder, destination: string, send: Send): Promise<void> => {
    const key: DeliveryKey = {
      eventId: r.eventId,
      occurrence: r.occurrence.toISOString(),
      lead: r.lead,
      destination,
    };
    const post: Post = {
      id: `reminder:${r.eventId}:${key.occurrence}:${r.lead}`,
      kind: 'reminder',
      text: r.text,
      times: r.times,
      eventId: r.eventId,
    };
    const lateMs = now.getTime() - r.at.getTime();
    if (lateMs > graceMs) {
      if (claimDelivery(db, key, r.at, post, 'skipped', now)) {
        result.skipped++;
        log.warn('reminder skipped: too late', {
          ...key,
          at: r.at.toISOString(),
          lateMinutes: Math.round(lateMs / 60_000),
          graceMinutes: core.config.reminderGraceMinutes,
        });
      }
      return;
    }
    if (!claimDelivery(db, key, r.at, post, 'sending', now)) return;
    await attempt(key, post, send);
  };

  const triedNow = new Set<string>();
  const attempt = async (key: DeliveryKey, post: Post, send: Send): Promise<void> => {
    triedNow.add(keyText(key));
    try {
      await send(post);
      markDelivery(db, key, 'sent', core.clock.now());
      result.sent++;
    } catch (err) {
      const error = errorMessage(err);
      markDelivery(db, key, 'failed', core.clock.now(), error.slice(0, 500));
      result.failed++;
      log.error('reminder send failed', { ...key, error });
    }
  };

  const channelPlan = planReminders(schedule, from, to);
  for (const r of channelPlan) {
    for (const poster of core.posters) {
      await deliver(r, poster.name, (p) => poster.postToChannel(p));
    }
  }

  const plans = new Map<string, PlannedReminder[]>();
  for (const optIn of listOptIns(db)) {
    const poster = directPoster(core.posters, optIn.platform);
    if (!poster) continue;
    const leadsKey = optIn.leads?.join(',') ?? '';
    let plan = plans.get(leadsKey);
    if (!plan) {
      plan = planReminders(schedule, from, to, {
        filter: forEveryone,
        ...(optIn.leads && { leads: optIn.leads }),
      });
      plans.set(leadsKey, plan);
    }
    for (const r of plan) {
      await deliver(r, `dm:${optIn.platform}:${optIn.userId}`, (p) => poster.sendDirect(optIn.userId, p));
    }
  }

  // Earlier failures get another try, never in a loop within one tick, and never once past the grace window.
  for (const failed of retryableDeliveries(db, MAX_ATTEMPTS, new Date(now.getTime() - graceMs))) {
    const send = senderFor(core.posters, failed.destination);
    if (!send || triedNow.has(keyText(failed)) || !claimRetry(db, failed, now)) continue;
    await attempt(failed, failed.post, send);
  }

  writeState(db, LAST_TICK_KEY, now.toISOString());
  return result;
}

function keyText(k: DeliveryKey): string {
  return JSON.stringify([k.eventId, k.occurrence, k.lead, k.destination]);
}

type DirectPoster = Poster & { sendDirect: NonNullable<Poster['sendDirect']> };

function directPoster(posters: readonly Poster[], platform: string): DirectPoster | undefined {
  return posters.find((p): p is DirectPoster => p.platform === platform && p.sendDirect !== undefined);
}

function senderFor(posters: readonly Poster[], destination: string): Send | undefined {
  const dm = /^dm:([^:]+):(.+)$/.exec(destination);
  if (dm) {
    const poster = directPoster(posters, dm[1] ?? '');
    const userId = dm[2] ?? '';
    return poster && ((p) => poster.sendDirect(userId, p));
  }
  const poster = posters.find((p) => p.name === destination);
  return poster && ((p) => poster.postToChannel(p));
}
