// Word vectors for the passage scorer: the engine's shared vectors once they land in src/engine/vectors.ts; until
// then none, and passages are scored on words alone.
export interface WordVectors {
  readonly dims: number;
  get(word: string): Int8Array | undefined;
}

export function wordVectors(): WordVectors | null {
  return null;
}

export function meanVector(
  _vectors: WordVectors,
  _words: readonly string[],
  _weight: (word: string) => number,
): Float32Array | null {
  return null;
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += (a[d] ?? 0) * (b[d] ?? 0);
  return s;
}
