// The web chat end to end in real chromium: questions, commands, and markup that must never run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/content/load-content.ts';
import { BROWSER_TESTS_RUN, launchBrowser, type TestBrowser } from '../fakes/browser.ts';
import { ADMIN_TOKEN, startApp, type RunningApp } from './start-app.ts';

const PAYLOAD =
  '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> [click me](javascript:window.__pwned=3)';

let web: RunningApp;
let chrome: TestBrowser;
let page: Page;

beforeAll(async () => {
  if (!BROWSER_TESTS_RUN) return; // no Chromium here: see test/browser-check.ts
  // Content with markup in every answer: it must be shown as text, never run.
  const content = loadContent();
  content.faq = content.faq.map((e) => ({ ...e, answer: `${e.answer}\n\n${PAYLOAD}` }));
  web = await startApp({ content });
  chrome = await launchBrowser();
  page = await chrome.context.newPage();
  await page.goto(web.base + '/');
}, 30_000);
afterAll(async () => {
  await chrome?.close();
  await web?.stop();
});

async function send(text: string): Promise<string> {
  const before = await page.locator('#log .message.bot').count();
  await page.locator('#message').fill(text);
  await page.locator('#message').press('Enter');
  const reply = page.locator('#log .message.bot').nth(before);
  await reply.waitFor();
  return reply.innerText();
}

async function pwned(): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

describe.skipIf(!BROWSER_TESTS_RUN)('the web chat in a browser', () => {
  it('GIVEN a typed question and Enter THEN the answer appears, rendered from Markdown', async () => {
    const text = await send('what is the late penalty for an assignment?');
    expect(text.length).toBeGreaterThan(20);
    expect(await page.locator('#log .message.user .body').first().innerText()).toBe(
      'what is the late penalty for an assignment?',
    );
    // the focus comes back to the box, so the next question can be typed at once
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('message');
  });

  it('GIVEN /deadlines THEN the next deadlines are listed', async () => {
    const text = await send('/deadlines 2');
    expect(text).toContain('Assignment 1');
    expect(text).toMatch(/Assignment 2/);
    // instants are shown in the course's zone, not as placeholders
    expect(text).toContain('Sun 21 Feb 2027, 23:59 CET');
    expect(text).not.toContain('{{time');
  });

  it('GIVEN /grade THEN the estimate shows bold grades as bold, not asterisks', async () => {
    const text = await send('/grade 7,8,-,6 24');
    expect(text).toContain('21 of 40 points');
    expect(text).not.toContain('**');
    expect(await page.locator('#log .message.bot').last().locator('strong').count()).toBeGreaterThan(3);
  });

  it('GIVEN /gradcheck with lines added by Shift+Enter THEN each claim gets its verdict', async () => {
    const box = page.locator('#message');
    await box.fill('/gradcheck');
    for (const line of ['x = 2; w = 0.5', 'l = (w*x)^2', 'dl/dw = 4', 'dl/dx = 2']) {
      await box.press('Shift+Enter');
      await box.pressSequentially(line);
    }
    const before = await page.locator('#log .message.bot').count();
    await box.press('Enter');
    const reply = page.locator('#log .message.bot').nth(before);
    await reply.waitFor();
    // l = (w x)^2: dl/dw = 2 w x^2 = 4 (right), dl/dx = 2 w^2 x = 1 (so 2 is wrong)
    expect(await reply.innerText()).toContain('1 of 2 correct');
  });

  it('GIVEN a question with <script> and <img onerror> THEN it is shown literally and never runs', async () => {
    await send(`hello ${PAYLOAD}`);
    expect(await page.locator('#log .message.user .body').last().innerText()).toBe(`hello ${PAYLOAD}`);
    expect(await page.locator('#log img, #log script').count()).toBe(0);
    expect(await pwned()).toBeUndefined();
  });

  it('GIVEN an answer whose content holds markup and a javascript: link THEN it is text, and the link is not a link', async () => {
    const text = await send('what is the late penalty for an assignment?');
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(text).toContain('<script>window.__pwned=2</script>');
    const hrefs = await page
      .locator('#log a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.some((h) => h.startsWith('javascript:'))).toBe(false);
    expect(await page.locator('#log img, #log script').count()).toBe(0);
    expect(await pwned()).toBeUndefined();
  });

  it('GIVEN an announcement with markup THEN the feed shows it literally', async () => {
    const res = await fetch(web.base + '/api/command', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ name: 'announce', args: `**Room change** for snake\\_case ${PAYLOAD}` }),
    });
    expect(res.status).toBe(200);
    await page.reload();
    const item = page.locator('#feed li').first();
    await item.waitFor();
    expect(await item.innerText()).toContain('<script>window.__pwned=2</script>');
    expect(await item.innerText()).toContain('for snake_case'); // a Markdown escape is undone, not shown
    expect(await item.locator('strong').innerText()).toBe('Room change');
    expect(await page.locator('#feed img, #feed script').count()).toBe(0);
    expect(await pwned()).toBeUndefined();
  });

  it('GIVEN an announcement with a table and a quote THEN the feed shows them as a chat reply does', async () => {
    const text =
      'Weights:\n\n| part | weight |\n| --- | --- |\n| labs | 30% |\n\n> Late work loses 10% a day.';
    const res = await fetch(web.base + '/api/command', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ name: 'announce', args: text }),
    });
    expect(res.status).toBe(200);
    await page.reload();
    await page.locator('#feed li', { hasText: 'Weights:' }).locator('td').first().waitFor();
    // (the same Markdown put in a chat reply as the page puts one; a string, so its import is not rewritten)
    type Looks = Record<'table' | 'th' | 'td' | 'blockquote', Record<string, string>>;
    const looks = (await page.evaluate(`(async () => {
      const { renderMarkdown } = await import('/markdown.js');
      const reply = document.createElement('article');
      reply.className = 'message bot';
      const body = document.createElement('div');
      body.className = 'body';
      body.append(renderMarkdown(${JSON.stringify(text)}));
      reply.append(body);
      document.getElementById('log').append(reply);
      const item = [...document.querySelectorAll('#feed li')].find((li) => li.textContent.includes('Weights:'));
      const look = (root) =>
        Object.fromEntries(
          ['table', 'th', 'td', 'blockquote'].map((tag) => {
            const s = getComputedStyle(root.querySelector(tag));
            const { borderTop, borderLeft, padding, margin, backgroundColor, borderCollapse, textAlign } = s;
            return [tag, { borderTop, borderLeft, padding, margin, backgroundColor, borderCollapse, textAlign }];
          }),
        );
      const out = { reply: look(reply), feed: look(item) };
      reply.remove();
      return out;
    })()`)) as { reply: Looks; feed: Looks };
    expect(looks.feed).toEqual(looks.reply);
    expect(looks.feed.td?.borderTop).toMatch(/^1px solid/);
    expect(looks.feed.blockquote?.borderLeft).toMatch(/^3px solid/);
  });

  it('GIVEN the command menu THEN choosing a command puts it in the box with its usage', async () => {
    await page.locator('#commands summary').click();
    await page.locator('#command-list button[data-command="grade"]').click();
    expect(await page.locator('#message').inputValue()).toBe('/grade ');
    expect(await page.locator('#hint').innerText()).toContain('/grade [assignments] [exam]');
    expect(await page.locator('#calendar-webcal').getAttribute('href')).toMatch(
      /^webcal:\/\/127\.0\.0\.1:\d+\/calendar\.ics$/,
    );
  });

  it('GIVEN the calendar panel THEN "Add to Google Calendar" sits beside the webcal link and adds the same feed', async () => {
    const webcal = await page.locator('#calendar-webcal').getAttribute('href');
    const google = new URL((await page.locator('#calendar-google').getAttribute('href')) ?? '');
    expect(await page.locator('#calendar-google').innerText()).toBe('Add to Google Calendar');
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/r');
    expect(google.searchParams.get('cid')).toBe(webcal);
  });

  it('GIVEN a phone-sized screen THEN nothing is wider than the screen', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
