// Corrects misspelt words of a question against the course's own vocabulary ("assignmnet", "penatly", "guesing"),
// before the question is featurized. A word is corrected only when it is neither a word of the course nor an
// English word (one with a pre-trained vector), and a course word lies within a small edit distance of it: one edit
// for words of four or five letters, two from six (a swap of neighbouring letters is two), never changing the first
// letter. The look-up is MiniSearch's SearchableMap (a radix tree with
// fuzzy search), not a hand-written one.
import SearchableMap from 'minisearch/SearchableMap';
import { tokens } from './text.ts';
import type { WordVectors } from './vectors.ts';

const MIN_LENGTH = 4;
const LONG_WORD = 6;

export class Speller {
  private readonly vocabulary = new SearchableMap<number>();

  /** `texts`: the course's texts, whose words are the vocabulary; `english`: the word vectors, if loaded. */
  constructor(
    texts: Iterable<string>,
    private readonly english: WordVectors | null,
  ) {
    for (const text of texts) {
      for (const w of tokens(text)) this.vocabulary.set(w, (this.vocabulary.get(w) ?? 0) + 1);
    }
  }

  /** True when the course's texts use this word. */
  knows(word: string): boolean {
    return this.vocabulary.has(word);
  }

  /** The word as the course spells it, or the word itself when it is known, English, or near no course word. */
  word(w: string): string {
    if (w.length < MIN_LENGTH || /\d/.test(w) || this.vocabulary.has(w) || this.english?.get(w)) return w;
    let best = w;
    let bestDistance = Infinity;
    let bestCount = 0;
    for (const [candidate, [count, distance]] of this.vocabulary.fuzzyGet(w, w.length >= LONG_WORD ? 2 : 1)) {
      // a typo keeps the first letter, and two edits are a swap or a slip, not a shorter or longer word
      if (candidate[0] !== w[0] || (distance > 1 && Math.abs(candidate.length - w.length) > 1)) continue;
      if (distance < bestDistance || (distance === bestDistance && count > bestCount)) {
        best = candidate;
        bestDistance = distance;
        bestCount = count;
      }
    }
    return best;
  }

  /** The text's words, each as the course spells it (the featurizer reads ordinals as numbers). */
  correct(text: string): string {
    return tokens(text)
      .map((w) => this.word(w))
      .join(' ');
  }
}
