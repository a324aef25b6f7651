// A bolt Receiver for HTTP mode whose POST /slack/events route lives on the bot's own HTTP server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import { z } from 'zod';
import type { Clock } from '../../core/clock.ts';
import type { Logger } from '../../core/logger.ts';
import { HttpError, readBody, sendError, sendJson } from '../../http/http-kit.ts';
import type { HttpRoute } from '../../http/server.ts';
import { EventNotProcessedError, type EventProcessor } from './process-event-once.ts';
import { verifySlackSignature } from './verify-signature.ts';

export const SLACK_EVENTS_PATH = '/slack/events';

const objectBody = z.record(z.string(), z.unknown());

export interface SlackHttpReceiverOptions {
  signingSecret: string;
  clock: Clock;
  log: Logger;
  processor: EventProcessor;
}

export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;
  private running = false;

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
    // Nothing is recorded yet: Slack retries this event, and the retry is processed.
    if (!this.app || !this.running) {
      return sendError(res, 503, 'starting', 'The bot is starting; Slack will retry.');
    }
    let acked = false;
    const event: ReceiverEvent = {
      body,
      // A command's listener acks first thing (Slack's 3 seconds) and its work continues after the response;
      // an event is acknowledged only once it has been processed (see process-event-once.ts).
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
      await this.options.processor.process(this.app, event);
    } catch (err) {
      // The handler's error is logged where it happened (app.error); this request is answered 500.
      if (err instanceof EventNotProcessedError)
        this.options.log.warn('slack: event not processed; Slack will retry it', { eventId: err.eventId });
      if (!acked) {
        acked = true;
        sendError(res, 500, 'internal', 'The event could not be handled.');
      }
      return;
    }
    // Requests no listener acknowledged (an event nobody listens to, an unknown action) are answered as handled.
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
