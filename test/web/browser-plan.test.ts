// Without Chromium the browser tests are skipped on a developer's machine, but never under CI.
import { describe, expect, it } from 'vitest';
import { browserTestPlan } from '../fakes/browser.ts';

const MISSING = '/nonexistent/chromium';

describe('browserTestPlan', () => {
  it('GIVEN an executable browser THEN the browser tests run', () => {
    // node itself stands in for an executable that exists
    expect(browserTestPlan({ CI: 'true' }, process.execPath)).toEqual({ run: true });
  });

  it('GIVEN no browser outside CI THEN they are skipped with the reason', () => {
    expect(browserTestPlan({}, MISSING)).toEqual({ run: false, reason: `no Chromium at ${MISSING}` });
    expect(browserTestPlan({ CI: 'false' }, MISSING).run).toBe(false);
  });

  it('GIVEN no browser under CI THEN it refuses to skip and says how to fix it', () => {
    expect(() => browserTestPlan({ CI: 'true' }, MISSING)).toThrow(
      /CI must run the browser tests, but there is no Chromium at \/nonexistent\/chromium: install Chromium/,
    );
    expect(() => browserTestPlan({ CI: '1' }, MISSING)).toThrow(/CI must run the browser tests/);
  });

  it('GIVEN a file that is not executable THEN it counts as no browser', () => {
    expect(browserTestPlan({}, import.meta.filename).run).toBe(false);
  });
});
