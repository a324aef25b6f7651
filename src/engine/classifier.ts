// A nearest-neighbour classifier over example questions: each class (a FAQ entry, a kind of private request, a
// declined topic) is known by its examples, and a question goes to the class of its most similar examples.
import type { Featurizer } from './features.ts';
import { type Features, type Sparse } from './features.ts';

export interface Example {
  text: string;
  /** Index of the class this example belongs to. */
  cls: number;
  /**
   * False for examples that stand for a topic rather than a way of asking (off-topic questions): their phrasing
   * ("what is the difference between ...") must not pull in a course question asked the same way.
   */
  form?: boolean;
}

export interface ClassScore {
  cls: number;
  /** The class's score: its examples' similarity, blended with its coverage of the question where it has one. */
  score: number;
  /** Its examples' similarity alone, comparable across every kind of class. */
  knn: number;
}

/**
 * How the three views are blended. Measured by leave-one-out over the shipped course and the CS109A course (see
 * docs/engine.md): words carry most; character n-grams rescue typos and word forms; vectors rescue synonyms.
 */
export interface Blend {
  word: number;
  form: number;
  char: number;
  dense: number;
}
export const DEFAULT_BLEND: Blend = { word: 0.3, form: 0.3, char: 0.1, dense: 0.3 };
/** A class's score is its best example's similarity, with this share taken from its second best. */
const SECOND_WEIGHT = 0.3;

interface Posting {
  example: number;
  weight: number;
}

function buildPostings(vectors: Sparse[], size: number): Posting[][] {
  const postings: Posting[][] = Array.from({ length: size }, () => []);
  vectors.forEach((v, example) => {
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i] as number;
      if (id < size) postings[id]?.push({ example, weight: v.weights[i] ?? 0 });
    }
  });
  return postings;
}

export class Classifier {
  readonly examples: readonly Example[];
  readonly features: Features[];
  private readonly wordPostings: Posting[][];
  private readonly charPostings: Posting[][];
  private readonly formPostings: Posting[][];
  private readonly blend: Blend;
  private readonly classCount: number;
  private readonly wordScratch: Float32Array;
  private readonly charScratch: Float32Array;
  private readonly formScratch: Float32Array;
  private readonly denseScratch: Float32Array;
  /** The examples' sentence vectors as one row-major matrix (zero rows for examples without one). */
  private readonly dense: Float32Array;
  private readonly dims: number;
  private readonly classOf: Int32Array;
  private readonly hasForm: Uint8Array;
  private readonly hasDense: Uint8Array;
  /** Examples left out of every ranking (engine examples that the course itself answers). */
  private readonly disabled: Uint8Array;

  constructor(
    readonly featurizer: Featurizer,
    examples: readonly Example[],
    classCount: number,
    blend: Blend = DEFAULT_BLEND,
  ) {
    this.examples = examples;
    this.classCount = classCount;
    this.features = examples.map((e) => featurizer.featurize(e.text));
    this.wordPostings = buildPostings(
      this.features.map((f) => f.word),
      featurizer.stemCount,
    );
    this.charPostings = buildPostings(
      this.features.map((f) => f.char),
      featurizer.gramCount,
    );
    this.formPostings = buildPostings(
      this.features.map((f, i) =>
        examples[i]?.form === false ? { ids: new Int32Array(0), weights: new Float32Array(0) } : f.form,
      ),
      featurizer.formCount,
    );
    const hasDense = featurizer.vectors !== null;
    this.blend = hasDense
      ? blend
      : { ...blend, word: blend.word + blend.dense * 0.7, char: blend.char + blend.dense * 0.3, dense: 0 };
    this.wordScratch = new Float32Array(examples.length);
    this.charScratch = new Float32Array(examples.length);
    this.formScratch = new Float32Array(examples.length);
    this.denseScratch = new Float32Array(examples.length);
    this.dims = featurizer.vectors?.dims ?? 0;
    this.dense = new Float32Array(examples.length * this.dims);
    this.features.forEach((f, i) => {
      if (f.dense) this.dense.set(f.dense, i * this.dims);
    });
    this.classOf = Int32Array.from(examples, (e) => e.cls);
    this.hasForm = Uint8Array.from(examples, (e) => (e.form === false ? 0 : 1));
    this.hasDense = Uint8Array.from(this.features, (f) => (f.dense ? 1 : 0));
    this.disabled = new Uint8Array(examples.length);
  }

  /** Leaves an example out of every ranking from now on. */
  disable(example: number): void {
    this.disabled[example] = 1;
  }

  isDisabled(example: number): boolean {
    return this.disabled[example] === 1;
  }

  /**
   * Adds a class-level view for classes that have one (FAQ entries): the share of the question's weight that the
   * class's words cover, counting its examples ("about") fully and its answer's words ("mentions") half. It sees
   * words spread over several phrasings, which no single example has.
   */
  setProfiles(profiles: (ReadonlySet<string> | null)[], weight: number): void {
    this.profileWeight = weight;
    this.mentions = profiles;
    this.stemCounts = [];
    this.examples.forEach((e, i) => {
      const counts = (this.stemCounts[e.cls] ??= new Map());
      for (const s of new Set(this.features[i]?.stems ?? [])) counts.set(s, (counts.get(s) ?? 0) + 1);
    });
  }

  private profileWeight = 0;
  private mentions: (ReadonlySet<string> | null)[] = [];
  private stemCounts: Map<string, number>[] = [];

  private coverage(q: Features, cls: number, skip: number): number {
    const counts = this.stemCounts[cls];
    const mentions = this.mentions[cls];
    if (!counts || !mentions) return 0;
    const skipped =
      skip >= 0 && this.examples[skip]?.cls === cls ? new Set(this.features[skip]?.stems ?? []) : null;
    let covered = 0;
    let total = 0;
    for (const s of new Set(q.stems)) {
      const w = this.featurizer.stemWeight(s);
      total += w;
      const n = (counts.get(s) ?? 0) - (skipped?.has(s) ? 1 : 0);
      if (n > 0) covered += w;
      else if (mentions.has(s)) covered += w * 0.5;
    }
    return total > 0 ? covered / total : 0;
  }

  /** Every class's score for the question, best first. `skip` leaves one example out (leave-one-out). */
  rank(q: Features, skip = -1): ClassScore[] {
    this.wordScratch.fill(0);
    this.charScratch.fill(0);
    this.formScratch.fill(0);
    accumulate(q.word, this.wordPostings, this.wordScratch);
    accumulate(q.form, this.formPostings, this.formScratch);
    accumulate(q.char, this.charPostings, this.charScratch);
    const n = this.examples.length;
    const dims = this.dims;
    const qd = q.dense;
    if (qd && dims > 0) {
      const m = this.dense;
      for (let i = 0; i < n; i++) {
        let sum = 0;
        const base = i * dims;
        for (let d = 0; d < dims; d++) sum += (qd[d] as number) * (m[base + d] as number);
        this.denseScratch[i] = sum > 0 ? sum : 0;
      }
    } else this.denseScratch.fill(0);
    const { word: bw, form: bf, char: bc, dense: bd } = this.blend;
    const hasQueryDense = qd !== null && dims > 0;
    const best = new Float32Array(this.classCount).fill(-1);
    const second = new Float32Array(this.classCount).fill(0);
    for (let i = 0; i < n; i++) {
      if (i === skip || this.disabled[i] === 1) continue;
      const cls = this.classOf[i] as number;
      // views an example or the question lacks (no form view, no word with a vector) do not count against it
      const useForm = this.hasForm[i] === 1;
      const useDense = hasQueryDense && this.hasDense[i] === 1;
      const s =
        (bw * (this.wordScratch[i] as number) +
          (useForm ? bf * (this.formScratch[i] as number) : 0) +
          bc * (this.charScratch[i] as number) +
          (useDense ? bd * (this.denseScratch[i] as number) : 0)) /
        (bw + bc + (useForm ? bf : 0) + (useDense ? bd : 0));
      if (s > (best[cls] ?? -1)) {
        second[cls] = Math.max(0, best[cls] ?? 0);
        best[cls] = s;
      } else if (s > (second[cls] ?? 0)) second[cls] = s;
    }
    const out: ClassScore[] = [];
    for (let c = 0; c < this.classCount; c++) {
      const top = best[c] ?? -1;
      // the best example counts most; a second close example of the same class confirms it
      if (top < 0) continue;
      const knn = (1 - SECOND_WEIGHT) * top + SECOND_WEIGHT * (second[c] ?? 0);
      let score = knn;
      if (this.profileWeight > 0 && this.mentions[c]) {
        score = (1 - this.profileWeight) * knn + this.profileWeight * this.coverage(q, c, skip);
      }
      out.push({ cls: c, score, knn });
    }
    return out.sort((a, b) => b.score - a.score);
  }
}

function accumulate(q: Sparse, postings: Posting[][], into: Float32Array): void {
  for (let i = 0; i < q.ids.length; i++) {
    const list = postings[q.ids[i] as number];
    if (!list) continue;
    const w = q.weights[i] ?? 0;
    for (const p of list) into[p.example] = (into[p.example] ?? 0) + w * p.weight;
  }
}
