// Splits a course document into passages that follow its structure: the heading path is a passage's section;
// paragraphs, lists, tables and code are kept whole while they fit; a long block or a text with no structure at all
// is cut at sentence boundaries into overlapping windows of bounded size.
import path from 'node:path';
import { splitSentences, wordCount } from './sentences.ts';

export interface Passage {
  /** Unique within the course: the file's name and the passage's number in it (`syllabus-12`). */
  id: string;
  file: string;
  /** 1-based line in the file where the passage starts (of the Markdown made from HTML, for .html). */
  line: number;
  /** The document's title: its first level-1 heading, else its file name. */
  document: string;
  /** The heading path below the title ("Grading > Late work"), "" when none. */
  section: string;
  text: string;
  /**
   * How the document is read: Markdown (also HTML, made Markdown) or plain text, whose text is shown as written (a
   * line that starts with ">" is text, not a quote).
   */
  format: DocumentFormat;
}

export interface SplitOptions {
  /** A passage holds at most about this many words (a single longer sentence stays whole). */
  maxWords: number;
  /** Sentence windows of a long block overlap by about this many words, so a span across a cut is whole in one. */
  overlapWords: number;
}

export const DEFAULT_SPLIT: SplitOptions = { maxWords: 120, overlapWords: 80 };

type BlockKind = 'paragraph' | 'list' | 'table' | 'code';
interface Block {
  kind: BlockKind | 'heading';
  level: number;
  text: string;
  line: number;
}

const ATX = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
export const FENCE = /^ {0,3}(```|~~~)/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
/** A pipe table's row, and its header's separator row (`|---|:--:|`). */
export const TABLE_ROW = /^[ \t]*\|/;
export const TABLE_SEPARATOR = /^[ \t]*\|[ \t:|-]*-[ \t:|-]*$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const QUOTE_MARKERS = /^(?: {0,3}>[ \t]?)+/;
/**
 * A thematic break (`---`, `* * *`, `___`; also a plain text's line of `=` or `~`): it separates, and says nothing
 * a quote should show.
 */
const RULE = /^ {0,3}(?:([-*_])(?:[ \t]*\1){2,}|={3,}|~{3,})[ \t]*$/;

/**
 * A paragraph that is one short bold line and not a sentence ("**Week Two: Conversations - January 14th**") heads
 * what follows, as many syllabi write a heading below their real ones. A bold sentence ("**No late work.**") stays
 * text.
 */
const BOLD_LINE = /^(\*\*|__)(?=\S)([^\n]*?\S)\1:?$/;
const BOLD_LEVEL = 7;
const BOLD_HEADING_WORDS = 15;

function boldHeading(text: string): string | null {
  const m = BOLD_LINE.exec(text.trim());
  const inner = m?.[2];
  if (inner === undefined || /[*_]{2}/.test(inner) || /[.!?]$/.test(inner)) return null;
  return wordCount(inner) <= BOLD_HEADING_WORDS ? inner : null;
}

/**
 * Markdown's blocks, by line: headings (ATX and setext, and a bold line that heads what follows), fenced code, lists,
 * tables and paragraphs.
 */
export function markdownBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let current: Block | null = null;
  const close = (): void => {
    const cur = current as Block | null;
    if (cur && cur.text.trim() !== '') {
      const bold = cur.kind === 'paragraph' ? boldHeading(cur.text) : null;
      blocks.push(
        bold === null
          ? { ...cur, text: cur.text.trim() }
          : { ...cur, kind: 'heading', level: BOLD_LEVEL, text: bold },
      );
    }
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    // (a block quote's text, without its markers: the reader sees it set off, not the ">"; quotes add their own)
    const line = (lines[i] ?? '').replace(QUOTE_MARKERS, '');
    const fence = FENCE.exec(line);
    if (fence) {
      close();
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && !(lines[j] ?? '').trimStart().startsWith(fence[1] ?? '```'))
        body.push(lines[j++] ?? '');
      blocks.push({ kind: 'code', level: 0, text: body.join('\n'), line: i + 1 });
      i = j;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      close();
      blocks.push({ kind: 'heading', level: atx[1]?.length ?? 1, text: atx[2] ?? '', line: i + 1 });
      continue;
    }
    if (line.trim() === '') {
      // A blank line ends a paragraph or table; a list goes on when the next item or an indented line follows.
      const next = (lines[i + 1] ?? '').replace(QUOTE_MARKERS, '');
      const cur = current as Block | null;
      if (!(cur?.kind === 'list' && (LIST_ITEM.test(next) || /^\s{2,}\S/.test(next)))) close();
      continue;
    }
    const setext = SETEXT.exec(line);
    const cur = current as Block | null;
    if (setext && cur?.kind === 'paragraph' && !cur.text.includes('\n')) {
      blocks.push({
        kind: 'heading',
        level: setext[1]?.startsWith('=') ? 1 : 2,
        text: cur.text,
        line: cur.line,
      });
      current = null;
      continue;
    }
    if (RULE.test(line)) {
      close();
      continue;
    }
    const kind: BlockKind = LIST_ITEM.test(line)
      ? 'list'
      : TABLE_ROW.test(line)
        ? 'table'
        : cur?.kind === 'list' && /^\s+\S/.test(line)
          ? 'list'
          : 'paragraph';
    if (cur && (cur.kind === kind || (cur.kind === 'list' && kind === 'paragraph'))) {
      cur.text += `\n${line}`;
    } else {
      close();
      current = { kind, level: 0, text: line, line: i + 1 };
    }
  }
  close();
  return blocks;
}

/** Plain text: paragraphs at blank lines, no headings. */
function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || (lines[i] ?? '').trim() === '' || RULE.test(lines[i] ?? '');
    if (!blank && start < 0) start = i;
    if (blank && start >= 0) {
      blocks.push({
        kind: 'paragraph',
        level: 0,
        text: lines.slice(start, i).join('\n').trim(),
        line: start + 1,
      });
      start = -1;
    }
  }
  return blocks;
}

/**
 * A block's text for passages, in pieces when too long for one. A code block keeps its fences in every piece, so that
 * a quote of it is shown as code, as written, and not read as Markdown.
 */
function pieces(block: Block, options: SplitOptions): string[] {
  const parts = textPieces(block, options);
  return block.kind === 'code' ? parts.map((part) => `\`\`\`\n${part}\n\`\`\``) : parts;
}

/** A block too long for one passage, as pieces: list items or table rows grouped, else sentence windows. */
function textPieces(block: Block, options: SplitOptions): string[] {
  if (wordCount(block.text) <= options.maxWords) return [block.text];
  if (block.kind === 'list' || block.kind === 'table' || block.kind === 'code') {
    const units =
      block.kind === 'list'
        ? block.text.split(/\n(?=\s*(?:[-*+•]|\d{1,3}[.)])\s)/)
        : block.text.split('\n').filter((l) => l.trim() !== '');
    // A table's header row (and its separator) is repeated above every group of rows, so each stays readable.
    const header =
      block.kind === 'table' ? units.splice(0, TABLE_SEPARATOR.test(units[1] ?? '') ? 2 : 1) : [];
    const groups: string[] = [];
    let group: string[] = [];
    for (const unit of units) {
      if (wordCount(unit) > options.maxWords) {
        if (group.length) groups.push([...header, ...group].join('\n'));
        group = [];
        groups.push(...windows(unit, options));
        continue;
      }
      if (group.length && wordCount([...header, ...group, unit].join(' ')) > options.maxWords) {
        groups.push([...header, ...group].join('\n'));
        group = [];
      }
      group.push(unit);
    }
    if (group.length) groups.push([...header, ...group].join('\n'));
    return groups;
  }
  return windows(block.text, options);
}

/** Overlapping windows of whole sentences, each at most maxWords (unless one sentence is longer). */
export function windows(text: string, options: SplitOptions = DEFAULT_SPLIT): string[] {
  const sentences = splitSentences(text);
  const sizes = sentences.map(wordCount);
  const out: string[] = [];
  let start = 0;
  while (start < sentences.length) {
    let end = start;
    let words = 0;
    while (end < sentences.length && (end === start || words + (sizes[end] ?? 0) <= options.maxWords)) {
      words += sizes[end] ?? 0;
      end++;
    }
    out.push(sentences.slice(start, end).join(' '));
    if (end >= sentences.length) break;
    // The next window starts so that about overlapWords of this one's last sentences are repeated.
    let next = end;
    let back = 0;
    while (next - 1 > start && back + (sizes[next - 1] ?? 0) <= options.overlapWords)
      back += sizes[--next] ?? 0;
    start = next;
  }
  return out;
}

function titleFromFile(file: string): string {
  const base = path.basename(file, path.extname(file)).replace(/[-_]+/g, ' ').trim();
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/** Inline Markdown made plain for titles and sections: links, emphasis and code marks. */
function plainInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export type DocumentFormat = 'markdown' | 'text';

/**
 * An entry of a table of contents: a title, a dot leader and a page number ("Grading scale ........ 7"), as a
 * syllabus saved from a PDF or a word processor keeps them, often many to a line.
 */
const CONTENTS_ENTRY = /[^\n]{0,120}?[ \t]?\.{5,}[ \t]*\d{1,3}\b[ \t]*/g;

/**
 * The text without its table of contents (every line keeps its place, so passages keep their line numbers): its
 * entries are no answer to anything, but share their words with every question about the sections they list.
 */
export function withoutContentsEntries(text: string): string {
  return text.replace(CONTENTS_ENTRY, '');
}

/** Passages of one document's text (Markdown, or plain text); `file` names them. */
export function splitDocument(
  text: string,
  file: string,
  format: DocumentFormat,
  options: SplitOptions = DEFAULT_SPLIT,
): Passage[] {
  const plain = withoutContentsEntries(text);
  const blocks = format === 'markdown' ? markdownBlocks(plain) : textBlocks(plain);
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  const titleBlock = firstHeading?.level === 1 ? firstHeading : undefined;
  const document = titleBlock ? plainInline(titleBlock.text) : titleFromFile(file);
  const slug =
    path
      .basename(file, path.extname(file))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'document';
  const passages: Passage[] = [];
  const headings: { level: number; text: string }[] = [];
  let pending: { text: string; line: number }[] = [];
  let pendingWords = 0;

  const flush = (): void => {
    if (pending.length === 0) return;
    passages.push({
      id: `${slug}-${passages.length + 1}`,
      file,
      line: pending[0]?.line ?? 1,
      document,
      section: headings.map((h) => h.text).join(' > '),
      text: pending.map((p) => p.text).join('\n\n'),
      format,
    });
    pending = [];
    pendingWords = 0;
  };

  for (const block of blocks) {
    if (block.kind === 'heading') {
      flush();
      if (block === titleBlock) continue;
      while (headings.length && (headings[headings.length - 1]?.level ?? 0) >= block.level) headings.pop();
      headings.push({ level: block.level, text: plainInline(block.text) });
      continue;
    }
    const parts = pieces(block, options);
    for (const part of parts) {
      const words = wordCount(part);
      if (pending.length && (parts.length > 1 || pendingWords + words > options.maxWords)) flush();
      pending.push({ text: part, line: block.line });
      pendingWords += words;
      if (parts.length > 1) flush();
    }
  }
  flush();
  return passages;
}
