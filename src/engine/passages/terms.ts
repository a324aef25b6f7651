// The search terms of a text for passage retrieval, from the engine's shared text analysis (text.ts): normalised
// lower-case words and numbers without English function words, and their Porter2 stems.
import { isContentWord, ordinalAsNumber, stem, tokens } from '../text.ts';

export { stem };

/**
 * The content words of a text, in order (with repeats). An ordinal is followed by its number ("fourth" by "4"), so
 * "the fourth assignment" finds a section headed "Assignment 4" while "first" still matches "first".
 */
export function contentWords(text: string): string[] {
  return tokens(text)
    .filter(isContentWord)
    .flatMap((word) => {
      const number = ordinalAsNumber(word);
      return number === word ? [word] : [word, number];
    });
}
