// What each capability's install function adds to the app: HTTP routes, and work to start and stop.
import type { HttpRoute } from '../http/server.ts';
import type { TickStatus } from './minute-tick.ts';
import type { PlatformConnection, PlatformStatus } from './platform-connection.ts';

export interface AppHooks {
  routes: HttpRoute[];
  starters: (() => Promise<void> | void)[];
  stoppers: (() => Promise<void> | void)[];
  /** Periodic jobs the course relies on; readiness reports each one's last run. */
  ticks?: { status(): TickStatus }[];
  /** Chat platforms, connected in the background after the core has started. */
  platforms?: PlatformConnection[];
  /** Platforms that are polled rather than connected (Canvas): readiness reports their state too. */
  polled?: (() => PlatformStatus)[];
}
