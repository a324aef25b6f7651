// Starts the real app on 127.0.0.1 and an OS-assigned port, with a temp data folder and a fixed clock.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { withSharedModelCache } from '../shared-model-cache.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface RunningApp {
  app: App;
  base: string;
  clock: ReturnType<typeof fixedClock>;
  stop(): Promise<void>;
}

export async function startApp(
  options: { adminToken?: string | null; content?: Content; now?: string; env?: Record<string, string> } = {},
): Promise<RunningApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'course-bot-web-'));
  const env: Record<string, string> = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, ...options.env };
  if (options.adminToken !== null) env.ADMIN_TOKEN = options.adminToken ?? ADMIN_TOKEN;
  const clock = fixedClock(options.now ?? '2027-02-15T10:00:00Z');
  const content = options.content ?? loadContent();
  const app = await createApp(withSharedModelCache(parseConfig(env), content), {
    content,
    log: silentLogger,
    clock,
  });
  const port = await app.start();
  return {
    app,
    base: `http://127.0.0.1:${port}`,
    clock,
    async stop() {
      await app.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
