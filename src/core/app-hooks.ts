// What each capability's install function adds to the app: HTTP routes, and work to start and stop.
import type { HttpRoute } from '../http/server.ts';

export interface AppHooks {
  routes: HttpRoute[];
  starters: (() => Promise<void> | void)[];
  stoppers: (() => Promise<void> | void)[];
}
