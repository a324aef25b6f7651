// Launches Debian's chromium through playwright-core for the page tests: headless, offline-quiet, a fresh profile.
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const HOW_TO_RUN_BROWSER_TESTS =
  'install Chromium (Debian: apt-get install -y chromium) or set CHROMIUM_PATH, then run npm test again';

export type BrowserTestPlan = { run: true } | { run: false; reason: string };

/**
 * Whether the browser tests can run. Without Chromium they are skipped on a developer's machine, so a fresh clone's
 * `npm test` passes; under CI (CI set and not "false") a missing Chromium is an error instead, never a skip.
 */
export function browserTestPlan(
  env: Record<string, string | undefined> = process.env,
  executable: string = CHROMIUM_PATH,
): BrowserTestPlan {
  try {
    accessSync(executable, constants.X_OK);
    return { run: true };
  } catch {
    const reason = `no Chromium at ${executable}`;
    if (env.CI && env.CI !== 'false' && env.CI !== '0')
      throw new Error(`CI must run the browser tests, but there is ${reason}: ${HOW_TO_RUN_BROWSER_TESTS}.`);
    return { run: false, reason };
  }
}

/** True when this run has Chromium; test files with browser tests use `describe.skipIf(!BROWSER_TESTS_RUN)`. */
export const BROWSER_TESTS_RUN = browserTestPlan().run;

export interface TestBrowser {
  /** A persistent context on a fresh profile folder (playwright's way to pass --user-data-dir). */
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'course-bot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    // No GPU, no sandbox (containers), and no background traffic or updates during a test run.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
