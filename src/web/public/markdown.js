// Renders the bot's Markdown subset into DOM nodes. Every piece of text goes in through textContent or
// createTextNode, never innerHTML, so nothing in a question or in the content can become markup or script.
/* global document, window */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'webcal:']);

/** A link element for a safe URL, or null for anything else (javascript:, data:, ...). */
export function safeLink(href, label) {
  let url;
  try {
    url = new URL(href, window.location.origin);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  const a = document.createElement('a');
  a.href = url.href;
  a.textContent = label;
  if (url.origin !== window.location.origin) {
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
  }
  return a;
}

// The gradient checker's verdicts (and warnings) come as emoji, which many systems draw as empty boxes without an
// emoji font: the page draws its own marks instead, with the meaning as their accessible name.
const SVG = 'http://www.w3.org/2000/svg';
const MARKS = {
  '\u2705': { name: 'correct', shape: 'M4 8.5l2.5 2.5L12 5.5' },
  '\u274c': { name: 'wrong', shape: 'M5 5l6 6M11 5l-6 6' },
  '\u26a0\ufe0f': { name: 'warning', shape: 'M8 4v5M8 11.5v.5' },
  '\u26a0': { name: 'warning', shape: 'M8 4v5M8 11.5v.5' },
};
const MARK_PATTERN = /(\u2705|\u274c|\u26a0\ufe0f?)/u;

function mark(symbol) {
  const { name, shape } = MARKS[symbol];
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', `mark mark-${name}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', name);
  const back = document.createElementNS(SVG, name === 'warning' ? 'path' : 'circle');
  if (name === 'warning') back.setAttribute('d', 'M8 1.5L15 14.5H1z');
  else
    for (const [k, v] of [
      ['cx', 8],
      ['cy', 8],
      ['r', 7.5],
    ])
      back.setAttribute(k, String(v));
  back.setAttribute('class', 'mark-back');
  const line = document.createElementNS(SVG, 'path');
  line.setAttribute('d', shape);
  line.setAttribute('class', 'mark-line');
  svg.append(back, line);
  return svg;
}

/** Plain text, with the verdict emoji drawn as marks. */
function appendText(parent, text) {
  for (const [i, part] of text.split(MARK_PATTERN).entries()) {
    if (i % 2 === 1) parent.append(mark(part));
    else if (part) parent.append(document.createTextNode(part));
  }
}

// One inline token at a time: a backslash escape, `code`, **bold**, [label](url), a bare URL, _italic_ or *italic*.
const INLINE =
  /(\\[\\*_`~|[\]>])|(`[^`\n]+`)|(\*\*[^*\n]+\*\*)|(\[[^\]\n]+\]\([^)\s]+\))|((?:https?|webcal):\/\/[^\s<>()]+[^\s<>().,;:!?'"])|((?:^|(?<=[\s(]))_[^_\n]+_(?=$|[\s.,;:!?)]))|((?:^|(?<=[\s(]))\*[^*\s][^*\n]*\*(?=$|[\s.,;:!?)]))/g;

function appendInline(parent, text) {
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) appendText(parent, text.slice(last, m.index));
    const [whole, escaped, code, bold, link, url, italicU, italicS] = m;
    if (escaped) {
      appendText(parent, escaped.slice(1));
    } else if (code) {
      const el = document.createElement('code');
      el.textContent = code.slice(1, -1);
      parent.append(el);
    } else if (bold) {
      const el = document.createElement('strong');
      appendInline(el, bold.slice(2, -2));
      parent.append(el);
    } else if (link) {
      const close = link.indexOf('](');
      const label = link.slice(1, close);
      const href = link.slice(close + 2, -1);
      parent.append(safeLink(href, label) ?? document.createTextNode(whole));
    } else if (url) {
      parent.append(safeLink(url, url) ?? document.createTextNode(whole));
    } else if (italicU || italicS) {
      const el = document.createElement('em');
      appendInline(el, whole.slice(1, -1));
      parent.append(el);
    }
    last = m.index + whole.length;
  }
  if (last < text.length) appendText(parent, text.slice(last));
}

// A table row ("| a | b |"), its header's separator ("|---|:--:|"), and a block quote's marker.
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|(?:\s*:?-+:?\s*\|)+\s*$/;
// (a quote's marker is ">" alone or followed by a space: ">= 90: A" is text)
const QUOTE = /^ {0,3}>(?: |$)/;
const QUOTE_MARK = /^ {0,3}> ?/;
/** Quotes nest at most this deep; deeper markers are shown as text. */
const MAX_QUOTE_DEPTH = 8;

/** A row's cells: split at the bars that are not escaped (`\|`), without the outer ones. */
function cells(row) {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** Consecutive table rows as a table; the row above a separator is its header. */
function table(rows) {
  const el = document.createElement('table');
  const header = TABLE_SEPARATOR.test(rows[1] ?? '') ? rows[0] : undefined;
  if (header !== undefined) {
    const tr = document.createElement('tr');
    for (const c of cells(header)) {
      const th = document.createElement('th');
      th.scope = 'col';
      appendInline(th, c);
      tr.append(th);
    }
    el.createTHead().append(tr);
  }
  const body = el.createTBody();
  for (const row of rows.slice(header === undefined ? 0 : 2)) {
    if (TABLE_SEPARATOR.test(row)) continue;
    const tr = document.createElement('tr');
    for (const c of cells(row)) {
      const td = document.createElement('td');
      appendInline(td, c);
      tr.append(td);
    }
    body.append(tr);
  }
  const wrap = document.createElement('div');
  wrap.className = 'table-wrap'; // (scrolls sideways on a narrow screen rather than widening the page)
  wrap.append(el);
  return wrap;
}

/**
 * Markdown text → a DocumentFragment: paragraphs, line breaks, lists (an item indented under another nests in it),
 * headings, code blocks, tables, block quotes (a quote from the course's documents) and inline marks.
 */
export function renderMarkdown(markdown, depth = 0) {
  const fragment = document.createDocumentFragment();
  const lines = String(markdown).replace(/\r\n?/g, '\n').split('\n');
  let paragraph = null;
  // the open lists, outermost first, each with the indent of its items
  let lists = [];
  const endBlocks = () => {
    paragraph = null;
    lists = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^```/.test(line)) {
      endBlocks();
      const code = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) code.push(lines[i]);
      const pre = document.createElement('pre');
      const el = document.createElement('code');
      el.textContent = code.join('\n');
      pre.append(el);
      fragment.append(pre);
      continue;
    }
    if (QUOTE.test(line) && depth < MAX_QUOTE_DEPTH) {
      endBlocks();
      const quoted = [];
      for (; i < lines.length && QUOTE.test(lines[i]); i++) quoted.push(lines[i].replace(QUOTE_MARK, ''));
      i--;
      const el = document.createElement('blockquote');
      el.append(renderMarkdown(quoted.join('\n'), depth + 1));
      fragment.append(el);
      continue;
    }
    // (a table is two rows or more: one line of bars alone, as a quote joined from a table's rows, stays text)
    if (TABLE_ROW.test(line) && TABLE_ROW.test(lines[i + 1] ?? '')) {
      const rows = [];
      for (; i < lines.length && TABLE_ROW.test(lines[i]); i++) rows.push(lines[i]);
      i--;
      // (indented under a list item, it goes in that item, and the list goes on after it)
      const indent = /^\s*/.exec(line)[0].length;
      while (lists.length && lists[lists.length - 1].indent >= indent) lists.pop();
      paragraph = null;
      const owner = lists[lists.length - 1]?.el.lastElementChild;
      if (owner) {
        owner.append(table(rows));
      } else {
        endBlocks();
        fragment.append(table(rows));
      }
      continue;
    }
    if (line.trim() === '') {
      endBlocks();
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      endBlocks();
      const el = document.createElement(`h${heading[1].length + 2}`);
      appendInline(el, heading[2]);
      fragment.append(el);
      continue;
    }
    const item = /^(\s*)(?:([-*+•])|(\d{1,3})[.)])\s+(.*)$/.exec(line);
    if (item) {
      const indent = item[1].length;
      const tag = item[2] ? 'ul' : 'ol';
      paragraph = null;
      while (lists.length && lists[lists.length - 1].indent > indent) lists.pop();
      let top = lists[lists.length - 1];
      if (top && top.indent === indent && top.el.tagName.toLowerCase() !== tag) {
        lists.pop();
        top = lists[lists.length - 1];
      }
      if (!top || top.indent < indent) {
        const el = document.createElement(tag);
        // (a quote from the middle of a numbered list keeps its numbers: "16. ..." starts at 16)
        if (item[3] !== undefined && Number(item[3]) !== 1) el.start = Number(item[3]);
        const parent = top?.el.lastElementChild ?? fragment; // (nested: inside the item above)
        parent.append(el);
        top = { el, indent };
        lists.push(top);
      }
      const li = document.createElement('li');
      appendInline(li, item[4]);
      top.el.append(li);
      continue;
    }
    if (lists.length && /^\s+\S/.test(line)) {
      // (a line indented under an item goes on that item)
      const li = lists[lists.length - 1].el.lastElementChild;
      li.append(document.createElement('br'));
      appendInline(li, line.trim());
      continue;
    }
    lists = [];
    if (!paragraph) {
      paragraph = document.createElement('p');
      fragment.append(paragraph);
    } else {
      paragraph.append(document.createElement('br'));
    }
    appendInline(paragraph, line);
  }
  return fragment;
}
