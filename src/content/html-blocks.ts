// Markdown pages of course websites often hold blocks of HTML among the Markdown ("<h4>Instructor</h4>", a "<ul>"
// of textbooks): a site generator shows them as headings and lists, but the Markdown splitter would see tags. Each
// such block becomes Markdown with the converter used for HTML documents (turndown); the Markdown around it is left
// as it is. A block is what CommonMark calls an HTML block: it starts with a line that opens (or closes) a block-level
// tag, and it ends with a line that leaves no list, table or other container open and ends in a tag, or before a
// blank line outside any container. Code blocks are left alone.
import { htmlToMarkdown } from './html-to-markdown.ts';
import { FENCE } from './split-passages.ts';

const BLOCK_TAGS =
  'address|article|aside|blockquote|center|details|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const BLOCK_START = new RegExp(`^ {0,3}</?(?:${BLOCK_TAGS})(?=[\\s/>]|$)`, 'i');
/** Tags whose block goes on across blank lines until they are closed. */
const CONTAINER =
  /<(\/?)(?:ul|ol|dl|table|div|section|article|aside|blockquote|details|figure|header|footer|nav|main)(?=[\s>])/gi;

/** Open containers after a line: each opening tag counts one more, each closing tag one less. */
function depthAfter(line: string, depth: number): number {
  let d = depth;
  for (const m of line.matchAll(CONTAINER)) d += m[1] === '/' ? -1 : 1;
  return d;
}

/** The Markdown with each HTML block turned into Markdown; other lines as they were. */
export function htmlBlocksToMarkdown(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && line.trimStart().startsWith(fence)) fence = null;
      out.push(line);
      continue;
    }
    if (f) {
      fence = f[1] ?? '```';
      out.push(line);
      continue;
    }
    if (!BLOCK_START.test(line)) {
      out.push(line);
      continue;
    }
    // the block: through a line that leaves no container open and ends in a tag, or up to a blank line outside one
    let depth = 0;
    let end = i;
    for (let j = i; j < lines.length; j++) {
      const l = lines[j] ?? '';
      if (l.trim() === '' && depth <= 0) break;
      depth = depthAfter(l, depth);
      end = j;
      if (depth <= 0 && /> *$/.test(l)) break;
    }
    const block = lines.slice(i, end + 1);
    const converted = htmlToMarkdown(block.join('\n')).split('\n');
    // (set apart from the Markdown around it by blank lines where it runs on, and as many lines as the block had where
    // it can, so that the passages after it keep their line numbers)
    const before = out.length > 0 && (out[out.length - 1] ?? '').trim() !== '' ? [''] : [];
    const next = lines[end + 1] ?? '';
    const after = next.trim() !== '' && !/^#{1,6}\s/.test(converted.at(-1) ?? '') ? [''] : [];
    const body = [...before, ...converted, ...after];
    while (body.length < block.length) body.push('');
    out.push(...body);
    i = end;
  }
  return out.join('\n');
}
