// The reply for an answer quoted from a course document: says it is a quote and where it comes from.
import type { PassageAnswer } from './index.ts';

/** "From the Syllabus, Grading:" then the quote as a Markdown block quote. */
export function renderPassageAnswer(answer: PassageAnswer): string {
  const { document, section } = answer.passage;
  const where = section ? `${document}, ${section.split(' > ').join(', ')}` : document;
  const quoted = answer.quote
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
  return `From the ${where}:\n\n${quoted}`;
}

export function passageSourceTitle(answer: PassageAnswer): string {
  const { document, section } = answer.passage;
  return section ? `${document}: ${section}` : document;
}
