// The order in which SGD visits the examples, and the folds that hold them out for calibration, shared by the models
// trained at load time. Both follow each example's key (a hash of its text), not its place in the list: a phrasing
// added to or taken from a course, or an example added to the engine's own, leaves every other example's order and
// fold as they were, so the models and thresholds move only as much as that one example moves them.

/**
 * How far apart the seeds of two training runs are (ModelOptions.run): far more than the passes of one run, so that no
 * pass of one run visits in the order of a pass of another.
 */
const RUN_STRIDE = 1000;

/** A 32-bit key for an example's text (FNV-1a): equal texts, equal keys. */
export function textKey(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Examples a model may be trained on: 2^21, so that a 32-bit mix and a place fit one double exactly. */
const MAX_EXAMPLES = 2 ** 21;

/** A 32-bit mix of a key and a seed (MurmurHash3's finaliser), spreading near keys apart. */
function mixed(key: number, seed: number): number {
  let h = (key ^ Math.imul(seed + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A deterministic order for one pass of SGD over examples with these keys: by a seeded mix of each key (ties, equal
 * texts, by their place), so the same content always gives the same model and each pass visits in another order.
 * Another training run (`run`, 0 for the model the bot ships with) visits every pass in yet another order.
 */
export function visitOrder(keys: ArrayLike<number>, pass: number, run = 0): Int32Array {
  const seed = pass + run * RUN_STRIDE;
  const n = keys.length;
  if (n > MAX_EXAMPLES) throw new RangeError(`visitOrder: ${n} examples, at most ${MAX_EXAMPLES}`);
  // (each example as its mix and place in one exact double, sorted as numbers: no comparator to call)
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = mixed(keys[i] as number, seed) * MAX_EXAMPLES + i;
  packed.sort();
  return Int32Array.from(packed, (v) => v % MAX_EXAMPLES);
}

/**
 * The fold (0 to folds - 1) each example is held out in, spread within each group (a class's examples): a group's
 * examples in the order of their keys take the folds in turn, so no fold holds most of one entry's phrasings, and an
 * example added to a group moves only the folds of that group's examples (those after it in that order, or all of
 * them when it comes first).
 */
export function foldsOf(examples: readonly { key: number; group: number }[], folds: number): Int32Array {
  const members = new Map<number, number[]>();
  examples.forEach((e, i) => {
    const list = members.get(e.group);
    if (list) list.push(i);
    else members.set(e.group, [i]);
  });
  const out = new Int32Array(examples.length);
  for (const list of members.values()) {
    const rank = list.map((i) => mixed((examples[i] as { key: number }).key, 0x5eed));
    const order = list.map((_, j) => j).sort((a, b) => (rank[a] as number) - (rank[b] as number) || a - b);
    // (the group's first fold follows its first key, so that groups of one or two examples do not all fill fold 0)
    const first = (rank[order[0] as number] as number) % folds;
    order.forEach((j, r) => (out[list[j] as number] = (first + r) % folds));
  }
  return out;
}
