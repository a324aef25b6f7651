// Canvas speaks HTML: entries become plain text before they are asked, and replies become HTML built from
// escaped text with a fixed handful of tags, so nothing from a FAQ answer or a question can inject markup.
import { escapeHtml } from '../../http/escape-html.ts';
import { closeMentionGaps, MENTION_GAP } from '../shared/remove-mentions.ts';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

/** Longer HTML than this is cut before it is read (a question is at most 2000 characters anyway). */
const MAX_HTML = 100_000;

/** An element with no markup inside (a mention's is its name), its opening tag at most 2,000 characters long. */
const LEAF_ELEMENT = /<(span|a)\b([^<>]{0,2000})>[^<]{0,300}<\/\1\s*>/gi;
/** A mention made with Canvas's mention picker: `<span class="mceNonEditable mention" data-mention="123">@Jane Doe</span>`. */
const MENTION_ATTRIBUTES = /\bdata-mention\b|\bclass\s*=\s*["'][^"']*\bmention\b/i;

/** Elements whose content is not text a student wrote, each with its closing tag and its pattern: dropped whole. */
const DROPPED_ELEMENTS = ['script', 'style', 'iframe', 'object', 'svg', 'math'].map((tag) => ({
  close: `</${tag}`,
  pattern: new RegExp(`<${tag}\\b[\\s\\S]*?<\\/${tag}\\s*>`, 'gi'),
}));

/**
 * `text.replace(pattern, ' ')` for a pattern whose every match ends in `end` (any case): only the text up to the last
 * `end` and the ">" after it is searched. A start after it cannot match, but the search would go on to the text's end
 * from each one: on an entry of 100,000 "<" without a ">", seconds of the event loop.
 */
function dropUpToLast(text: string, end: string, pattern: RegExp): string {
  // (ASCII letters only: a lowercase "İ" is two characters, and would move every index after it)
  const last = text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase()).lastIndexOf(end);
  if (last < 0) return text;
  const cut = text.indexOf('>', last) + 1;
  return text.slice(0, cut).replace(pattern, ' ') + text.slice(cut);
}

/**
 * The text of an entry or message: blocks on their own lines, list items as "- ", a table's cells a space apart,
 * entities decoded. Mentions are left out: they say whom a post is addressed to (often the bot itself), not what it
 * asks, and a name is nothing the answer engine can match ("@Jane Doe when is the exam" fell back where "when is
 * the exam" is answered).
 */
export function htmlToText(html: string): string {
  let text = dropUpToLast(html.slice(0, MAX_HTML), '-->', /<!--[\s\S]*?-->/g);
  for (const { close, pattern } of DROPPED_ELEMENTS) text = dropUpToLast(text, close, pattern);
  // (every pattern below ends in ">": the text after the last one holds no tag, and is not searched)
  const end = text.lastIndexOf('>') + 1;
  const tags = text
    .slice(0, end)
    .replace(LEAF_ELEMENT, (element, _tag, attributes: string) =>
      MENTION_ATTRIBUTES.test(attributes) ? MENTION_GAP : element,
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|blockquote|pre|tr|ul|ol|table)\s*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' ') // (a table's cells are words apart, not run together)
    .replace(/<[^>]*>/g, '');
  text = (tags + text.slice(end)).replace(
    /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi,
    (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
          ? String.fromCodePoint(code)
          : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    },
  );
  return closeMentionGaps(text);
}

/** Only web and mail links are kept; anything else (javascript:, data:) stays as text. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return ['https:', 'http:', 'mailto:'].includes(u.protocol) ? u.toString() : null;
  } catch {
    return null;
  }
}

// The same block syntax as the web page's renderer (src/web/public/markdown.js): a code fence, a table row
// ("| a | b |"), its header's separator ("|---|:--:|"), a block quote's marker (">" alone or before a space: ">= 90:
// A" is text) and a list item ("- ", "* ", "+ ", "• ", "1. ", "1) "; indented under another, it nests in it).
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|(?:\s*:?-+:?\s*\|)+\s*$/;
const QUOTE = /^ {0,3}>(?: |$)/;
const QUOTE_MARK = /^ {0,3}> ?/;
const LIST_ITEM = /^(\s*)(?:([-*+•])|(\d{1,3})[.)])\s+(.*)$/;
/** A code fence: "```" at the start of a line (in a quote, after its marker), with anything after it. */
const FENCE = /^```/;
/** Quotes nest at most this deep; deeper markers are shown as text (hostile input cannot exhaust the stack). */
const MAX_QUOTE_DEPTH = 8;

/**
 * The Markdown the replies use as safe HTML: paragraphs, lists (nested by indentation), headings (as bold lines),
 * block quotes (a quote from the course's documents), pipe tables, fenced code blocks, **bold**, *italic*, `code`
 * and [links](url).
 */
export function markdownToHtml(markdown: string): string {
  return blocks(markdown.replace(/\r\n?/g, '\n').split('\n'), 0);
}

function blocks(lines: readonly string[], depth: number): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  // The open lists, outermost first, each with the indent of its items; `list` is their HTML so far, its last
  // item of each still open (a nested list or a table can go in it).
  const lists: { tag: 'ul' | 'ol'; indent: number }[] = [];
  let list = '';
  const closeLists = (keep: number): void => {
    for (const { tag } of lists.splice(keep).reverse()) list += `</li></${tag}>`; // (innermost first)
  };
  const endBlocks = (): void => {
    if (paragraph.length) out.push(`<p>${paragraph.join('<br>')}</p>`);
    closeLists(0);
    if (list) out.push(list);
    paragraph = [];
    list = '';
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (FENCE.test(raw)) {
      // (a fenced code block: its lines as written, not read as Markdown, up to the closing fence or the end)
      endBlocks();
      const code: string[] = [];
      for (i++; i < lines.length && !FENCE.test(lines[i] ?? ''); i++) code.push(lines[i] ?? '');
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    if (depth < MAX_QUOTE_DEPTH && QUOTE.test(raw)) {
      endBlocks();
      const quoted: string[] = [];
      for (; i < lines.length && QUOTE.test(lines[i] ?? ''); i++)
        quoted.push((lines[i] ?? '').replace(QUOTE_MARK, ''));
      i--;
      out.push(`<blockquote>${blocks(quoted, depth + 1)}</blockquote>`);
      continue;
    }
    // (a table is two rows or more: one line of bars alone stays text)
    if (TABLE_ROW.test(raw) && TABLE_ROW.test(lines[i + 1] ?? '')) {
      const rows: string[] = [];
      for (; i < lines.length && TABLE_ROW.test(lines[i] ?? ''); i++) rows.push(lines[i] ?? '');
      i--;
      // (indented under a list item, it goes in that item, and the list goes on after it)
      const indent = raw.length - raw.trimStart().length;
      let keep = lists.length;
      while (keep > 0 && (lists[keep - 1]?.indent ?? 0) >= indent) keep--;
      if (keep > 0) {
        closeLists(keep);
        list += table(rows);
      } else {
        endBlocks();
        out.push(table(rows));
      }
      continue;
    }
    const line = raw.trim();
    if (line === '') {
      endBlocks();
      continue;
    }
    const item = LIST_ITEM.exec(raw);
    if (item) {
      const indent = item[1]?.length ?? 0;
      const tag = item[2] ? 'ul' : 'ol';
      if (paragraph.length) endBlocks();
      let keep = lists.length;
      while (keep > 0 && (lists[keep - 1]?.indent ?? 0) > indent) keep--;
      const same = lists[keep - 1];
      if (same && same.indent === indent && same.tag !== tag) keep--;
      if (keep === 0) endBlocks();
      else closeLists(keep);
      const top = lists[lists.length - 1];
      if (top && top.indent === indent) {
        list += '</li><li>';
      } else {
        // (a quote from the middle of a numbered list keeps its numbers: "16. ..." starts at 16; the number is
        // only digits, so the attribute holds nothing else from the text)
        const start = item[3] === undefined ? 1 : Number(item[3]);
        list += `<${tag}${start === 1 ? '' : ` start="${start}"`}><li>`; // (nested: inside the item above)
        lists.push({ tag, indent });
      }
      list += inline(item[4] ?? '');
      continue;
    }
    if (lists.length && /^\s/.test(raw)) {
      list += `<br>${inline(line)}`; // (a line indented under an item goes on that item)
      continue;
    }
    if (lists.length) endBlocks();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    paragraph.push(heading ? `<strong>${inline(heading[1] ?? '')}</strong>` : inline(line));
  }
  endBlocks();
  return out.join('\n');
}

/** A row's cells: split at the bars that are not escaped (`\|`), without the outer ones. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** Consecutive table rows as a table; the row above a separator is its header, and separators are not rows. */
function table(rows: readonly string[]): string {
  const header = TABLE_SEPARATOR.test(rows[1] ?? '') ? rows[0] : undefined;
  const body = rows.slice(header === undefined ? 0 : 2).filter((r) => !TABLE_SEPARATOR.test(r));
  const head =
    header === undefined
      ? ''
      : `<thead><tr>${cells(header)
          .map((c) => `<th scope="col">${inline(c)}</th>`)
          .join('')}</tr></thead>`;
  const tbody = body.map(
    (r) =>
      `<tr>${cells(r)
        .map((c) => `<td>${inline(c)}</td>`)
        .join('')}</tr>`,
  );
  return `<table>${head}<tbody>${tbody.join('')}</tbody></table>`;
}

/**
 * A backslash escape, a `code` span, a [label](url), an <url> or a bare web address (up to a space, bracket, quote or
 * emphasis mark, a closing full stop or comma left out), in one pass so the leftmost wins, as in the web page's
 * renderer: inside a code span or a link's label a backslash is a character ("`a\\*b`" shows a\*b), and an escape
 * before a backtick or a bracket keeps it from opening one.
 */
const KEPT =
  /\\([\\`*_~|[\]>])|`([^`]+)`|\[([^\]]+)\]\(<?([^)\s>]+)>?\)|<((?:https?|mailto):[^>\s]+)>|(https?:\/\/[^\s<>()*`"']+[^\s<>()*`"'.,;:!?])/g;
/** A kept piece's place in the text while emphasis is read around it. */
const TOKEN = /\uE000(\d+)\uE000/g;

function inline(text: string): string {
  // Escapes, code and links first, kept aside as tokens, so their insides are not read as emphasis.
  const kept: string[] = [];
  const keep = (html: string) => `\uE000${kept.push(html) - 1}\uE000`;
  let s = text
    .replace(/\uE000/g, '')
    .replace(
      KEPT,
      (
        whole,
        escaped?: string,
        code?: string,
        label?: string,
        url?: string,
        angled?: string,
        bare?: string,
      ) => {
        if (escaped !== undefined) return keep(escapeHtml(escaped));
        if (code !== undefined) return keep(`<code>${escapeHtml(code)}</code>`);
        const address = url ?? angled ?? bare ?? '';
        const href = safeHref(address);
        return href ? keep(`<a href="${escapeHtml(href)}">${escapeHtml(label ?? address)}</a>`) : whole;
      },
    );
  s = escapeHtml(s)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_([^_\s][^_]*)_(?!\w)/g, '$1<em>$2</em>');
  // (a kept piece is built from text without tokens, but should one hold another, it is restored too: the loop
  // ends when none is left, at most once per piece, and anything left over is dropped rather than shown)
  for (let round = 0; round <= kept.length && s.includes('\uE000'); round++)
    s = s.replace(TOKEN, (_, i: string) => kept[Number(i)] ?? '');
  return s.replace(/\uE000/g, '');
}

/** Markdown as plain text (Canvas messages are plain): links as "label (url)", emphasis and code marks gone. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(<?([^)\s>]+)>?\)/g, '$1 ($2)')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_([^_\s][^_]*)_(?!\w)/g, '$1$2')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\\([\\`*_~|[\]>])/g, '$1');
}
