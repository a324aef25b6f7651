// A softmax classifier over the course's classes (FAQ entries, kinds of private request, declined and off-topic
// questions), trained at load time on their examples: a linear model over the words (stems) and the words and word
// pairs (form view) of each example. The nearest-neighbour classifier judges a question by its single closest
// examples; this model weighs every feature against every class at once, so it learns which words tell one entry
// from its neighbours and which say nothing (Rasa's FAQ pipeline trains a classifier the same way). Its probabilities
// are blended into the class scores (see classifier.ts).
//
// Written here rather than taken from a library, like the request gate: a few dozen lines of plain SGD over the
// sparse features the engine already computes.
import type { Features, Sparse } from './features.ts';
import { foldsOf, visitOrder } from './visit-order.ts';

export interface SoftmaxExample {
  features: Features;
  cls: number;
  /** Its text's key (textKey): where SGD visits it and which fold holds it out. */
  key: number;
}

/** The sizes of the views the model reads (feature ids at or past a view's size are words the course never uses). */
export interface ViewSizes {
  word: number;
  form: number;
}

/** Passes over the examples; more measured the same on the tuning sets (docs/engine.md). */
const EPOCHS = 8;
const LEARNING_RATE = 0.5;
/** Folds for the held-out probabilities that calibrate the thresholds. */
const FOLDS = 4;
/** No class's examples count more than this many times an average one (a class of one example would step wildly). */
const MAX_CLASS_WEIGHT = 4;

/** Each text's views as (feature id, value) pairs over one space (stems first, then form features), row by row. */
interface Rows {
  start: Int32Array;
  ids: Int32Array;
  values: Float32Array;
}

function rowsOf(features: readonly Features[], sizes: ViewSizes): Rows {
  const ids: number[] = [];
  const values: number[] = [];
  const start = new Int32Array(features.length + 1);
  const put = (s: Sparse, size: number, offset: number): void => {
    for (let k = 0; k < s.ids.length; k++) {
      const id = s.ids[k] as number;
      if (id >= size) continue;
      ids.push(offset + id);
      values.push(s.weights[k] as number);
    }
  };
  features.forEach((f, i) => {
    put(f.word, sizes.word, 0);
    put(f.form, sizes.form, sizes.word);
    start[i + 1] = ids.length;
  });
  return { start, ids: Int32Array.from(ids), values: Float32Array.from(values) };
}

export class Softmax {
  private readonly z: Float64Array;

  /** A model from its weights (`train` learns them; a saved model is read back with them). */
  constructor(
    private readonly sizes: ViewSizes,
    private readonly classes: number,
    /** Weights, feature by feature: the weight of feature f for class c is at f x classes + c. */
    readonly weights: Float32Array,
    readonly bias: Float64Array,
  ) {
    this.z = new Float64Array(classes);
  }

  /** A model trained on the examples (plain SGD; each class counts as much as any other). */
  static train(sizes: ViewSizes, classes: number, examples: readonly SoftmaxExample[], run = 0): Softmax {
    const C = classes;
    const model = new Softmax(sizes, C, new Float32Array((sizes.word + sizes.form) * C), new Float64Array(C));
    const { start, ids, values } = rowsOf(
      examples.map((e) => e.features),
      sizes,
    );
    const labels = Int32Array.from(examples, (e) => e.cls);
    const keys = examples.map((e) => e.key);
    // each class counts as much as any other, however many examples it has: the engine's off-topic and request
    // examples far outnumber an entry's phrasings
    const counts = new Float64Array(C);
    for (const y of labels) counts[y] = (counts[y] as number) + 1;
    const present = counts.filter((n) => n > 0).length;
    const classWeight = Float64Array.from(counts, (n) =>
      n > 0 ? Math.min(MAX_CLASS_WEIGHT, examples.length / (present * n)) : 0,
    );
    const w = model.weights;
    const bias = model.bias;
    const grad = new Float64Array(C);
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      const rate = LEARNING_RATE / (1 + epoch * 0.3);
      const order = visitOrder(keys, 11 + epoch, run);
      for (let o = 0; o < order.length; o++) {
        const i = order[o] as number;
        const from = start[i] as number;
        const to = start[i + 1] as number;
        const y = labels[i] as number;
        const p = model.forward(ids, values, from, to);
        const step = rate * (classWeight[y] as number);
        for (let c = 0; c < C; c++) {
          const g = ((p[c] as number) - (c === y ? 1 : 0)) * step;
          grad[c] = g;
          bias[c] = (bias[c] as number) - g;
        }
        for (let k = from; k < to; k++) {
          const base = (ids[k] as number) * C;
          const v = values[k] as number;
          for (let c = 0; c < C; c++) w[base + c] = (w[base + c] as number) - (grad[c] as number) * v;
        }
      }
    }
    return model;
  }

  /** The class probabilities of one row, in this model's scratch array. */
  private forward(ids: Int32Array, values: Float32Array, from: number, to: number): Float64Array {
    const C = this.classes;
    const z = this.z;
    const w = this.weights;
    for (let c = 0; c < C; c++) z[c] = this.bias[c] as number;
    for (let k = from; k < to; k++) {
      const base = (ids[k] as number) * C;
      const v = values[k] as number;
      for (let c = 0; c < C; c++) z[c] = (z[c] as number) + v * (w[base + c] as number);
    }
    let max = -Infinity;
    for (let c = 0; c < C; c++) if ((z[c] as number) > max) max = z[c] as number;
    let sum = 0;
    for (let c = 0; c < C; c++) {
      const e = Math.exp((z[c] as number) - max);
      z[c] = e;
      sum += e;
    }
    for (let c = 0; c < C; c++) z[c] = (z[c] as number) / sum;
    return z;
  }

  /** The question's probability for each class, into `out`. */
  probabilities(f: Features, out: Float64Array): Float64Array {
    const r = rowsOf([f], this.sizes);
    out.set(this.forward(r.ids, r.values, 0, r.ids.length));
    return out;
  }
}

/**
 * Each example's class probabilities from a model trained without its fold (k-fold cross-validation), row by row
 * (example i's at i x classes): what the model would say of questions it has not seen, for calibrating the
 * thresholds and for leave-one-out evaluation.
 */
export function outOfFoldProbabilities(
  sizes: ViewSizes,
  classes: number,
  examples: readonly SoftmaxExample[],
  folds = FOLDS,
  run = 0,
): Float32Array {
  const out = new Float32Array(examples.length * classes);
  const row = new Float64Array(classes);
  const foldOfExample = foldsOf(
    examples.map((e) => ({ key: e.key, group: e.cls })),
    folds,
  );
  for (let fold = 0; fold < folds; fold++) {
    const model = Softmax.train(
      sizes,
      classes,
      examples.filter((_, i) => foldOfExample[i] !== fold),
      run,
    );
    examples.forEach((e, i) => {
      if (foldOfExample[i] !== fold) return;
      model.probabilities(e.features, row);
      out.set(row, i * classes);
    });
  }
  return out;
}
