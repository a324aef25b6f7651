// What of a passage is quoted: the whole passage while it is short (passages are split to about 120 words), else
// the run of its sentences, within MAX_QUOTE_WORDS, that holds most of the question's stems.
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
  return sentences.slice(best.start, best.end).join(' ').trim();
}
