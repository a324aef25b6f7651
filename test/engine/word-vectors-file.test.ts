// The installed word vectors (.cache/word-vectors.bin, built by npm install) are read through their hash table, a
// vector at a time; a file in the earlier format (a JSON word list), as a checkout not installed again has, gives
// the same vectors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readVectors, VECTORS_FILE } from '../../src/engine/vectors.ts';

const installed = readVectors(VECTORS_FILE);
const dir = mkdtempSync(path.join(tmpdir(), 'vectors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(installed === null)('GIVEN the installed word vectors', () => {
  const v = installed!;
  const norm = (x: Int8Array): number => Math.sqrt(x.reduce((s, c) => s + c * c, 0));

  it('WHEN common words are looked up THEN each has a unit vector scaled to 127, the same on every lookup', () => {
    for (const word of ['exam', 'deadline', 'the', 'student']) {
      const got = v.get(word);
      expect(got?.length, word).toBe(v.dims);
      expect(norm(got!), word).toBeGreaterThan(120);
      expect(norm(got!), word).toBeLessThan(134);
      expect(v.get(word)).toEqual(got);
    }
    expect(v.get('exam')).not.toEqual(v.get('deadline'));
  });

  it('WHEN a word is not among them THEN there is none', () => {
    for (const word of ['qzxwvy', '', 'EXAM', 'exam ', 'a'.repeat(300)]) expect(v.get(word)).toBeUndefined();
  });

  it('WHEN the same words are written in the earlier format THEN they give the same vectors', () => {
    const words = ['exam', 'deadline', 'the'];
    const json = Buffer.from(JSON.stringify(words), 'utf8');
    const head = Buffer.alloc(16);
    head.write('CBWV', 0, 'ascii');
    head.writeUInt32LE(words.length, 4);
    head.writeUInt32LE(v.dims, 8);
    head.writeUInt32LE(json.length, 12);
    const body = Buffer.concat(words.map((w) => Buffer.from(v.get(w)!.buffer.slice(0))));
    const file = path.join(dir, 'old.bin');
    writeFileSync(file, Buffer.concat([head, json, body]));
    const old = readVectors(file);
    for (const w of words) expect(old?.get(w)).toEqual(v.get(w));
    expect(old?.get('qzxwvy')).toBeUndefined();
  });

  it('WHEN the file is cut short or not a vectors file THEN nothing is read', () => {
    const cut = path.join(dir, 'cut.bin');
    writeFileSync(cut, Buffer.from('CBW2\u0003\u0000\u0000\u0000'));
    expect(readVectors(cut)).toBeNull();
    const other = path.join(dir, 'other.bin');
    writeFileSync(other, 'not a vectors file at all');
    expect(readVectors(other)).toBeNull();
    expect(readVectors(path.join(dir, 'missing.bin'))).toBeNull();
  });
});
