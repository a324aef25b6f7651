// The web chat's first contact in real chromium: the welcome, the conversation kept across a reload, errors in the
// student's words, the layout on a 1366x768 laptop, dark mode, the gradient checker's marks, the feed and the
// keyboard in the Commands menu.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MAX_QUESTION_LENGTH } from '../../src/core/question-limit.ts';
import { BROWSER_TESTS_RUN, launchBrowser, type TestBrowser } from '../fakes/browser.ts';
import { ADMIN_TOKEN, startApp, type RunningApp } from './start-app.ts';

let web: RunningApp;
let chrome: TestBrowser;
let page: Page;

beforeAll(async () => {
  if (!BROWSER_TESTS_RUN) return; // no Chromium here: see test/browser-check.ts
  web = await startApp();
  chrome = await launchBrowser();
}, 30_000);
afterAll(async () => {
  await chrome?.close();
  await web?.stop();
});
beforeEach(async () => {
  if (!BROWSER_TESTS_RUN) return;
  page = await chrome.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
});
afterEach(async () => {
  await page?.close();
});

async function open(): Promise<void> {
  await page.goto(web.base + '/');
  await page.locator('#command-list button').first().waitFor({ state: 'attached' }); // the list has loaded
}

const bot = () => page.locator('#log .message.bot');

async function send(text: string): Promise<string> {
  const before = await bot().count();
  await page.locator('#message').fill(text);
  await page.locator('#message').press('Enter');
  await bot().nth(before).waitFor();
  return bot().nth(before).innerText();
}

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(css: string): number {
  // A transparent colour has no luminance to judge: fail loudly rather than read it as black.
  if (/rgba\(.*,\s*0\)$/.test(css) || css === 'transparent') throw new Error(`transparent colour ${css}`);
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

describe.skipIf(!BROWSER_TESTS_RUN)('the web chat on first contact', () => {
  it('GIVEN a new visitor THEN a welcome with three example questions, each answered when clicked', async () => {
    await open();
    const examples = page.locator('#welcome button.example');
    expect(await examples.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      await examples.nth(i).click();
      await bot().nth(i).waitFor();
      const reply = bot().nth(i);
      // each one is answered, none falls back or fails
      expect(await reply.getAttribute('class')).not.toMatch(/kind-(fallback|error)/);
    }
    // (the week's deadlines from the schedule)
    expect(await bot().nth(0).innerText()).toMatch(/The course schedule has, from .*\n\nAssignment 1/);
    expect(await bot().nth(2).innerText()).toContain('subscribe');
  });

  it('GIVEN a conversation THEN a reload keeps it, and New conversation clears it', async () => {
    await open();
    await send('what is the late penalty?');
    await send('/deadlines 1');
    await page.reload();
    await bot().nth(1).waitFor();
    expect(await page.locator('#log .message.user .body').allInnerTexts()).toEqual([
      'what is the late penalty?',
      '/deadlines 1',
    ]);
    expect(await bot().nth(1).innerText()).toContain('Assignment');
    await page.locator('#new-conversation').click();
    await page.reload();
    await page.locator('#welcome').waitFor();
    expect(await page.locator('#log .message').count()).toBe(0);
  });

  it('GIVEN a question over the limit THEN it stays in the box with the reason in plain words, unsent', async () => {
    await open();
    const long = 'why '.repeat(300).trim();
    await page.locator('#message').fill(long);
    expect(await page.locator('#count').innerText()).toBe(
      `${long.length.toLocaleString('en')} of ${MAX_QUESTION_LENGTH.toLocaleString('en')} characters`,
    );
    await page.locator('#message').press('Enter');
    expect(await page.locator('#hint').innerText()).toBe(
      `Your question is 1,199 characters long; please keep it under ${MAX_QUESTION_LENGTH.toLocaleString('en')} (one question at a time).`,
    );
    expect(await page.locator('#message').inputValue()).toBe(long);
    expect(await page.locator('#log .message').count()).toBe(0);
  });

  it('GIVEN a TA command without a token THEN the refusal says what to do, not how HTTP works', async () => {
    await open();
    const text = await send('/announce Room change');
    expect(text).toContain('enter your admin token under Teaching assistants');
    expect(await page.locator('#log').innerText()).not.toMatch(/Bearer|Authorization|ADMIN_TOKEN|bytes/);
  });

  it('GIVEN the web THEN the Commands menu lists only commands that work here (no remindme)', async () => {
    await open();
    const names = await page
      .locator('#command-list button')
      .evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.command));
    expect(names).toEqual(expect.arrayContaining(['ask', 'deadlines', 'subscribe', 'help']));
    expect(names).not.toContain('remindme');
  });

  it('GIVEN a 1366x768 laptop and a long conversation THEN the page does not scroll and the message box is in view', async () => {
    await open();
    const long = Array.from({ length: 40 }, (_, i) => ({
      who: i % 2 ? 'bot' : 'user',
      text: `message ${i}\n${'Some words of a long answer. '.repeat(12)}`,
    }));
    await page.evaluate((c) => sessionStorage.setItem('course-bot-conversation', JSON.stringify(c)), long);
    await page.reload();
    await page.locator('#log .message').nth(39).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(768);
    for (const id of ['#message', '#send']) {
      const box = await page.locator(id).boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(768);
      expect(box?.height ?? 0).toBeGreaterThan(30);
    }
    // the conversation scrolls inside its own box, opened at the newest message
    expect(await page.locator('#log').evaluate((l) => l.scrollTop > 0)).toBe(true);
  });

  it('GIVEN the system in dark mode THEN the page is dark with light text; in light mode the reverse', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open();
    const colours = () =>
      page.evaluate(() => {
        // The page's background is the root element's (the body is transparent over it).
        const root = getComputedStyle(document.documentElement);
        const body = getComputedStyle(document.body);
        const box = getComputedStyle(document.getElementById('message') as HTMLElement);
        return { bg: root.backgroundColor, fg: body.color, box: box.backgroundColor, boxText: box.color };
      });
    const dark = await colours();
    expect(luminance(dark.bg)).toBeLessThan(0.05);
    expect(luminance(dark.box)).toBeLessThan(0.05);
    expect(luminance(dark.fg)).toBeGreaterThan(0.6);
    expect(luminance(dark.boxText)).toBeGreaterThan(0.6);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await colours();
    expect(luminance(light.bg)).toBeGreaterThan(0.8);
    expect(luminance(light.fg)).toBeLessThan(0.05);
  });

  it('GIVEN a gradient check THEN its verdicts are drawn marks with names, not emoji', async () => {
    await open();
    const box = page.locator('#message');
    await box.fill('/gradcheck');
    for (const line of ['x = 2; w = 0.5', 'l = (w*x)^2', 'dl/dw = 4', 'dl/dx = 2']) {
      await box.press('Shift+Enter');
      await box.pressSequentially(line);
    }
    await box.press('Enter');
    const reply = bot().first();
    await reply.waitFor();
    expect(await reply.locator('svg.mark-correct[aria-label="correct"]').count()).toBe(1);
    expect(await reply.locator('svg.mark-wrong[aria-label="wrong"]').count()).toBe(1);
    const size = await reply.locator('svg.mark-wrong').boundingBox();
    expect(size?.width ?? 0).toBeGreaterThan(10);
    expect(await reply.innerText()).not.toMatch(/\u2705|\u274c/);
  });

  it("GIVEN a TA's announcement from the page THEN it is in the feed at once, with the feed's timer stopped", async () => {
    // The page's clock stands still: only the page's own refresh after the command can show the announcement.
    await page.clock.install();
    await open();
    await page.locator('.ta summary').click();
    await page.locator('#admin-token').fill(ADMIN_TOKEN);
    await page.locator('#token-form button').click();
    const text = await send('/announce Practical moved to room NU-2A05');
    expect(text).toMatch(/Announcement #\d+ posted/);
    await page.locator('#feed li', { hasText: 'Practical moved to room NU-2A05' }).waitFor();
    expect(await page.locator('#feed-empty').isHidden()).toBe(true);
  });

  it('GIVEN a keyboard user in the Commands menu THEN browsing it leaves the focus there; choosing fills the box', async () => {
    await open();
    await page.locator('#commands summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.command);
    expect(await focused()).toBe('grade');
    expect(await page.locator('#message').inputValue()).toBe('');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('ask');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator('#message').inputValue()).toBe('/grade ');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('message');
    expect(await page.locator('#hint').innerText()).toContain('/grade [assignments] [exam]');
  });
});
