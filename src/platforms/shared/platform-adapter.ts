// What each platform adapter hands to the composition root (src/app.ts).
import type { Poster } from '../../core/posting.ts';
import { PermanentDeliveryError } from '../../delivery/outbox.ts';
import type { HttpRoute } from '../../http/server.ts';

export interface PlatformAdapter {
  poster: Poster;
  /** Routes served on the bot's own HTTP server (Slack's POST /slack/events); empty for gateway platforms. */
  routes: HttpRoute[];
  /** Connects (Discord's login, Slack's auth.test); rejects when it cannot, and is then called again later. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** A cheap call that rejects when the platform does not answer or its connection is not open (probed while up). */
  probe?(): Promise<void>;
  /** Reports a connection that drops or comes back after start (a gateway disconnect). */
  watch?(report: (state: 'up' | 'down', error?: string) => void): void;
}

/**
 * The announcement channel, or a clear failure: the announcement and reminder services record it as not
 * delivered (and say so to the TA) instead of counting a post that never happened.
 */
export function requireChannel(id: string | undefined, variable: string): string {
  if (!id) {
    throw new PermanentDeliveryError(
      `${variable} is not set, so nothing is posted to a channel on this platform`,
    );
  }
  return id;
}
