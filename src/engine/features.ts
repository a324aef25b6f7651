// Turns a text into the three views the classifier compares: word stems (TF-IDF), character n-grams of the words
// (typo and word-form tolerance) and the mean of pre-trained word vectors (meaning beyond shared words).
import { isContentWord, ordinalAsNumber, stem, tokens } from './text.ts';
import { meanVectorWithTerms, type WordVectors } from './vectors.ts';

/** A sparse vector as parallel arrays of feature ids and weights, scaled to unit length. */
export interface Sparse {
  ids: Int32Array;
  weights: Float32Array;
}

export interface Features {
  /** Content words as typed (after synonyms), in order. */
  words: string[];
  /** Their stems, in order. */
  stems: string[];
  word: Sparse;
  /** All words and word pairs, function words included: how a question is put ("can i", "my grade"). */
  form: Sparse;
  char: Sparse;
  dense: Float32Array | null;
  /** The sentence vector as a sum of word vectors (empty without one): see `MeanVector`. */
  denseTerms: readonly { word: string; coef: number }[];
}

const GRAM = 3;

/** Character trigrams of a word with boundary marks ("#exam#" -> "#ex", "exa", "xam", "am#"). */
export function charGrams(word: string): string[] {
  const w = `#${word}#`;
  if (w.length <= GRAM) return [w];
  const out: string[] = [];
  for (let i = 0; i + GRAM <= w.length; i++) out.push(w.slice(i, i + GRAM));
  return out;
}

function toSparse(counts: Map<number, number>): Sparse {
  const ids = Int32Array.from(counts.keys());
  ids.sort();
  const weights = new Float32Array(ids.length);
  let norm = 0;
  ids.forEach((id, i) => {
    const w = counts.get(id) ?? 0;
    weights[i] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / norm;
  return { ids, weights };
}

export interface FeaturizerOptions {
  /** Course synonyms: a word -> the word the content uses for it. */
  synonyms?: ReadonlyMap<string, string>;
  vectors?: WordVectors | null;
  /** Texts per class for the form view's IDF (every class, the engine's own examples included). */
  formTexts?: readonly string[][];
}

/** The form view's features of a text: its words and neighbouring word pairs, function words included. */
export function formFeatures(text: string, synonyms: ReadonlyMap<string, string>): string[] {
  const words = tokens(text).map((t) => ordinalAsNumber(synonyms.get(t) ?? t));
  const out = words.map((w) => stem(w));
  for (let i = 0; i + 1 < words.length; i++) out.push(`${out[i]}_${out[i + 1]}`);
  return out;
}

/**
 * Vocabulary and weights learned from a course's texts: IDF over the classes (a word every entry uses says nothing),
 * and the same for character n-grams. Words never seen in training get the highest weight, since in a question they
 * are usually its subject ("thesis", "calculator"), which the course never mentions.
 */
export class Featurizer {
  private readonly stemIds = new Map<string, number>();
  private readonly gramIds = new Map<string, number>();
  private readonly formIds = new Map<string, number>();
  private formIdf: Float32Array = new Float32Array(0);
  private maxFormIdf = 1;
  private stemIdf: Float32Array = new Float32Array(0);
  private gramIdf: Float32Array = new Float32Array(0);
  private readonly wordIdf = new Map<string, number>();
  private maxIdf = 1;
  private readonly synonyms: ReadonlyMap<string, string>;
  readonly vectors: WordVectors | null;

  constructor(classTexts: readonly string[][], options: FeaturizerOptions = {}) {
    this.synonyms = options.synonyms ?? new Map();
    this.vectors = options.vectors ?? null;
    const stemDf = new Map<string, number>();
    const gramDf = new Map<string, number>();
    const wordDf = new Map<string, number>();
    for (const texts of classTexts) {
      const stems = new Set<string>();
      const grams = new Set<string>();
      const words = new Set<string>();
      for (const t of texts) {
        for (const w of this.contentWords(t)) {
          words.add(w);
          stems.add(stem(w));
          for (const g of charGrams(w)) grams.add(g);
        }
      }
      for (const s of stems) stemDf.set(s, (stemDf.get(s) ?? 0) + 1);
      for (const g of grams) gramDf.set(g, (gramDf.get(g) ?? 0) + 1);
      for (const w of words) wordDf.set(w, (wordDf.get(w) ?? 0) + 1);
    }
    const n = Math.max(1, classTexts.length);
    const idf = (df: number): number => Math.log(1 + n / df);
    this.maxIdf = idf(1);
    this.stemIdf = new Float32Array(stemDf.size);
    for (const [s, df] of stemDf) {
      const id = this.stemIds.size;
      this.stemIds.set(s, id);
      this.stemIdf[id] = idf(df);
    }
    this.gramIdf = new Float32Array(gramDf.size);
    for (const [g, df] of gramDf) {
      const id = this.gramIds.size;
      this.gramIds.set(g, id);
      this.gramIdf[id] = idf(df);
    }
    for (const [w, df] of wordDf) this.wordIdf.set(w, idf(df));
    const formTexts = options.formTexts ?? classTexts;
    const formDf = new Map<string, number>();
    for (const texts of formTexts) {
      const feats = new Set<string>();
      for (const t of texts) for (const f of formFeatures(t, this.synonyms)) feats.add(f);
      for (const f of feats) formDf.set(f, (formDf.get(f) ?? 0) + 1);
    }
    const m = Math.max(1, formTexts.length);
    this.maxFormIdf = Math.log(1 + m);
    this.formIdf = new Float32Array(formDf.size);
    for (const [f, df] of formDf) {
      const id = this.formIds.size;
      this.formIds.set(f, id);
      this.formIdf[id] = Math.log(1 + m / df);
    }
  }

  get formCount(): number {
    return this.formIds.size;
  }

  get stemCount(): number {
    return this.stemIds.size;
  }

  get gramCount(): number {
    return this.gramIds.size;
  }

  /** The content words of a text, with the course's synonyms applied. */
  contentWords(text: string): string[] {
    const out: string[] = [];
    for (const t of tokens(text)) {
      // (ordinals as numbers, in questions and phrasings alike: "the third assignment" is "the 3 assignment")
      const w = ordinalAsNumber(this.synonyms.get(t) ?? t);
      if (isContentWord(w)) out.push(w);
    }
    return out;
  }

  knowsStem(s: string): boolean {
    return this.stemIds.has(s);
  }

  /** IDF of a stem; unknown stems weigh as the rarest known ones. */
  stemWeight(s: string): number {
    const id = this.stemIds.get(s);
    return id === undefined ? this.maxIdf : (this.stemIdf[id] ?? this.maxIdf);
  }

  featurize(text: string): Features {
    const words = this.contentWords(text);
    const stems = words.map(stem);
    const wordCounts = new Map<number, number>();
    const charCounts = new Map<number, number>();
    // Unknown stems and grams still count in the vector's length (so they lower every similarity), under ids
    // past the vocabulary that no class has.
    let nextUnknown = this.stemIds.size;
    let nextUnknownGram = this.gramIds.size;
    const seenUnknown = new Map<string, number>();
    for (const s of stems) {
      let id = this.stemIds.get(s);
      let w: number;
      if (id === undefined) {
        id = seenUnknown.get(s);
        if (id === undefined) {
          id = nextUnknown++;
          seenUnknown.set(s, id);
        }
        w = this.maxIdf;
      } else w = this.stemIdf[id] ?? 0;
      wordCounts.set(id, (wordCounts.get(id) ?? 0) + w);
    }
    for (const word of words) {
      for (const g of charGrams(word)) {
        const id = this.gramIds.get(g);
        if (id === undefined) charCounts.set(nextUnknownGram++, this.maxIdf);
        else charCounts.set(id, (charCounts.get(id) ?? 0) + (this.gramIdf[id] ?? 0));
      }
    }
    const formCounts = new Map<number, number>();
    let nextUnknownForm = this.formIds.size;
    for (const f of formFeatures(text, this.synonyms)) {
      const id = this.formIds.get(f);
      if (id === undefined) formCounts.set(nextUnknownForm++, this.maxFormIdf);
      else formCounts.set(id, (formCounts.get(id) ?? 0) + (this.formIdf[id] ?? 0));
    }
    const mean = this.vectors
      ? meanVectorWithTerms(this.vectors, words, (w) => this.wordIdf.get(w) ?? this.maxIdf)
      : null;
    return {
      words,
      stems,
      word: toSparse(wordCounts),
      form: toSparse(formCounts),
      char: toSparse(charCounts),
      dense: mean?.vector ?? null,
      denseTerms: mean?.terms ?? [],
    };
  }
}
