// Mentions are no part of a question: a mention addresses someone (a classmate, a role, the bot itself), and a name
// is nothing the answer engine can match. Every platform that leaves them out tidies the space they leave the same
// way, so the question the engine reads, the question log stores and a thread is named after reads as if typed
// without them: "hey <@1>, when is <@2> the exam?" becomes "hey, when is the exam?", not "hey , when is  the exam?".

/** Stands where a mention was until the space around it is tidied: a private-use character no one types. */
export const MENTION_GAP = '\uE001';

/** `text` without the matches of `mention` (a global pattern), the space they leave tidied (see closeMentionGaps). */
export function withoutMentions(text: string, mention: RegExp): string {
  return closeMentionGaps(text.replace(mention, MENTION_GAP));
}

/**
 * The text with every MENTION_GAP gone: a mention that opens a line takes the comma or colon after it along ("<@1>:
 * when" becomes "when"); one before punctuation or at the end of a line takes the space and a comma before it ("hi
 * <@1>, when" becomes "hi, when", "open book, <@1>?" becomes "open book?"); any other leaves one space between the
 * words beside it. Then runs of spaces become one, lines are trimmed, and so is the whole.
 */
export function closeMentionGaps(text: string): string {
  return tidyWhitespace(
    text
      .replace(/^[^\S\n]*(?:\uE001[^\S\n]*)+[,:]?/gm, '')
      .replace(/,?[^\S\n]*(?:\uE001[^\S\n]*)*\uE001(?=[^\S\n]*(?:[,.;:!?]|$))/gm, '')
      .replace(/\uE001/g, ' '),
  );
}

/** Runs of spaces as one, each line trimmed, at most one empty line in a row, nothing at either end. */
export function tidyWhitespace(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
