// A bolt Receiver for HTTP mode whose POST /slack/events route lives on the bot's own HTTP server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import { z } from 'zod';
import type { Clock } from '../../core/clock.ts';
import type { Logger } from '../../core/logger.ts';
import { HttpError, readBody, sendError, sendJson } from '../../http/http-kit.ts';
import type { HttpRoute } from '../../http/server.ts';
import { errorMessage } from '../../core/error-message.ts';
import { verifySlackSignature } from './verify-signature.ts';

export const SLACK_EVENTS_PATH = '/slack/events';

const objectBody = z.record(z.string(), z.unknown());

export interface SlackHttpReceiverOptions {
  signingSecret: string;
  clock: Clock;
  log: Logger;
}

export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;
  private running = false;
  private readonly seenEvents = new RecentIds(1000);

  constructor(private readonly options: SlackHttpReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {
    this.running = true;
  }

  async stop(): Promise<void> {
    this.running = false;
  }

  route(): HttpRoute {
    return { method: 'POST', path: SLACK_EVENTS_PATH, handle: (req, res) => this.handle(req, res) };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const check = verifySlackSignature({
      signingSecret: this.options.signingSecret,
      timestamp: header(req, 'x-slack-request-timestamp'),
      signature: header(req, 'x-slack-signature'),
      rawBody,
      nowMs: this.options.clock.now().getTime(),
    });
    if (!check.ok) {
      this.options.log.warn('slack: rejected an unverified request', { reason: check.code });
      return sendError(res, 401, check.code, check.message);
    }
    const body = parseBody(rawBody, header(req, 'content-type') ?? '');
    if (body.type === 'url_verification' && typeof body.challenge === 'string') {
      return sendJson(res, 200, { challenge: body.challenge });
    }
    // Slack re-sends an event it thinks was not acknowledged in time; answer each question once.
    if (typeof body.event_id === 'string' && this.seenEvents.seen(body.event_id)) {
      res.writeHead(200).end();
      return;
    }
    if (!this.app || !this.running) {
      return sendError(res, 503, 'starting', 'The bot is starting; Slack will retry.');
    }
    let acked = false;
    const event: ReceiverEvent = {
      body,
      // The listener acks first thing (Slack's 3 seconds); the work continues after the HTTP response.
      ack: async (response?: unknown) => {
        if (acked) return;
        acked = true;
        if (response === undefined || response === '') res.writeHead(200).end();
        else if (typeof response === 'string')
          res.writeHead(200, { 'Content-Type': 'text/plain' }).end(response);
        else sendJson(res, 200, response);
      },
      retryNum: Number(header(req, 'x-slack-retry-num')) || undefined,
      retryReason: header(req, 'x-slack-retry-reason'),
    };
    try {
      await this.app.processEvent(event);
    } catch (err) {
      this.options.log.error('slack: event processing failed', { error: errorMessage(err) });
      if (!acked) {
        acked = true;
        sendError(res, 500, 'internal', 'The event could not be handled.');
      }
      return;
    }
    // Events no listener acknowledged are still acknowledged, so Slack does not retry them.
    if (!acked) {
      acked = true;
      res.writeHead(200).end();
    }
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Slash commands and interactivity arrive form-encoded (interactivity as a JSON `payload`); events as JSON. */
export function parseBody(raw: Buffer, contentType: string): Record<string, unknown> {
  const text = raw.toString('utf8');
  try {
    if (/^application\/x-www-form-urlencoded\b/i.test(contentType)) {
      const form = Object.fromEntries(new URLSearchParams(text));
      return typeof form.payload === 'string' ? objectBody.parse(JSON.parse(form.payload)) : form;
    }
    return objectBody.parse(JSON.parse(text));
  } catch {
    throw new HttpError(400, 'invalid_body', 'The request body is neither a Slack form nor JSON object.');
  }
}

/** A bounded memory of recent ids (insertion order), enough to drop Slack's retries of the same event. */
export class RecentIds {
  private readonly ids = new Set<string>();
  constructor(private readonly capacity: number) {}

  /** True when the id was seen before; otherwise remembers it. */
  seen(id: string): boolean {
    if (this.ids.has(id)) return true;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    return false;
  }
}
