// The reply for an answer quoted from course documents: says it is a quote and where each part comes from.
import type { Passage } from '../../content/split-passages.ts';
import type { PassageAnswer } from './index.ts';
import type { Quote } from './quote.ts';

function where(quote: Quote): string {
  const { document, section } = quote.passage;
  return section ? `${document}, ${section.split(' > ').join(', ')}` : document;
}

/**
 * The quote's lines, each after "> ". In a plain text a line that starts with ">" (an e-mail's quote, "> 90%: A") is
 * text: its ">" is escaped, else it would be a quote in the quote. (A Markdown document's own quotes lose their
 * markers when it is split.)
 */
const blockQuote = (text: string, format: Passage['format']): string =>
  text
    .split('\n')
    .map((line) => `> ${format === 'text' ? line.replace(/^(\s*)>/, '$1\\>') : line}`.trimEnd())
    .join('\n');

/**
 * The text the answer-type checks read for a quote: the best passage whole and its quote, which may go on into the
 * next passage ("Course Grading:" at one passage's end, its percentages at the next one's start). Not a second
 * passage quoted beside it: what that says is not about the thing asked.
 */
export function checkedText(answer: Pick<PassageAnswer, 'passage' | 'quotes'>): string {
  return [answer.passage.text, answer.quotes[0]?.text ?? ''].join('\n\n');
}

/** "From the Syllabus, Grading:" then the quote as a Markdown block quote; a second one "Also from the ...:". */
export function renderPassageAnswer(answer: PassageAnswer): string {
  return answer.quotes
    .map(
      (q, i) =>
        `${i === 0 ? 'From' : 'Also from'} the ${where(q)}:\n\n${blockQuote(q.text, q.passage.format)}`,
    )
    .join('\n\n');
}

/** How a reply's source id says it is a passage of the course documents (`doc:syllabus-4`). */
export const DOCUMENT_SOURCE = 'doc:';

export function passageSourceTitle(passage: Passage): string {
  const { document, section } = passage;
  return section ? `${document}: ${section}` : document;
}

/**
 * The reply's sources: every quoted passage, in the order quoted, with its document and section; the best has the
 * answer's confidence, the second that times its probability under the re-ranker relative to the best's.
 */
export function passageSources(answer: PassageAnswer): { id: string; title: string; score: number }[] {
  return answer.quotes.map((q) => ({
    id: `${DOCUMENT_SOURCE}${q.passage.id}`,
    title: passageSourceTitle(q.passage),
    score: Math.round(answer.score * q.share * 1000) / 1000,
  }));
}
