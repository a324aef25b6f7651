// What each capability's install function adds to the app: HTTP routes, and work to start and stop.
import type { HttpRoute } from '../http/server.ts';
import type { TickStatus } from './minute-tick.ts';
import type { PlatformConnection, PlatformStatus } from './platform-connection.ts';

export interface AppHooks {
  routes: HttpRoute[];
  /** Work started after the HTTP server listens, each named for the log when it fails. */
  starters: { name: string; start: () => Promise<void> | void }[];
  stoppers: (() => Promise<void> | void)[];
  /** Periodic jobs the course relies on; readiness reports each one's last run. */
  ticks?: { status(): TickStatus }[];
  /** Chat platforms, connected in the background after the core has started. */
  platforms?: PlatformConnection[];
  /** Platforms that are polled rather than connected (Canvas): readiness reports their state too. */
  polled?: (() => PlatformStatus)[];
}
