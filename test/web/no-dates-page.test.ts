// The web chat page of a course that lists no dates (no schedule): no calendar links and no date examples, and the
// side panel says why in the words of the `subscribe` command. A course with dates keeps both.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { BROWSER_TESTS_RUN, launchBrowser, type TestBrowser } from '../fakes/browser.ts';
import { startApp, type RunningApp } from './start-app.ts';

const root = path.resolve(import.meta.dirname, '../..');
const NOTE =
  'The course information for Introduction to Marine Biology lists no dates, so there is no course calendar to subscribe to.';

let undated: RunningApp;
let dated: RunningApp;

beforeAll(async () => {
  undated = await startApp({
    content: loadContent({ faqDir: path.join(root, 'test/fixtures/docs-course') }),
  });
  dated = await startApp();
}, 30_000);
afterAll(async () => {
  await undated?.stop();
  await dated?.stop();
});

async function html(app: RunningApp): Promise<string> {
  const res = await fetch(app.base + '/');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  return res.text();
}

describe('the page as served', () => {
  it('GIVEN a course without dates THEN the page has no calendar links or date examples, and says why', async () => {
    const page = await html(undated);
    expect(page).not.toContain('calendar.ics');
    expect(page).not.toContain('calendar.google.com');
    expect(page).not.toContain('calendar link');
    expect(page).not.toContain("What's due this week?");
    expect(page).not.toContain('data-dates');
    expect(page).toContain(`<p id="calendar-none">${NOTE}</p>`);
    // the same words as the subscribe command in that course
    const res = await fetch(undated.base + '/api/command', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'subscribe', args: '' }),
    });
    expect(((await res.json()) as { reply: { text: string } }).reply.text).toBe(NOTE);
  });

  it('GIVEN a course with dates THEN the page has its calendar links and date examples, and no note', async () => {
    const page = await html(dated);
    expect(page).toContain('id="calendar-webcal" href="/calendar.ics"');
    expect(page).toContain("What's due this week?");
    expect(page).toContain('calendar link');
    expect(page).not.toContain('calendar-none');
    expect(page).not.toMatch(/data-(no-)?dates/);
    expect(page).not.toContain('What can you do?');
  });
});

describe.skipIf(!BROWSER_TESTS_RUN)('the page of a course without dates in a browser', () => {
  let chrome: TestBrowser;
  beforeAll(async () => {
    chrome = await launchBrowser();
  }, 30_000);
  afterAll(async () => {
    await chrome?.close();
  });

  it('GIVEN the page THEN no calendar is offered, the note shows, and every example is answered', async () => {
    const page = await chrome.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(undated.base + '/');
    await page.locator('#command-list button').first().waitFor({ state: 'attached' }); // the script has run
    expect(await page.locator('a[href*="calendar"]').count()).toBe(0);
    expect(await page.locator('#calendar-none').innerText()).toBe(NOTE);
    expect(await page.locator('#welcome').innerText()).not.toMatch(/calendar|next deadlines/);
    const examples = page.locator('#welcome button.example');
    expect(await examples.allInnerTexts()).toEqual(['How is the course graded?', 'What can you do?']);
    const bot = page.locator('#log .message.bot');
    for (let i = 0; i < 2; i++) {
      await examples.nth(i).click();
      await bot.nth(i).waitFor();
      expect(await bot.nth(i).getAttribute('class')).not.toMatch(/kind-(fallback|error)/);
    }
    // the grading answer is a quote of the syllabus: set off as a quote, its table a table, no Markdown marks shown
    const quote = bot.nth(0).locator('blockquote');
    expect(await quote.locator('th').allInnerTexts()).toEqual(['component', 'weight']);
    expect(await quote.locator('tbody tr').first().locator('td').allInnerTexts()).toEqual([
      'Lab reports',
      '30%',
    ]);
    expect(await bot.nth(0).innerText()).not.toMatch(/^\s*[>|]|---/m);
    expect(errors).toEqual([]);
    await page.close();
  });

  /** Each Markdown text as the page's own renderer makes it, as HTML. */
  async function rendered<K extends string>(texts: Record<K, string>): Promise<Record<K, string>> {
    const page = await chrome.context.newPage();
    await page.goto(undated.base + '/');
    // (a string, so the test runner does not rewrite the page's own import)
    const html = (await page.evaluate(`(async () => {
      const { renderMarkdown } = await import('/markdown.js');
      const out = {};
      for (const [key, md] of Object.entries(${JSON.stringify(texts)})) {
        const div = document.createElement('div');
        div.append(renderMarkdown(md));
        out[key] = div.innerHTML;
      }
      return out;
    })()`)) as Record<K, string>;
    await page.close();
    return html;
  }

  it('GIVEN lines that only look like a quote or a table THEN they stay text', async () => {
    const html = await rendered({
      notQuote: '>= 90: A',
      escaped: '> Scale:\n> \\> 90%: A',
      oneRow: '| a | --- | b |',
      deep: '> '.repeat(5000) + 'x',
    });
    expect(html.notQuote).toBe('<p>&gt;= 90: A</p>');
    // (a quoted plain text's line "> 90%: A", its ">" escaped)
    expect(html.escaped).toBe('<blockquote><p>Scale:<br>&gt; 90%: A</p></blockquote>');
    expect(html.oneRow).toBe('<p>| a | --- | b |</p>');
    expect(html.deep.split('<blockquote>').length - 1).toBe(8);
  });

  it('GIVEN a table indented under a list item THEN it is in that item, and the list goes on after it', async () => {
    const rows = (indent: string): string =>
      ['| part | weight |', '| --- | --- |', '| labs | 30% |'].map((r) => indent + r).join('\n');
    const html = await rendered({
      ordered: `1. Coursework:\n${rows('   ')}\n2. Exam: 70%\n3. Bonus`,
      nested: `- Grading\n  - Coursework:\n${rows('    ')}\n  - Exam\n- Dates`,
      after: `- Grading\n${rows('')}`,
    });
    const table =
      '<div class="table-wrap"><table><thead><tr><th scope="col">part</th><th scope="col">weight</th></tr></thead>' +
      '<tbody><tr><td>labs</td><td>30%</td></tr></tbody></table></div>';
    expect(html.ordered).toBe(`<ol><li>Coursework:${table}</li><li>Exam: 70%</li><li>Bonus</li></ol>`);
    expect(html.nested).toBe(
      `<ul><li>Grading<ul><li>Coursework:${table}</li><li>Exam</li></ul></li><li>Dates</li></ul>`,
    );
    // (a table that is not indented ends the list, as a paragraph does)
    expect(html.after).toBe(`<ul><li>Grading</li></ul>${table}`);
  });

  it('GIVEN a quote from the middle of a numbered list THEN the list starts at its first number, not at 1', async () => {
    const page = await chrome.context.newPage();
    await page.goto(undated.base + '/');
    const numbers = (await page.evaluate(`(async () => {
      const { renderMarkdown } = await import('/markdown.js');
      const div = document.createElement('div');
      div.append(renderMarkdown('> 30. Label the slide.\\n> 31. Book the microscope.\\n\\n1. a\\n2. b'));
      return [...div.querySelectorAll('ol')].map((ol) => [ol.start, ol.outerHTML]);
    })()`)) as [number, string][];
    await page.close();
    expect(numbers).toEqual([
      [30, '<ol start="30"><li>Label the slide.</li><li>Book the microscope.</li></ol>'],
      [1, '<ol><li>a</li><li>b</li></ol>'],
    ]);
  });

  it('GIVEN a quoted list with an item indented under another THEN the inner item nests in the outer one', async () => {
    const page = await chrome.context.newPage();
    await page.goto(undated.base + '/');
    await page.locator('#message').fill('what is the textbook');
    await page.locator('#message').press('Enter');
    const quote = page.locator('#log .message.bot blockquote');
    await quote.waitFor();
    expect(await quote.locator('ul > li').first().innerText()).toMatch(/^Textbook/);
    expect(await quote.locator('ul > li > ul > li').allInnerTexts()).toEqual(['Numbered pages, bound.']);
    await page.close();
  });
});
