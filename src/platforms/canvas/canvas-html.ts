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

/**
 * The text of an entry or message: blocks on their own lines, list items as "- ", entities decoded. Mentions are
 * left out: they say whom a post is addressed to (often the bot itself), not what it asks, and a name is nothing
 * the answer engine can match ("@Jane Doe when is the exam" fell back where "when is the exam" is answered).
 */
export function htmlToText(html: string): string {
  const text = html
    .slice(0, MAX_HTML)
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|iframe|object|svg|math)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(LEAF_ELEMENT, (element, _tag, attributes: string) =>
      MENTION_ATTRIBUTES.test(attributes) ? MENTION_GAP : element,
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|blockquote|pre|tr|ul|ol|table)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
          ? String.fromCodePoint(code)
          : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
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

/** The Markdown the replies use (paragraphs, lists, **bold**, *italic*, `code`, [links](url)) as safe HTML. */
export function markdownToHtml(markdown: string): string {
  const bullet = /^\s*[-*]\s+/;
  const numbered = /^\s*\d+[.)]\s+/;
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | undefined;
  const flush = (): void => {
    if (paragraph.length) out.push(`<p>${paragraph.join('<br>')}</p>`);
    if (list) out.push(`<${list.tag}>${list.items.map((i) => `<li>${i}</li>`).join('')}</${list.tag}>`);
    paragraph = [];
    list = undefined;
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const tag = bullet.test(raw) ? 'ul' : numbered.test(raw) ? 'ol' : undefined;
    if (line === '') {
      flush();
    } else if (tag) {
      if (paragraph.length || list?.tag !== tag) flush();
      list ??= { tag, items: [] };
      list.items.push(inline(raw.replace(tag === 'ul' ? bullet : numbered, '')));
    } else {
      if (list) flush();
      const heading = /^#{1,6}\s+(.*)$/.exec(line);
      paragraph.push(heading ? `<strong>${inline(heading[1] ?? '')}</strong>` : inline(line));
    }
  }
  flush();
  return out.join('\n');
}

function inline(text: string): string {
  // Links and code first, kept aside as tokens, so their insides are not read as emphasis.
  const kept: string[] = [];
  const keep = (html: string) => `\uE000${kept.push(html) - 1}\uE000`;
  let s = text.replace(/\uE000/g, '').replace(/\\([\\`*_~|[\]>])/g, (_, c: string) => keep(escapeHtml(c)));
  s = s.replace(/`([^`]+)`/g, (_, code: string) => keep(`<code>${escapeHtml(code)}</code>`));
  s = s.replace(/\[([^\]]+)\]\(<?([^)\s>]+)>?\)/g, (whole, label: string, url: string) => {
    const href = safeHref(url);
    return href ? keep(`<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`) : whole;
  });
  s = s.replace(/<((?:https?|mailto):[^>\s]+)>/g, (whole, url: string) => {
    const href = safeHref(url);
    return href ? keep(`<a href="${escapeHtml(href)}">${escapeHtml(url)}</a>`) : whole;
  });
  s = escapeHtml(s)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_([^_\s][^_]*)_(?!\w)/g, '$1<em>$2</em>');
  return s.replace(/\uE000(\d+)\uE000/g, (_, i: string) => kept[Number(i)] ?? '');
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
