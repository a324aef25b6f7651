// Keeps what building the answer engine learns (model.ts's LearnedState and the documents' confidence threshold)
// between runs, so that a program started again on the same content does not train again: `ask` for one question
// then starts in a fraction of the time. A saved state is used only for the same content, the same engine code and
// the same word vectors: its key is a hash of all three, and a state whose sizes do not fit the model is not used.
//
// The file is binary: "CBMS", the header's length (uint32, little-endian), the header (JSON, validated), then the
// weight arrays, each starting at a multiple of 8 bytes. Files are written whole under a temporary name and then
// renamed, so a reader never sees half a file; only the few most recent are kept.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Content } from '../content/load-content.ts';
import type { LearnedState } from './model.ts';
import { VECTORS_FILE } from './vectors.ts';

/**
 * What is saved: the model's learned state, the documents' threshold (null for a course without documents) and that
 * of the FAQ's answers as passages.
 */
export interface EngineState {
  model: LearnedState;
  passageThreshold: number | null;
  /** The threshold of the FAQ's answers as passages (faq-quotes.ts); null for a course without FAQ entries. */
  faqQuoteThreshold: number | null;
}

const MAGIC = 'CBMS';
/** Raised when the layout of the file changes. */
const FORMAT = 1;
/** Saved states kept in the folder (one per content and engine version); older ones are removed. */
const KEEP = 4;
const PREFIX = 'model-';
const SUFFIX = '.bin';

const ENGINE_DIR = path.dirname(fileURLToPath(import.meta.url));
let engineDigest: string | undefined;

/** A hash of every file of the engine's code and data (its examples), read once per process. */
function engineSource(): string {
  if (engineDigest !== undefined) return engineDigest;
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile()) hash.update(`${path.relative(ENGINE_DIR, file)}\0`).update(readFileSync(file));
    }
  };
  walk(ENGINE_DIR);
  engineDigest = hash.digest('hex');
  return engineDigest;
}

/** The installed word vectors, by size and modification time ("none" when absent or not used). */
function vectorsIdentity(useVectors: boolean): string {
  if (!useVectors) return 'off';
  try {
    const s = statSync(VECTORS_FILE);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'none';
  }
}

/** Maps and sets (which JSON would write as {}) as their entries, so every part of the content counts in the key. */
const jsonOf = (_key: string, value: unknown): unknown =>
  value instanceof Map || value instanceof Set ? [...value] : value;

/** The key of a state learned from this content by this engine with these word vectors. */
export function stateKey(content: Content, useVectors: boolean): string {
  return createHash('sha256')
    .update(`${MAGIC}${FORMAT}\0${engineSource()}\0${vectorsIdentity(useVectors)}\0`)
    .update(JSON.stringify(content, jsonOf))
    .digest('hex');
}

const fileOf = (dir: string, key: string): string => path.join(dir, `${PREFIX}${key.slice(0, 24)}${SUFFIX}`);

const ArraySpec = z.object({ type: z.enum(['f32', 'f64']), length: z.number().int().min(0).max(1e8) });
const Header = z.object({
  key: z.string(),
  disabled: z.array(z.number().int().min(0)),
  thresholds: z.object({
    answer: z.number(),
    redirect: z.number(),
    override: z.number(),
    examples: z.number(),
  }),
  gateBias: z.number(),
  passageThreshold: z.number().nullable(),
  faqQuoteThreshold: z.number().nullable(),
  softmax: z.boolean(),
  arrays: z.array(ArraySpec).max(8),
});
type Header = z.infer<typeof Header>;

const pad8 = (n: number): number => Math.ceil(n / 8) * 8;

/** The state saved under this key in `dir`, or null when there is none or it cannot be read whole. */
export function readState(dir: string, key: string): EngineState | null {
  let buf: Buffer;
  try {
    buf = readFileSync(fileOf(dir, key));
  } catch {
    return null;
  }
  if (buf.length < 8 || buf.toString('ascii', 0, 4) !== MAGIC) return null;
  const headerBytes = buf.readUInt32LE(4);
  if (8 + headerBytes > buf.length) return null;
  let header: Header;
  try {
    const parsed = Header.safeParse(JSON.parse(buf.toString('utf8', 8, 8 + headerBytes)));
    if (!parsed.success) return null;
    header = parsed.data;
  } catch {
    return null;
  }
  if (header.key !== key) return null;
  const arrays: (Float32Array | Float64Array)[] = [];
  let at = pad8(8 + headerBytes);
  for (const spec of header.arrays) {
    const bytes = spec.length * (spec.type === 'f32' ? 4 : 8);
    if (at + bytes > buf.length) return null;
    // (copied out, so the array starts on its own aligned buffer)
    const copy = buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + bytes);
    arrays.push(spec.type === 'f32' ? new Float32Array(copy) : new Float64Array(copy));
    at = pad8(at + bytes);
  }
  const [weights, bias, sparse, dense] = header.softmax ? arrays : [null, null, ...arrays];
  if (!(sparse instanceof Float64Array) || !(dense instanceof Float64Array)) return null;
  if (header.softmax && !(weights instanceof Float32Array && bias instanceof Float64Array)) return null;
  return {
    model: {
      disabled: header.disabled,
      thresholds: header.thresholds,
      softmax: weights instanceof Float32Array && bias instanceof Float64Array ? { weights, bias } : null,
      gate: { sparse, dense, bias: header.gateBias },
    },
    passageThreshold: header.passageThreshold,
    faqQuoteThreshold: header.faqQuoteThreshold,
  };
}

/**
 * Saves the state under this key in `dir` (created if missing) and removes all but the most recent few; returns
 * the error's message when it cannot (a read-only folder, a full disk), and the engine goes on without saving.
 */
export function writeState(dir: string, key: string, state: EngineState): string | null {
  const { model } = state;
  const arrays = [
    ...(model.softmax ? [model.softmax.weights, model.softmax.bias] : []),
    model.gate.sparse,
    model.gate.dense,
  ];
  const header: Header = {
    key,
    disabled: model.disabled,
    thresholds: model.thresholds,
    gateBias: model.gate.bias,
    passageThreshold: state.passageThreshold,
    faqQuoteThreshold: state.faqQuoteThreshold,
    softmax: model.softmax !== null,
    arrays: arrays.map((a) => ({ type: a instanceof Float32Array ? 'f32' : 'f64', length: a.length })),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Buffer[] = [Buffer.from(MAGIC, 'ascii'), Buffer.alloc(4)];
  parts[1]?.writeUInt32LE(json.length);
  parts.push(json);
  let size = 8 + json.length;
  for (const a of arrays) {
    parts.push(Buffer.alloc(pad8(size) - size));
    size = pad8(size);
    parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    size += a.byteLength;
  }
  const file = fileOf(dir, key);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, Buffer.concat(parts));
    renameSync(temporary, file);
    prune(dir);
    return null;
  } catch (err) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // (nothing was written there)
    }
    return err instanceof Error ? err.message : String(err);
  }
}

/** Removes all but the KEEP most recently written states. */
function prune(dir: string): void {
  const saved = readdirSync(dir)
    .filter((f) => f.startsWith(PREFIX) && f.endsWith(SUFFIX))
    .map((f) => ({ file: path.join(dir, f), at: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { file } of saved.slice(KEEP)) rmSync(file, { force: true });
}
