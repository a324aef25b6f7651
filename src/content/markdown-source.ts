// What a Markdown file holds that no reader sees: a site generator's front matter, HTML comments (an old policy
// commented out stays in the file) and Pandoc's layout markup (Quarto sites). They are blanked before the document is
// split, line for line so that every passage keeps its line number. Template code a site generator fills in ("{{ site.course.forum }}", "{% include
// staff.html %}") is shown on the page as something else: validate names it, since the bot would quote it as written,
// and a long code block (a schedule pasted as data) too.
import { markdownBlocks } from './split-passages.ts';

/** A YAML (---) or TOML (+++) front matter block at the very start of the file. */
const FRONT_MATTER = /^(?:---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)|\+\+\+[ \t]*\n[\s\S]*?\n\+\+\+)[ \t]*(?=\n|$)/;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** Every character but line breaks turned to nothing: the text is gone, its lines stay. */
const blank = (text: string): string => text.replace(/[^\n]/g, '');

/**
 * Pandoc's and Quarto's markup for the page's layout, not its text: a fenced div's fence line (`::: {.callout}`,
 * `:::`), a heading's attributes (`## Grading {.unnumbered}`, `{#sec-late}`) and a span's (`[text]{.small}`).
 */
const DIV_FENCE = /^ {0,3}:{3,}.*$/gm;
const HEADING_ATTRIBUTES = /^( {0,3}#{1,6}\s.*?)\s*\{[#.:][^{}\n]*\}[ \t]*$/gm;
const SPAN_ATTRIBUTES = /\[([^[\]\n]+)\]\{[#.][^{}\n]*\}/g;

/**
 * Images: a quote cannot show them (their paths are the site's), so an image is its alt text, or nothing without one:
 * an HTML tag (`<img src="textbook.jpg" width="100">`, what many course pages put beside a section) and Markdown's
 * `![alt](path)`.
 */
const IMG_TAG = /<img\b[^>\n]*>/gi;
const IMG_ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const MARKDOWN_IMAGE = /!\[([^\]\n]*)\]\([^)\n]*\)/g;

/** An image as text: its alt text, or nothing. */
function imageText(tag: string): string {
  const alt = IMG_ALT.exec(tag);
  return (alt?.[1] ?? alt?.[2] ?? '').trim();
}

/** The Markdown with its front matter, HTML comments, Pandoc layout markup and images blanked, line breaks kept. */
export function withoutHiddenMarkup(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(FRONT_MATTER, blank)
    .replace(HTML_COMMENT, blank)
    .replace(DIV_FENCE, '')
    .replace(HEADING_ATTRIBUTES, '$1')
    .replace(SPAN_ATTRIBUTES, '$1')
    .replace(IMG_TAG, imageText)
    .replace(MARKDOWN_IMAGE, (_, alt: string) => alt.trim());
}

/** Liquid, Jinja, Hugo and Handlebars code: {{ expression }} and {% tag %}. */
const TEMPLATE = /\{\{[^{}\n]{1,200}\}\}|\{%[^%\n]{1,200}%\}/g;

export interface TemplateText {
  count: number;
  /** 1-based line of the first one. */
  line: number;
  /** The first one as written. */
  example: string;
}

/** Template code left in a document's visible text, or null when there is none. */
export function findTemplateText(markdown: string): TemplateText | null {
  const text = withoutHiddenMarkup(markdown);
  const matches = [...text.matchAll(TEMPLATE)];
  const first = matches[0];
  if (!first) return null;
  return { count: matches.length, line: text.slice(0, first.index).split('\n').length, example: first[0] };
}

/** The warning for a Markdown document with template code in its text, naming the file and line; null without. */
export function templateWarning(file: string, markdown: string): string | null {
  const found = findTemplateText(markdown);
  if (!found) return null;
  const many = found.count > 1;
  return (
    `${file}:${found.line}: ${many ? `${found.count} places such as ` : ''}"${found.example}" ` +
    `${many ? 'are' : 'is'} template code that the course website's generator fills in, and students would ` +
    'see it as written in quotes. Replace it with the text the page shows (a link, a name), or delete it.'
  );
}

/** A code block longer than this many lines is data pasted into the syllabus (a schedule as YAML), not an example. */
const LONG_CODE_LINES = 15;

/**
 * The first fenced code block longer than LONG_CODE_LINES lines, by its opening line, its length and its first line
 * of content (outside HTML comments and front matter, as the passages are); null when there is none.
 */
export function findLongCodeBlock(markdown: string): { line: number; lines: number; first: string } | null {
  const long = markdownBlocks(withoutHiddenMarkup(markdown)).find(
    (b) => b.kind === 'code' && b.text.split('\n').length > LONG_CODE_LINES,
  );
  if (!long) return null;
  const lines = long.text.split('\n');
  return { line: long.line, lines: lines.length, first: (lines.find((l) => l.trim() !== '') ?? '').trim() };
}

/** The warning for a long code block in a Markdown document, naming its file and line, or null. */
export function longCodeWarning(file: string, markdown: string): string | null {
  const found = findLongCodeBlock(markdown);
  if (!found) return null;
  return (
    `${file}:${found.line}: a code block of ${found.lines} lines ("${found.first.slice(0, 40)}") would be quoted ` +
    'to students as it is. If it is data such as the schedule, put its dates in the schedule file and delete the ' +
    'block; otherwise shorten it.'
  );
}
