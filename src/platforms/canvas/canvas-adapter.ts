// The Canvas platform's one entry point: polls Canvas every CANVAS_POLL_SECONDS (more slowly while it fails) for
// changed assignments, new board entries and (when on) new messages; each step fails on its own and never holds up
// the rest of the bot. Replies and announcements go out through the outbox. Its state (and the last poll that went
// through) is reported to readiness like the other platforms'; while it fails, a cheap call (GET /users/self) asks
// at most a minute apart whether it is back, and a poll follows at once when it is.
import type { Core } from '../../core/core.ts';
import { errorMessage } from '../../core/error-message.ts';
import type { PlatformStatus } from '../../core/platform-connection.ts';
import type { CommandRunner } from '../../core/run-command.ts';
import { z } from 'zod';
import { CanvasError, createCanvasClient, type CanvasClientOptions } from './canvas-client.ts';
import type { CanvasSettings } from './canvas-config.ts';
import { createCanvasHealth } from './canvas-health.ts';
import { createDeadlineSync } from './deadline-sync.ts';
import { createDiscussionBoard } from './discussion-board.ts';
import { createPeopleReader, createSelf, type People } from './canvas-people.ts';
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
const selfAnswer = z.object({ id: z.number() }).loose();
/** While polls fail, Canvas is asked this often at most whether it answers again (not while rate limited). */
const PROBE_EVERY_MS = 60_000;

export interface CanvasAdapter {
  /** One poll now; a call while one runs waits for that one. Never throws. */
  pollOnce(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** For readiness: `connecting` until the first poll ends, then `up` or `down` (with the failing step). */
  status(): PlatformStatus;
}

export interface CanvasAdapterOptions {
  /** Time-outs and back-off of the HTTP client (tests shorten them). */
  client?: Partial<Omit<CanvasClientOptions, 'baseUrl' | 'token'>>;
  /** How often a failing Canvas is asked whether it is back (default a minute). */
  probeEveryMs?: number;
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
  const self = createSelf(client);
  const whoAmI = async () => (await self()).id;
  const readPeople = createPeopleReader(client, settings.courseId, self);
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

  // One call, no retries: the question is only whether Canvas answers now.
  const prober = createCanvasClient({
    baseUrl: settings.baseUrl,
    token: settings.token,
    stopSignal: stopping.signal,
    ...options.client,
    maxAttempts: 1,
  });
  const probeEvery = options.probeEveryMs ?? PROBE_EVERY_MS;
  const now = () => core.clock.now().toISOString();
  let status: PlatformStatus = { name: 'canvas', state: 'connecting', since: now(), failures: 0 };
  let rateLimited = false;

  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;

  const pollOnce = (): Promise<void> => {
    running ??= (async () => {
      people = undefined;
      let failure: string | undefined;
      rateLimited = false;
      for (const [name, step] of steps) {
        try {
          await step();
        } catch (err) {
          health.failed(name, err);
          failure ??= `${name}: ${errorMessage(err)}`;
          if (err instanceof CanvasError && err.failure === 'rate_limited') rateLimited = true;
        }
      }
      const at = now();
      if (failure === undefined) {
        status = {
          name: 'canvas',
          state: 'up',
          since: status.state === 'up' ? status.since : at,
          failures: 0,
          lastOkAt: at,
        };
      } else {
        status = {
          ...status,
          state: 'down',
          since: status.state === 'down' ? status.since : at,
          failures: health.failures,
          error: failure,
        };
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
    const pollAt = Date.now() + delay;
    // Until the next poll: while failing (not rate limited), a probe at most a minute apart; if it answers, poll.
    const wait = (): void => {
      const left = pollAt - Date.now();
      const probing = health.failures > 0 && !rateLimited && left > probeEvery;
      timer = setTimeout(
        () => {
          if (stopped) return;
          if (!probing) return void loop();
          prober.get('/users/self', selfAnswer).then(
            () => void (stopped || loop()),
            () => void (stopped || wait()),
          );
        },
        probing ? probeEvery : Math.max(0, left),
      );
    };
    wait();
  };

  return {
    pollOnce,
    status: () => ({ ...status }),
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
