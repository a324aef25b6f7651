// Tells a private request ("can you check my grade", "sick, missed the deadline") from a question about the course,
// learned at load time: a logistic regression over how the question is put (its words and word pairs, function
// words included: "can you", "my grade") and its meaning (the mean word vector), trained on the engine's
// and the course's request examples against the course's own phrasings and the engine's off-topic questions. A
// nearest-neighbour vote alone lets a request's subject ("assignment 3") outvote its intent; a linear model learns
// which words carry the intent from every example at once.
//
// Written here rather than taken from a library: it is a few dozen lines of plain SGD over the sparse features the
// engine already computes, and the libraries that offer it bring dense-matrix stacks far larger than the model.
import type { Features } from './features.ts';
import { foldsOf, visitOrder } from './visit-order.ts';

export interface GateExample {
  features: Features;
  /** 1 for a private request, 0 for anything else. */
  label: 0 | 1;
  /** Its text's key (textKey): where SGD visits it and which fold holds it out. */
  key: number;
  /** Its class (-1 for the engine's general questions): folds are spread within each. */
  group: number;
}

export interface Gate {
  /** The probability that a question is a private request. */
  probability(features: Features): number;
}

/** What a trained gate learned: enough to make the same gate again without training (see model-cache.ts). */
export interface GateWeights {
  /** One weight per form feature. */
  sparse: Float64Array;
  /** One weight per word-vector dimension. */
  dense: Float64Array;
  bias: number;
}

/** The gate these weights make. */
export function gateFrom(weights: GateWeights): Gate & { weights: GateWeights } {
  const { sparse, dense, bias } = weights;
  return {
    weights,
    probability: (f) => sigmoid(scoreOf(f, sparse, dense, bias, sparse.length, dense.length)),
  };
}

const EPOCHS = 30;
/**
 * The gate is the mean of the weights after each of the last AVERAGED passes, not the weights after the last one
 * (tail averaging). The last weights depend on the last few examples SGD happened to visit, so one phrasing added to
 * or taken from a course reshuffled them, moved the gate's threshold and changed unrelated replies. With the mean, a
 * quarter fewer of this course's replies change per edit, and as many are right (`npm run eval -- --stability`,
 * docs/engine.md).
 */
const AVERAGED = 10;
const LEARNING_RATE = 0.5;
/** L2 penalty per step: keeps rare words from deciding alone. */
const L2 = 1e-4;
/** The dense view's share beside the sparse one (both are unit-length vectors). */
const DENSE_SCALE = 1;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function scoreOf(
  f: Features,
  sparse: Float64Array,
  dense: Float64Array,
  bias: number,
  formCount: number,
  dims: number,
): number {
  let z = bias;
  const { ids, weights } = f.form;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    if (id < formCount) z += (sparse[id] as number) * (weights[k] as number);
  }
  const fd = f.dense;
  if (fd && dims > 0)
    for (let d = 0; d < dims; d++) z += (dense[d] as number) * (fd[d] as number) * DENSE_SCALE;
  return z;
}

export function trainGate(
  examples: readonly GateExample[],
  formCount: number,
  dims: number,
  run = 0,
): Gate & { weights: GateWeights } {
  const sparse = new Float64Array(formCount);
  const dense = new Float64Array(dims);
  // (the bias in a typed array, like the weights: a number captured and reassigned in the loop is slower)
  const state = new Float64Array(1);
  const positives = examples.reduce((n, e) => n + e.label, 0);
  const negatives = examples.length - positives;
  // each side counts as much as the other, however many examples it has
  const classWeight = [
    negatives > 0 ? examples.length / (2 * negatives) : 0,
    positives > 0 ? examples.length / (2 * positives) : 0,
  ];
  // (the sums of the weights after each averaged pass)
  const sumSparse = new Float64Array(formCount);
  const sumDense = new Float64Array(dims);
  let sumBias = 0;
  const keys = examples.map((e) => e.key);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = LEARNING_RATE / (1 + epoch * 0.2);
    for (const i of visitOrder(keys, 7 + epoch, run)) {
      const e = examples[i] as GateExample;
      const g =
        (sigmoid(scoreOf(e.features, sparse, dense, state[0] as number, formCount, dims)) - e.label) *
        (classWeight[e.label] as number) *
        rate;
      state[0] = (state[0] as number) - g;
      const { ids, weights } = e.features.form;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as number;
        if (id >= formCount) continue;
        sparse[id] = (sparse[id] as number) * (1 - L2) - g * (weights[k] as number);
      }
      const fd = e.features.dense;
      if (fd && dims > 0) {
        for (let d = 0; d < dims; d++) {
          dense[d] = (dense[d] as number) * (1 - L2) - g * (fd[d] as number) * DENSE_SCALE;
        }
      }
    }
    if (epoch >= EPOCHS - AVERAGED) {
      for (let j = 0; j < formCount; j++) sumSparse[j] = (sumSparse[j] as number) + (sparse[j] as number);
      for (let d = 0; d < dims; d++) sumDense[d] = (sumDense[d] as number) + (dense[d] as number);
      sumBias += state[0] as number;
    }
  }
  return gateFrom({
    sparse: sumSparse.map((w) => w / AVERAGED),
    dense: sumDense.map((w) => w / AVERAGED),
    bias: sumBias / AVERAGED,
  });
}

/**
 * Each example's probability from a gate trained without its fold (k-fold cross-validation): what the gate would say
 * of questions it has not seen, for calibrating its threshold.
 */
export function outOfFold(
  examples: readonly GateExample[],
  formCount: number,
  dims: number,
  folds = 5,
  run = 0,
): Float64Array {
  const out = new Float64Array(examples.length);
  const foldOfExample = foldsOf(examples, folds);
  for (let fold = 0; fold < folds; fold++) {
    const train = examples.filter((_, i) => foldOfExample[i] !== fold);
    const gate = trainGate(train, formCount, dims, run);
    examples.forEach((e, i) => {
      if (foldOfExample[i] === fold) out[i] = gate.probability(e.features);
    });
  }
  return out;
}
