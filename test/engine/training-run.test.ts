// Training runs (ModelOptions.run, `npm run eval -- --all --runs N`): another run visits the examples in another
// order in every pass of SGD, so its models differ; run 0 is the model the bot ships with, and only it is cached.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { buildModel } from '../../src/engine/model.ts';
import { botany } from './fixtures.ts';

const differ = (a: ArrayLike<number>, b: ArrayLike<number>): boolean =>
  a.length === b.length && Array.from(a).some((x, i) => x !== b[i]);

describe('GIVEN the botany course trained as different runs', () => {
  const content = botany();
  const shipped = buildModel(content, { vectors: false });
  const zero = buildModel(content, { vectors: false, run: 0 });
  const other = buildModel(content, { vectors: false, run: 1 });

  it('WHEN run 0 is asked for THEN it is the model built without a run: the one the bot ships with', () => {
    expect(Array.from(zero.learned.gate.sparse)).toEqual(Array.from(shipped.learned.gate.sparse));
    expect(Array.from(zero.learned.softmax?.weights ?? [])).toEqual(
      Array.from(shipped.learned.softmax?.weights ?? []),
    );
  });

  it('WHEN another run is asked for THEN both the request gate and the trained classifier learn other weights', () => {
    expect(differ(other.learned.gate.sparse, shipped.learned.gate.sparse)).toBe(true);
    expect(differ(other.learned.softmax?.weights ?? [], shipped.learned.softmax?.weights ?? [])).toBe(true);
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'training-run-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('WHEN an engine of another run has a cache folder THEN it neither reads nor writes it', () => {
    createAnswerEngine(content, { vectors: false, cacheDir: dir, run: 1 });
    expect(readdirSync(dir)).toEqual([]);
    createAnswerEngine(content, { vectors: false, cacheDir: dir });
    expect(readdirSync(dir).length).toBeGreaterThan(0);
    expect(createAnswerEngine(content, { vectors: false, cacheDir: dir }).origin.from).toBe('cache');
    const again = createAnswerEngine(content, { vectors: false, cacheDir: dir, run: 1 });
    expect(again.origin.from).toBe('trained');
  });
});
