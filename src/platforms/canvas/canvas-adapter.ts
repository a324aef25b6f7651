// The Canvas platform's one entry point: polls Canvas every CANVAS_POLL_SECONDS (more slowly while it fails) for
// changed assignments, new board entries and (when on) new messages; each step fails on its own and never holds up
// the rest of the bot. Replies and announcements go out through the outbox.
import type { Core } from '../../core/core.ts';
import type { CommandRunner } from '../../core/run-command.ts';
import { createCanvasClient, type CanvasClientOptions } from './canvas-client.ts';
import type { CanvasSettings } from './canvas-config.ts';
import { createCanvasHealth } from './canvas-health.ts';
import { createDeadlineSync } from './deadline-sync.ts';
import { createDiscussionBoard } from './discussion-board.ts';
import { createPeopleReader, createSelfId, type People } from './canvas-people.ts';
import { ANNOUNCEMENT_KIND } from '../../announcements/deliver-announcements.ts';
import type { Destination } from '../../delivery/outbox.ts';
import {
  announcementDestination,
  boardReplyDestination,
  inboxReplyDestination,
} from './canvas-destinations.ts';
import { createInbox } from './canvas-inbox.ts';
import { createReplyClaims } from './canvas-store.ts';

/** Failing polls wait twice as long each time, up to this. */
const MAX_POLL_DELAY_MS = 15 * 60_000;

export interface CanvasAdapter {
  /** One poll now; a call while one runs waits for that one. Never throws. */
  pollOnce(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface CanvasAdapterOptions {
  /** Time-outs and back-off of the HTTP client (tests shorten them). */
  client?: Partial<Omit<CanvasClientOptions, 'baseUrl' | 'token'>>;
}

export function createCanvasAdapter(
  settings: CanvasSettings,
  core: Core,
  runner: CommandRunner,
  options: CanvasAdapterOptions = {},
): CanvasAdapter {
  const stopping = new AbortController();
  const client = createCanvasClient({
    baseUrl: settings.baseUrl,
    token: settings.token,
    stopSignal: stopping.signal,
    ...options.client,
  });
  const health = createCanvasHealth(core.log);
  const deadlines = createDeadlineSync(core, client, settings.courseId);
  const claims = createReplyClaims(core.db);
  const whoAmI = createSelfId(client);
  const readPeople = createPeopleReader(client, settings.courseId, whoAmI);
  // Posting goes through the outbox: its own client, so a slow post never waits behind a poll's back-off.
  const poster = createCanvasClient({
    baseUrl: settings.baseUrl,
    token: settings.token,
    maxAttempts: 3,
    maxDelayMs: 10_000,
    ...options.client,
  });
  const destinations: Destination[] = [
    boardReplyDestination(poster, settings.courseId, whoAmI),
    announcementDestination(poster, settings.courseId, [ANNOUNCEMENT_KIND]),
    ...(settings.inboxReply ? [inboxReplyDestination(poster, whoAmI)] : []),
  ];
  for (const d of destinations) if (!core.outbox.destination(d.name)) core.outbox.registerDestination(d);
  const board = createDiscussionBoard({
    core,
    runner,
    client,
    claims,
    courseId: settings.courseId,
    topicIds: settings.boardTopicIds,
  });
  const inbox = settings.inboxReply ? createInbox({ core, runner, client, claims }) : undefined;
  // Read once per poll, by the board or else the inbox; without knowing who is staff nothing is answered.
  let people: People | undefined;
  const steps: [string, () => Promise<void>][] = [
    ['deadlines', () => deadlines.poll()],
    ['board', async () => board.poll((people = await readPeople()))],
    ...(inbox
      ? [['inbox', async () => inbox.poll(people ?? (await readPeople()))] as [string, () => Promise<void>]]
      : []),
  ];

  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;

  const pollOnce = (): Promise<void> => {
    running ??= (async () => {
      people = undefined;
      for (const [name, step] of steps) {
        try {
          await step();
        } catch (err) {
          health.failed(name, err);
        }
      }
      // Canvas works again: replies waiting in the outbox go now instead of after their back-off.
      if (health.pollDone()) for (const d of destinations) core.outbox.retryNow(d.name);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  const loop = async (): Promise<void> => {
    await pollOnce();
    if (stopped) return;
    const delay = Math.min(
      Math.max(MAX_POLL_DELAY_MS, settings.pollSeconds * 1000),
      settings.pollSeconds * 1000 * 2 ** Math.min(health.failures, 6),
    );
    timer = setTimeout(() => void loop(), delay);
  };

  return {
    pollOnce,
    start() {
      stopped = false;
      // Not awaited: a slow or absent Canvas must not hold up the start of the other platforms.
      void loop();
      core.log.info('canvas: started', { pollSeconds: settings.pollSeconds, inbox: settings.inboxReply });
      return Promise.resolve();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      stopping.abort(); // a poll waiting on Canvas ends now; the outbox stops its own deliveries
      await running;
    },
  };
}
