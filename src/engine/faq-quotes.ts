// A FAQ entry's answer often says more than its phrasings ask: an overview entry gives the course's credits, an entry
// on the memos their due days. A question about such a detail, in words no phrasing has, scores below the answer
// threshold. So the entries' answers are indexed as passages, the way a course document's are (passages/index.ts:
// the same re-ranker, confidence and per-course threshold, calibrated against what the FAQ's phrasings answer), and
// such a question gets a quote of the answer that says it, from the FAQ, only when two readings agree: the quote is
// confident, and its entry is one of the nearest the classifier found (those a fallback lists as the closest).
// Course-independent.
import type { LoadedFaqEntry } from '../content/load-faq.ts';
import type { Passage } from '../content/split-passages.ts';
import type { PassageAnswer } from './passages/index.ts';
import { passageSources } from './passages/render-quote.ts';

/** How a passage made from an entry's answer is named: `faq:<entry id>`. */
const FAQ_PASSAGE = 'faq:';

/**
 * Each entry's answer as one passage of one document, "FAQ", in the FAQ's order; its section is the entry's title,
 * which a quote names ("From the FAQ, Late work:").
 */
export function faqAnswerPassages(entries: readonly LoadedFaqEntry[]): Passage[] {
  return entries.map((e) => ({
    id: `${FAQ_PASSAGE}${e.id}`,
    file: 'FAQ',
    line: 1,
    document: 'FAQ',
    section: e.title,
    text: e.answer,
    format: 'markdown',
  }));
}

/** The id of the entry a passage of faqAnswerPassages was made from (undefined for a document's passage). */
export function entryIdOfPassage(passage: Passage): string | undefined {
  return passage.id.startsWith(FAQ_PASSAGE) ? passage.id.slice(FAQ_PASSAGE.length) : undefined;
}

/** The entry a passage of faqAnswerPassages was made from (undefined for a document's passage). */
export function entryOfPassage(
  passage: Passage,
  entries: readonly LoadedFaqEntry[],
): LoadedFaqEntry | undefined {
  const id = entryIdOfPassage(passage);
  return id === undefined ? undefined : entries.find((e) => e.id === id);
}

/** A quote's sources (passageSources), named as a FAQ answer names its entry: by the entry's id and title. */
export function faqQuoteSources(
  answer: PassageAnswer,
  entries: readonly LoadedFaqEntry[],
): { id: string; title: string; score: number }[] {
  const sources = passageSources(answer);
  return answer.quotes.flatMap((q, i) => {
    const entry = entryOfPassage(q.passage, entries);
    const source = sources[i];
    return entry && source ? [{ ...source, id: entry.id, title: entry.title }] : [];
  });
}
