// The search terms of a text for passage retrieval, from the engine's shared text analysis (text.ts): normalised
// lower-case words and numbers without English function words, and their Porter2 stems.
import { isContentWord, stem, tokens } from '../text.ts';

export { stem };

/** The content words of a text, in order (with repeats). */
export function contentWords(text: string): string[] {
  return tokens(text).filter(isContentWord);
}
