// HTML course pages become Markdown with turndown (a maintained HTML-to-Markdown converter with its own DOM, so
// no browser is needed): headings, lists and paragraphs keep their structure, and the Markdown splitter takes over.
// Tables become one pipe-separated line per row, so a table stays one block.
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
  s.addRule('tableRow', { filter: 'tr', replacement: (content) => `\n|${content}` });
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
