// What a reply quotes: the best passage, and the second best when the re-ranker cannot tell them apart. Of each, the
// whole passage while it is short (passages are split to about 120 words), else the run of its sentences, within
// MAX_QUOTE_WORDS, that holds most of the question's stems; a whole passage that meets the question in its last
// sentences goes on with the start of the next passage of its section (CONTINUE_AFTER). Sentences are quoted with the
// passage's own line breaks between them (excerpt), so a list or a table quoted in part is still one.
import { TABLE_ROW, TABLE_SEPARATOR, type Passage } from '../../content/split-passages.ts';
import { sentencesOf, type Candidate } from './scorer.ts';
import { contentWords, stem } from './terms.ts';

export const MAX_QUOTE_WORDS = 150;

const count = (s: string): number => s.split(/\s+/).filter(Boolean).length;

export function selectQuote(sentences: readonly string[], text: string, stems: readonly string[]): string {
  if (count(text) <= MAX_QUOTE_WORDS || sentences.length === 0) return text.trim();
  const wanted = new Set(stems);
  const hits = sentences.map((s) => new Set(contentWords(s).map(stem)));
  let best = { start: 0, end: 1, score: -1 };
  for (let start = 0; start < sentences.length; start++) {
    let words = 0;
    const seen = new Set<string>();
    for (let end = start; end < sentences.length; end++) {
      words += count(sentences[end] ?? '');
      if (words > MAX_QUOTE_WORDS && end > start) break;
      for (const t of hits[end] ?? []) if (wanted.has(t)) seen.add(t);
      if (seen.size > best.score) best = { start, end: end + 1, score: seen.size };
    }
  }
  return excerpt(text, sentences, best.start, best.end);
}

const indentOf = (line: string): number => /^[ \t]*/.exec(line)?.[0].length ?? 0;

/**
 * Sentences start..end-1 of a text (sentencesOf cuts them from it, in order) as the text has them: the text from the
 * first one's start to the last one's end, so a sentence that starts a line in the text starts one in the quote and
 * a list keeps its items (and their indents, less what all of them share). A table's rows are quoted whole, under the
 * table's header row and separator when the quote starts below them, so that it is still a table. Sentences not
 * found in the text, in order, are joined with spaces.
 */
export function excerpt(text: string, sentences: readonly string[], start: number, end: number): string {
  let from = 0;
  let first = -1;
  let last = -1;
  for (let k = 0; k < end; k++) {
    const sentence = sentences[k] ?? '';
    const at = text.indexOf(sentence, from);
    if (at < 0) return sentences.slice(start, end).join(' ').trim();
    if (k === start) first = at;
    from = last = at + sentence.length;
  }
  if (first < 0) return '';
  const lineStart = (i: number): number => text.lastIndexOf('\n', i - 1) + 1;
  const lineEnd = (i: number): number => {
    const n = text.indexOf('\n', i);
    return n < 0 ? text.length : n;
  };
  // (the first line's indent goes with it; a table's first and last rows are quoted whole)
  const head = lineStart(first);
  if (text.slice(head, first).trim() === '' || TABLE_ROW.test(text.slice(head, lineEnd(first)))) first = head;
  if (TABLE_ROW.test(text.slice(lineStart(last), lineEnd(last)))) last = lineEnd(last);
  const lines = text.slice(first, last).split('\n');
  const above = first === lineStart(first) ? text.slice(0, first).split('\n').slice(0, -1) : [];
  if (TABLE_ROW.test(lines[0] ?? '') && TABLE_ROW.test(above[above.length - 1] ?? '')) {
    let top = above.length - 1;
    while (top > 0 && TABLE_ROW.test(above[top - 1] ?? '')) top--;
    // (the table's separator is its second row: in the quote already when the quote starts at it)
    const separator = above[top + 1] ?? lines[0] ?? '';
    if (TABLE_SEPARATOR.test(separator)) lines.unshift(...above.slice(top, top + 2));
  }
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map(indentOf));
  return lines
    .map((l) => l.slice(Math.min(indent, indentOf(l))))
    .join('\n')
    .trim();
}

/**
 * The second passage is quoted too when its re-ranker score is within this of the best's, that is when the
 * re-ranker gives it at least 1/e of the best's probability and cannot really tell the two apart. On SyllabusQA
 * train this puts the answer in the reply for 7 more questions in 100, with half the replies still one passage.
 */
export const CLOSE_SCORE = 1;
/**
 * When the sentence that holds most of the question is one of a quoted passage's last CONTINUE_AFTER sentences, the
 * answer often goes on past the passage's end (a cue such as "Extra credit." or "Late work:" ends one paragraph and
 * the rule is in the next, which the splitter put in the next passage): the quote then goes on with the next
 * passage's first sentences, up to CONTINUE_WORDS words (at least one sentence), when that passage is in the same
 * section of the same document and is not quoted itself. On SyllabusQA this puts the answer in the reply for 2 more
 * questions in 548 on val and 7 more in 1,724 on train; the median reply grows by 6 words.
 */
export const CONTINUE_AFTER = 2;
export const CONTINUE_WORDS = 40;

/** The first sentences of a text, up to CONTINUE_WORDS words but at least one sentence, as the text has them. */
export function continuation(sentences: readonly string[], text = sentences.join(' ')): string {
  let n = 0;
  let words = 0;
  for (const s of sentences) {
    if (n && words + count(s) > CONTINUE_WORDS) break;
    n++;
    words += count(s);
  }
  return excerpt(text, sentences, 0, n);
}

/** Words that two windows of one text share at least, to be joined into one quote. */
const MIN_OVERLAP = 5;

export interface Quote {
  passage: Passage;
  text: string;
  /** The re-ranker's probability for this passage over the best's: 1 for the best, less for the second. */
  share: number;
}

/** Two windows cut from one text, joined where the end of the first repeats as the start of the second. */
export function joinOverlap(first: string, second: string): string | null {
  const a = first.split(/\s+/).filter(Boolean);
  const b = second.split(/\s+/).filter(Boolean);
  for (let k = Math.min(a.length, b.length) - 1; k >= MIN_OVERLAP; k--) {
    let same = true;
    for (let j = 0; j < k && same; j++) same = a[a.length - k + j] === b[j];
    if (same) return [...a, ...b.slice(k)].join(' ');
  }
  return null;
}

/**
 * What a reply quotes for a ranking: the best passage (its relevant sentences when long), and the second as well
 * when its score is close; two overlapping windows of one text become one quote, in the document's order.
 */
export function chooseQuotes(
  candidates: readonly Candidate[],
  passages: readonly Passage[],
  sentences: (index: number) => readonly string[],
  stems: readonly string[],
): Quote[] {
  const quote = (i: number, share: number, best: number, quoted: Candidate | undefined): Quote | null => {
    const passage = passages[i];
    if (!passage) return null;
    const own = sentences(i);
    const text = selectQuote(own, passage.text, stems);
    const next = passages[i + 1];
    // The whole passage is quoted and the question is met at its end: the next passage's start, in the same
    // section, follows it.
    const goesOn =
      next?.file === passage.file &&
      next.section === passage.section &&
      best >= own.length - CONTINUE_AFTER &&
      quoted?.index !== i + 1 &&
      text === passage.text.trim();
    if (!next || !goesOn) return { passage, text, share };
    const more = continuation(sentences(i + 1), next.text);
    if (more === '' || joinOverlap(text, more) !== null) return { passage, text, share };
    return { passage, text: `${text}\n\n${more}`, share };
  };
  const [first, close] = candidates;
  const second = first && close && first.score - close.score < CLOSE_SCORE ? close : undefined;
  const best = first ? quote(first.index, 1, first.best, second) : null;
  if (!first || !best) return [];
  if (!second) return [best];
  const other = quote(second.index, Math.exp(second.score - first.score), second.best, first);
  if (!other) return [best];
  if (other.passage.file === best.passage.file) {
    const [early, late] = first.index < second.index ? [best, other] : [other, best];
    const joined = joinOverlap(early.text, late.text);
    if (joined !== null) return [{ passage: best.passage, text: joined, share: 1 }];
  }
  // (overlapping windows of one long text share sentences that are not at their ends: the second quote says only
  // what the first does not, and nothing when it says nothing more)
  const said = (s: string): boolean => best.text.includes(s.trim());
  if (!sentencesOf(other.text).some(said)) return [best, other];
  const lines = other.text.split('\n');
  // (a table's row is kept whole when it says something new, and its table's header and separator rows with it,
  // which the first quote of the same table already holds)
  const kept = lines.map((line) => {
    const fresh = sentencesOf(line).filter((s) => !said(s));
    return TABLE_ROW.test(line) ? (fresh.length ? line : '') : fresh.join(' ');
  });
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!TABLE_ROW.test(lines[i] ?? '') || !TABLE_SEPARATOR.test(lines[i + 1] ?? '')) continue;
    let end = i + 2;
    while (end < lines.length && TABLE_ROW.test(lines[end] ?? '')) end++;
    if (kept.slice(i + 2, end).some((row) => row !== '')) {
      kept[i] = lines[i] ?? '';
      kept[i + 1] = lines[i + 1] ?? '';
    }
  }
  const fresh = kept.filter((line) => line.trim() !== '').join('\n');
  return fresh === '' ? [best] : [best, { ...other, text: fresh }];
}
