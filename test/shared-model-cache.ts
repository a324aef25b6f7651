// Test helper: the model cache folder of this test run (model-cache-setup.ts) for a test app or core, a folder per
// content, since the cache keeps only a few states in one folder. The states in it are keyed by the content and the
// engine's code, so an engine never reads a model learned from other content.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { inject } from 'vitest';
import type { Config } from '../src/config.ts';
import type { Content } from '../src/content/load-content.ts';
import { keepModelsIn } from '../src/engine/index.ts';

function modelCacheFor(content: Content): string {
  const folder = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
  return path.join(inject('modelCacheRoot'), folder);
}

/** A test app's config, with its model kept in the run's cache. */
export function withSharedModelCache(config: Config, content: Content): Config {
  return { ...config, modelCacheDir: modelCacheFor(content) };
}

/** For a test core (which builds its engine on first use): its model is kept in the run's cache. */
export function keepModelInSharedCache(content: Content): void {
  keepModelsIn(modelCacheFor(content));
}
