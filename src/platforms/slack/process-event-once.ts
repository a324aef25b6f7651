// Hands Slack's requests to bolt so that an Events API event is acknowledged only once it has been processed, and
// processed once: a failure is not acknowledged (Slack retries it), and a retry of a processed event is only
// acknowledged. Used by both receivers (HTTP and Socket Mode). Slash commands and interactivity pass through: bolt
// acknowledges them first, within Slack's 3 seconds, and Slack never retries them.
import type { App, ReceiverEvent } from '@slack/bolt';
import type { Clock } from '../../core/clock.ts';
import type { Logger } from '../../core/logger.ts';
import type { ProcessedEvents } from './processed-events-store.ts';

export class EventNotProcessedError extends Error {
  constructor(
    readonly eventId: string,
    options?: { cause: unknown },
  ) {
    super(`Slack event ${eventId} was not processed; Slack will retry it.`, options);
    this.name = 'EventNotProcessedError';
  }
}

export interface EventProcessor {
  /** Processes the event with the app; rejects when it was not processed (and then it was not acknowledged). */
  process(app: App, event: ReceiverEvent): Promise<void>;
}

export function createEventProcessor(processed: ProcessedEvents, clock: Clock, log: Logger): EventProcessor {
  /** Events being processed now: a retry that arrives meanwhile waits for the first delivery's outcome. */
  const inFlight = new Map<string, Promise<void>>();

  return {
    async process(app, event) {
      const eventId = event.body.type === 'event_callback' ? event.body.event_id : undefined;
      if (typeof eventId !== 'string') return app.processEvent(event);
      if (processed.has(eventId)) return event.ack();
      const running = inFlight.get(eventId);
      if (running) {
        log.debug('slack: a retry waits for the delivery in progress', { eventId });
        await running.catch((err: unknown) => {
          throw new EventNotProcessedError(eventId, { cause: err });
        });
        return event.ack();
      }
      let response: unknown;
      // Bolt acknowledges an event before its listeners run; the acknowledgement is held until they are done.
      const held: ReceiverEvent = {
        ...event,
        ack: async (r?: unknown) => {
          response = r;
        },
      };
      const work = app.processEvent(held).then(() => processed.add(eventId, clock.now()));
      inFlight.set(eventId, work);
      try {
        await work;
      } catch (err) {
        throw new EventNotProcessedError(eventId, { cause: err });
      } finally {
        inFlight.delete(eventId);
      }
      await event.ack(response);
    },
  };
}
