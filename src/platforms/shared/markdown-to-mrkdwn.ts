// Converts the Markdown that commands return into Slack's mrkdwn (bold, italics, links, headings, strikes).
import { escapeSlack } from './render-times.ts';

// Code spans and fences are copied verbatim (escaped only); links become <url|label>; the rest is rewritten.
const TOKENS = /(```[\s\S]*?```|`[^`\n]+`|\[[^\]\n]+\]\((?:https?:\/\/|mailto:)[^)\s]+\))/g;
const LINK = /^\[([^\]\n]+)\]\(([^)\s]+)\)$/;

export function markdownToMrkdwn(markdown: string): string {
  return markdown
    .split(TOKENS)
    .map((part, i) => {
      if (i % 2 === 0) return convertPlain(part);
      if (part.startsWith('`')) return escapeSlack(part);
      const link = LINK.exec(part);
      if (!link) return escapeSlack(part);
      const [, label = '', url = ''] = link;
      // `|` and `>` would end the link token early; the label loses them rather than the link breaking.
      return `<${url.replace(/[<>|]/g, encodeURIComponent)}|${escapeSlack(label).replace(/\|/g, '/')}>`;
    })
    .join('');
}

function convertPlain(text: string): string {
  const BOLD = '\u0001';
  // (Slack has no backslash escapes: an escaped ">", as in a quote of a plain text's line "> 90%: A", goes as a
  // plain one, as it did before it was escaped)
  return escapeSlack(text.replace(/\\>/g, '>'))
    .replace(/^#{1,6}[ \t]+(.+?)[ \t]*#*$/gm, `${BOLD}$1${BOLD}`)
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, `${BOLD}$1${BOLD}`)
    .replace(/__(?=\S)([\s\S]*?\S)__/g, `${BOLD}$1${BOLD}`)
    .replace(/^([ \t]*)[*+-][ \t]+/gm, '$1• ')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1_$2_')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '~$1~')
    .replace(new RegExp(BOLD, 'g'), '*');
}
