// HTML course pages become Markdown with turndown (a maintained HTML-to-Markdown converter with its own DOM, so
// no browser is needed): headings, lists and paragraphs keep their structure, and the Markdown splitter takes over.
// Tables become one pipe-separated line per row (a header row with its separator), so a table stays one block.
// turndown and its DOM are loaded on the first HTML document, not at start-up: most courses have none, and loading
// them took a tenth of a second of every start (`ask` for one question included).
import { createRequire } from 'node:module';
import type TurndownService from 'turndown';

const load = createRequire(import.meta.url);

let service: TurndownService | undefined;

function converter(): TurndownService {
  if (service) return service;
  const Turndown = load('turndown') as typeof TurndownService;
  const s = new Turndown({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced' });
  s.remove(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object']);
  const cell = (content: string): string =>
    content
      .replace(/\s*\n+\s*/g, ' ')
      .replace(/\|/g, '/')
      .trim();
  s.addRule('tableCell', { filter: ['th', 'td'], replacement: (content) => ` ${cell(content)} |` });
  // (a row of header cells gets Markdown's separator below it, so the table reads as a table with its header)
  s.addRule('tableRow', {
    filter: 'tr',
    replacement: (content, node) => {
      const cells = Array.from(node.childNodes).map((n) => n.nodeName);
      const header = cells.includes('TH') && !cells.includes('TD');
      return `\n|${content}${header ? `\n|${' --- |'.repeat(cells.filter((n) => n === 'TH').length)}` : ''}`;
    },
  });
  s.addRule('tableSection', { filter: ['thead', 'tbody', 'tfoot'], replacement: (content) => content });
  s.addRule('table', { filter: 'table', replacement: (content) => `\n\n${content.trim()}\n\n` });
  // (an image is its alt text: a quote cannot show it)
  s.addRule('image', {
    filter: 'img',
    replacement: (_content, node) =>
      (node as { getAttribute(name: string): string | null }).getAttribute('alt')?.trim() ?? '',
  });
  service = s;
  return s;
}

export function htmlToMarkdown(html: string): string {
  return converter().turndown(html);
}
