// vitest's global set-up: decides once whether the browser tests run, and says so in one line when they do not.
// Under CI a missing Chromium fails the run here, before any test starts.
import { browserTestPlan, HOW_TO_RUN_BROWSER_TESTS } from './fakes/browser.ts';

export default function setup(): (() => void) | undefined {
  const plan = browserTestPlan();
  if (plan.run) return undefined;
  // Printed at the end, after vitest's summary, where it is seen.
  return () => {
    console.log(`\nBrowser tests skipped: ${plan.reason}. To run them: ${HOW_TO_RUN_BROWSER_TESTS}.`);
  };
}
