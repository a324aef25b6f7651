// Typo tolerance: an unknown query word is mapped to the closest word of the FAQ's own vocabulary with fuse.js.
import Fuse from 'fuse.js';

/** A word is only corrected when fuse.js scores the match at or below this (0 = exact, 1 = anything). */
const MAX_TYPO_SCORE = 0.34;
const CACHE_LIMIT = 5000;

export interface TypoCorrector {
  /** The vocabulary word closest to `word`, or null when nothing is close enough. */
  correct(word: string): string | null;
}

const FUSE_OPTIONS = {
  includeScore: true,
  // Defaults score a match by its position (location 0, distance 100); a word's typo can be anywhere in it.
  ignoreLocation: true,
  threshold: MAX_TYPO_SCORE,
  minMatchCharLength: 3,
  // The field-length norm would favour short vocabulary words over the right one.
  ignoreFieldNorm: true,
  shouldSort: true,
};

export function createTypoCorrector(
  vocabulary: Iterable<string>,
  exclude: ReadonlySet<string>,
): TypoCorrector {
  // Only words of 4+ letters: shorter ones are too easily "corrected" into something else entirely.
  // Never "correct" into a short stopword: "thesis" is not a typo of "these" (but "cousre" is one of "course").
  const all = [...new Set(vocabulary)];
  const words = all.filter((w) => w.length >= 4 && /^[a-z]+$/.test(w) && !(w.length < 6 && exclude.has(w)));
  // One small fuse.js index per first letter: a typo rarely hits the first letter, and searching ~1/20th of the
  // vocabulary keeps a cold correction well under a millisecond on a 1,000-entry FAQ.
  const byLetter = new Map<string, string[]>();
  for (const w of words) {
    const list = byLetter.get(w[0] as string);
    if (list) list.push(w);
    else byLetter.set(w[0] as string, [w]);
  }
  const indexes = new Map<string, Fuse<string>>();
  const fuseFor = (letter: string): Fuse<string> | undefined => {
    let fuse = indexes.get(letter);
    const list = byLetter.get(letter);
    if (!fuse && list) {
      fuse = new Fuse(list, FUSE_OPTIONS);
      indexes.set(letter, fuse);
    }
    return fuse;
  };
  const known = new Set(all.filter((w) => w.length >= 3));
  const cache = new Map<string, string | null>();
  return {
    correct(word) {
      const cached = cache.get(word);
      if (cached !== undefined) return cached;
      let best: string | null = stuckKey(word, known);
      const fuse = best === null ? fuseFor(word[0] ?? '') : undefined;
      if (fuse && word.length >= 4 && /^[a-z]+$/.test(word)) {
        // fuse.js ranks by bitap score; among its candidates the fewest edits wins ("tepmlate" is one swap from
        // "template" but two letters from "teammate").
        let bestDistance = Infinity;
        // (fuse.js gives many candidates the same score: "papr" ties with "part" and a dozen more p-words)
        for (const hit of fuse.search(word, { limit: 32 })) {
          const distance = typoDistance(word, hit.item);
          if (distance < bestDistance) {
            best = hit.item;
            bestDistance = distance;
          }
        }
      }
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, best);
      return best;
    },
  };
}

/**
 * A key held down too long ("boook", "bigg", "weeek"): the word with one repeated letter fewer, when that is a
 * known word. Checked before fuse.js, which sees "boook" as far from "book" as from "block".
 */
function stuckKey(word: string, known: ReadonlySet<string>): string | null {
  for (let i = 1; i < word.length; i++) {
    if (word[i] !== word[i - 1]) continue;
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (known.has(shorter)) return shorter;
    const shortest = shorter.replace(/(.)\1+/g, '$1$1');
    if (shortest !== shorter && known.has(shortest)) return shortest;
  }
  return null;
}

/**
 * fuse.js proposes candidates; this keeps only real typos. Short words may differ by one swapped or replaced
 * letter ("exma", "quiz" stays "quiz"), longer ones by two edits ("penatly", "lecutres"), so that an unknown
 * word such as "resit" is not turned into the known word "rest".
 */
export function isTypo(word: string, known: string): boolean {
  return typoDistance(word, known) < Infinity;
}

/** The edit distance when `known` is a plausible typo fix of `word`, otherwise Infinity. */
function typoDistance(word: string, known: string): number {
  if (word[0] !== known[0]) return Infinity;
  const distance = editDistance(word, known);
  // A short word with one letter dropped is a typo of the longer one ("grups", "wach", "sigup"); one with a letter
  // more is often another word ("resit" is not "rest").
  if (word.length < 6 && known.length === word.length + 1) return distance <= 1 ? distance : Infinity;
  // A four-letter word one letter away from a known one is as often another word ("hall" and "half", "wall"
  // and "walk") as a typo of it: only a swap of two letters counts ("exma").
  if (word.length < 5)
    return word.length === known.length && distance <= 1 && isSwap(word, known) ? 1 : Infinity;
  if (word.length < 6) return word.length === known.length && distance <= 1 ? distance : Infinity;
  if (word.length < 8) return distance <= 1 ? distance : Infinity;
  // "calculator" -> "calculated", "calculators" -> "calculations" differ only in their endings: another word,
  // not a typo (a typo near the end is usually one swap or one letter: "assignmnet", "submision").
  let common = 0;
  while (common < word.length && word[common] === known[common]) common++;
  if (distance >= 2 && common >= Math.min(word.length, known.length) - 4) return Infinity;
  return distance <= 2 ? distance : Infinity;
}

/** True when `b` is `a` with two adjacent letters swapped. */
function isSwap(a: string, b: string): boolean {
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = d;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}
