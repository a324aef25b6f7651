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

/** A classifier trained on the examples (softmax.ts), whose probabilities are blended into the class scores. */
export interface TrainedProbabilities {
  /** The question's probability for each class, into `out`. */
  probabilities(f: Features, out: Float64Array): Float64Array;
  /** Each example's probabilities from a model that did not see it: example i's at i x classes. */
  heldOut: Float32Array;
  /** The probability's share of a class's score. */
  weight: number;
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
export const SECOND_WEIGHT = 0.3;

/**
 * An inverted index of one view: for each feature id, the examples that have it and their weights, as flat typed
 * arrays (a question only touches the examples that share one of its features).
 */
interface Postings {
  /** The postings of feature id f are at [start[f], start[f + 1]). */
  start: Int32Array;
  example: Int32Array;
  weight: Float32Array;
}

function buildPostings(vectors: Sparse[], size: number): Postings {
  const start = new Int32Array(size + 1);
  for (const v of vectors)
    for (const id of v.ids) if (id < size) start[id + 1] = (start[id + 1] as number) + 1;
  for (let f = 0; f < size; f++) start[f + 1] = (start[f + 1] as number) + (start[f] as number);
  const fill = start.slice(0, size);
  const example = new Int32Array(start[size] as number);
  const weight = new Float32Array(example.length);
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      if (id >= size) continue;
      const at = fill[id] as number;
      fill[id] = at + 1;
      example[at] = i;
      weight[at] = v.weights[k] as number;
    }
  });
  return { start, example, weight };
}

/** Adds the question's weight times each posting's weight to the examples that share a feature with it. */
function accumulate(q: Sparse, postings: Postings, into: Float32Array): void {
  const { start, example, weight } = postings;
  const size = start.length - 1;
  for (let k = 0; k < q.ids.length; k++) {
    const id = q.ids[k] as number;
    if (id >= size) continue;
    const w = q.weights[k] as number;
    const end = start[id + 1] as number;
    for (let p = start[id] as number; p < end; p++) {
      const e = example[p] as number;
      into[e] = (into[e] as number) + w * (weight[p] as number);
    }
  }
}

/**
 * The examples' sentence vectors as sums of word vectors: each example's vector is a weighted sum of the vectors of
 * its words over its length, so its product with a question's vector is the same sum of the question's products
 * with those words. A course's examples share a few thousand words, so a question costs one product per word (100
 * dimensions each) and a few additions per example, instead of one product per example.
 */
class DenseTerms {
  /** The words' vectors, one word after another. */
  private readonly vectors: Float32Array;
  private readonly wordCount: number;
  /** Example i's terms are start[i] to start[i + 1]: the word of each and its coefficient. */
  private readonly start: Int32Array;
  private readonly word: Int32Array;
  private readonly coef: Float64Array;
  private readonly products: Float64Array;

  constructor(
    private readonly dims: number,
    terms: readonly (readonly { word: string; coef: number }[])[],
    vectorOf: (word: string) => Int8Array | undefined,
  ) {
    const ids = new Map<string, number>();
    for (const list of terms) for (const t of list) if (!ids.has(t.word)) ids.set(t.word, ids.size);
    this.wordCount = ids.size;
    this.vectors = new Float32Array(ids.size * dims);
    for (const [w, id] of ids) {
      const v = vectorOf(w);
      if (v) for (let d = 0; d < dims; d++) this.vectors[id * dims + d] = v[d] as number;
    }
    this.start = new Int32Array(terms.length + 1);
    const total = terms.reduce((n, list) => n + list.length, 0);
    this.word = new Int32Array(total);
    this.coef = new Float64Array(total);
    let at = 0;
    terms.forEach((list, i) => {
      this.start[i] = at;
      for (const t of list) {
        this.word[at] = ids.get(t.word) as number;
        this.coef[at] = t.coef;
        at++;
      }
    });
    this.start[terms.length] = at;
    this.products = new Float64Array(ids.size);
  }

  /** Each example's product with the question's vector, into `sums`. */
  productsWith(q: Float32Array, sums: Float64Array): void {
    const { dims, vectors, products } = this;
    // (four terms a step, added in the same order as one at a time: the same sums, a third faster)
    const four = dims - (dims % 4);
    for (let w = 0; w < this.wordCount; w++) {
      const b = w * dims;
      let s = 0;
      let d = 0;
      for (; d < four; d += 4) {
        s += (q[d] as number) * (vectors[b + d] as number);
        s += (q[d + 1] as number) * (vectors[b + d + 1] as number);
        s += (q[d + 2] as number) * (vectors[b + d + 2] as number);
        s += (q[d + 3] as number) * (vectors[b + d + 3] as number);
      }
      for (; d < dims; d++) s += (q[d] as number) * (vectors[b + d] as number);
      products[w] = s;
    }
    const { start, word, coef } = this;
    for (let i = 0; i < sums.length; i++) {
      let s = 0;
      for (let p = start[i] as number, end = start[i + 1] as number; p < end; p++) {
        s += (coef[p] as number) * (products[word[p] as number] as number);
      }
      sums[i] = s;
    }
  }
}

/** The stems of a class's examples and answer, inverted: for each stem, the classes that use it. */
interface StemClasses {
  /** Classes with an example that has the stem. */
  about: number[];
  /** Classes whose answer mentions the stem and none of whose examples has it. */
  mentions: number[];
}

export class Classifier {
  readonly examples: readonly Example[];
  readonly features: Features[];
  private readonly wordPostings: Postings;
  private readonly charPostings: Postings;
  private readonly formPostings: Postings;
  private readonly blend: Blend;
  private readonly classCount: number;
  private readonly wordScratch: Float32Array;
  private readonly charScratch: Float32Array;
  private readonly formScratch: Float32Array;
  /** The question's dot product with each example's sentence vector, summed dimension by dimension. */
  private readonly denseSums: Float64Array;
  private readonly best: Float32Array;
  private readonly second: Float32Array;
  private readonly covered: Float64Array;
  private readonly byScore: ScoreSorter;
  /** Each class's score object, reused by every ranking. */
  private readonly scores: ClassScore[] = [];
  /** The score objects of one ranking, in class order (its first entries; reused by every ranking). */
  private readonly scored: ClassScore[] = [];
  /** The examples' sentence vectors, as sums of word vectors. */
  private readonly dense: DenseTerms | null;
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
    const n = examples.length;
    this.wordScratch = new Float32Array(n);
    this.charScratch = new Float32Array(n);
    this.formScratch = new Float32Array(n);
    this.denseSums = new Float64Array(n);
    this.best = new Float32Array(classCount);
    this.second = new Float32Array(classCount);
    this.covered = new Float64Array(classCount);
    this.byScore = new ScoreSorter(classCount);
    const vectors = featurizer.vectors;
    this.dense = vectors
      ? new DenseTerms(
          vectors.dims,
          this.features.map((f) => f.denseTerms),
          (w) => vectors.get(w),
        )
      : null;
    this.classOf = Int32Array.from(examples, (e) => e.cls);
    this.hasForm = Uint8Array.from(examples, (e) => (e.form === false ? 0 : 1));
    this.hasDense = Uint8Array.from(this.features, (f) => (f.dense ? 1 : 0));
    this.disabled = new Uint8Array(n);
    this.trainedRow = new Float64Array(classCount);
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
    this.stemClasses = new Map();
    const entry = (s: string): StemClasses => {
      let found = this.stemClasses.get(s);
      if (!found) {
        found = { about: [], mentions: [] };
        this.stemClasses.set(s, found);
      }
      return found;
    };
    profiles.forEach((mentions, cls) => {
      const counts = this.stemCounts[cls];
      if (!mentions || !counts) return;
      for (const s of counts.keys()) entry(s).about.push(cls);
      for (const s of mentions) if (!counts.has(s)) entry(s).mentions.push(cls);
    });
  }

  private profileWeight = 0;
  private trained: TrainedProbabilities | null = null;
  private readonly trainedRow: Float64Array;

  /**
   * Blends a trained classifier's probabilities into every class's score, with the given weight: each example left
   * out (`rank(q, skip)`) is given its held-out probabilities.
   */
  useTrained(trained: TrainedProbabilities): void {
    this.trained = trained;
  }
  private mentions: (ReadonlySet<string> | null)[] = [];
  private stemCounts: Map<string, number>[] = [];
  private stemClasses = new Map<string, StemClasses>();

  /** One class's coverage of the question, with the words of example `skip` left out when it is of this class. */
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

  /**
   * Every class's coverage of the question at once, into `this.covered` (as `coverage` computes it, adding the same
   * terms in the same order), through the classes that use each of the question's stems; returns the total weight.
   */
  private coverAll(q: Features, skipCls: number): number {
    const covered = this.covered;
    covered.fill(0);
    let total = 0;
    for (const s of new Set(q.stems)) {
      const w = this.featurizer.stemWeight(s);
      total += w;
      const users = this.stemClasses.get(s);
      if (!users) continue;
      for (const c of users.about) if (c !== skipCls) covered[c] = (covered[c] as number) + w;
      for (const c of users.mentions) if (c !== skipCls) covered[c] = (covered[c] as number) + w * 0.5;
    }
    return total;
  }

  /**
   * Every class's score for the question, best first. `skip` leaves one example out (leave-one-out). The list and its
   * objects are this classifier's own and are overwritten by the next ranking: read what you need from them before
   * ranking again (at 1,000 entries, fresh objects and lists were most of a question's garbage, and collecting it
   * made the slowest questions).
   */
  rank(q: Features, skip = -1): ClassScore[] {
    const n = this.examples.length;
    const word = this.wordScratch;
    const char = this.charScratch;
    const form = this.formScratch;
    word.fill(0);
    char.fill(0);
    form.fill(0);
    accumulate(q.word, this.wordPostings, word);
    accumulate(q.form, this.formPostings, form);
    accumulate(q.char, this.charPostings, char);
    const qd = q.dense;
    const hasQueryDense = qd !== null && this.dense !== null;
    const sums = this.denseSums;
    if (hasQueryDense) this.dense.productsWith(qd, sums);
    const { word: bw, form: bf, char: bc, dense: bd } = this.blend;
    const best = this.best.fill(-1);
    const second = this.second.fill(0);
    for (let i = 0; i < n; i++) {
      if (i === skip || this.disabled[i] === 1) continue;
      const cls = this.classOf[i] as number;
      // views an example or the question lacks (no form view, no word with a vector) do not count against it
      const useForm = this.hasForm[i] === 1;
      const useDense = hasQueryDense && this.hasDense[i] === 1;
      const sum = sums[i] as number;
      const dense = Math.fround(sum > 0 ? sum : 0);
      const s =
        (bw * (word[i] as number) +
          (useForm ? bf * (form[i] as number) : 0) +
          bc * (char[i] as number) +
          (useDense ? bd * dense : 0)) /
        (bw + bc + (useForm ? bf : 0) + (useDense ? bd : 0));
      const top = best[cls] as number;
      if (s > top) {
        second[cls] = Math.max(0, top);
        best[cls] = s;
      } else if (s > (second[cls] as number)) second[cls] = s;
    }
    const profiled = this.profileWeight > 0;
    const skipCls = skip >= 0 ? (this.classOf[skip] ?? -1) : -1;
    const total = profiled ? this.coverAll(q, skipCls) : 0;
    const scored = this.scored;
    let count = 0;
    const trained = this.trained;
    const row = this.trainedRow;
    if (trained) {
      if (skip >= 0) row.set(trained.heldOut.subarray(skip * this.classCount, (skip + 1) * this.classCount));
      else trained.probabilities(q, row);
    }
    for (let c = 0; c < this.classCount; c++) {
      const top = best[c] as number;
      // the best example counts most; a second close example of the same class confirms it
      if (top < 0) continue;
      const knn = (1 - SECOND_WEIGHT) * top + SECOND_WEIGHT * (second[c] as number);
      let score = knn;
      if (profiled && this.mentions[c]) {
        const coverage =
          c === skipCls ? this.coverage(q, c, skip) : total > 0 ? (this.covered[c] as number) / total : 0;
        score = (1 - this.profileWeight) * knn + this.profileWeight * coverage;
      }
      if (trained) score = (1 - trained.weight) * score + trained.weight * (row[c] as number);
      const r = (this.scores[c] ??= { cls: c, score: 0, knn: 0 });
      r.score = score;
      r.knn = knn;
      scored[count++] = r;
    }
    return this.byScore.sort(scored, count);
  }
}

/** Which 32-bit half of a float64 holds its low bytes on this machine. */
const LOW_WORD = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH_WORD = 1 - LOW_WORD;

/**
 * Sorts class scores best first, equal scores in their given order: the order a stable sort by descending score
 * gives, by a radix sort on the scores' bits (the bits of a non-negative double order as its value does). A
 * comparator sort of a thousand classes cost more than the rest of a ranking.
 */
export class ScoreSorter {
  private readonly keys: Float64Array;
  private readonly words: Uint32Array;
  private readonly order: Int32Array;
  private readonly spare: Int32Array;
  private readonly count = new Int32Array(257);

  constructor(size: number) {
    this.keys = new Float64Array(size);
    this.words = new Uint32Array(this.keys.buffer);
    this.order = new Int32Array(size);
    this.spare = new Int32Array(size);
  }

  /** The sorted list, reused by every sort. */
  private readonly out: ClassScore[] = [];

  /** The first `n` of `scored`, best first, in a list that is overwritten by the next sort. */
  sort(scored: readonly ClassScore[], n = scored.length): ClassScore[] {
    const { keys, words, count } = this;
    // (+ 0 makes a -0 a 0: they are equal scores)
    for (let i = 0; i < n; i++) keys[i] = (scored[i] as ClassScore).score + 0;
    let from = this.order;
    let to = this.spare;
    for (let i = 0; i < n; i++) from[i] = i;
    // Least significant byte first, over the high 32 bits (sign, exponent and the top of the mantissa) only; each
    // pass is stable, and a byte every key shares is skipped. Bucket 255 - byte, so that larger scores come first.
    for (let byte = 4; byte < 8; byte++) {
      const shift = (byte & 3) * 8;
      count.fill(0);
      for (let i = 0; i < n; i++) {
        const b = 256 - (((words[2 * (from[i] as number) + HIGH_WORD] as number) >>> shift) & 255);
        count[b] = (count[b] as number) + 1;
      }
      let shared = false;
      for (let b = 1; b <= 256; b++) {
        if (count[b] === n) shared = true;
        count[b] = (count[b] as number) + (count[b - 1] as number);
      }
      if (shared) continue;
      for (let i = 0; i < n; i++) {
        const k = from[i] as number;
        const b = 255 - (((words[2 * k + HIGH_WORD] as number) >>> shift) & 255);
        const at = count[b] as number;
        count[b] = at + 1;
        to[at] = k;
      }
      [from, to] = [to, from];
    }
    // Keys whose high halves are equal (equal keys, or keys that differ in the last millionth) are in their given
    // order; sorting each such run by the low half puts them where a sort on all 64 bits would, keeping equal keys
    // in order.
    const low = (k: number): number => words[2 * k + LOW_WORD] as number;
    for (let a = 0; a < n;) {
      const high = words[2 * (from[a] as number) + HIGH_WORD] as number;
      let b = a + 1;
      while (b < n && words[2 * (from[b] as number) + HIGH_WORD] === high) b++;
      // (a run already in order, as one of equal keys is, stays as it is: classes a question shares no word with
      // often score exactly alike, and copying and sorting their run was most of the garbage a question made)
      let ordered = true;
      for (let i = a + 1; i < b && ordered; i++)
        ordered = low(from[i] as number) <= low(from[i - 1] as number);
      if (!ordered) {
        // (Array.prototype.sort is stable)
        const run = Array.from(from.subarray(a, b)).sort((x, y) => low(y) - low(x));
        from.set(run, a);
      }
      a = b;
    }
    const out = this.out;
    if (out.length !== n) out.length = n;
    for (let i = 0; i < n; i++) out[i] = scored[from[i] as number] as ClassScore;
    return out;
  }
}
