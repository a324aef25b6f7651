// The reply for an answer quoted from course documents: says it is a quote and where each part comes from.
import type { PassageAnswer } from './index.ts';
import type { Quote } from './quote.ts';

function where(quote: Quote): string {
  const { document, section } = quote.passage;
  return section ? `${document}, ${section.split(' > ').join(', ')}` : document;
}

const blockQuote = (text: string): string =>
  text
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

/** "From the Syllabus, Grading:" then the quote as a Markdown block quote; a second one "Also from the ...:". */
export function renderPassageAnswer(answer: PassageAnswer): string {
  return answer.quotes
    .map((q, i) => `${i === 0 ? 'From' : 'Also from'} the ${where(q)}:\n\n${blockQuote(q.text)}`)
    .join('\n\n');
}

export function passageSourceTitle(answer: PassageAnswer): string {
  const { document, section } = answer.passage;
  return section ? `${document}: ${section}` : document;
}
