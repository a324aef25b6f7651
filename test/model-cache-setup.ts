// vitest's global set-up: one folder, for this run only, where the apps the tests start keep the engine's model
// (src/engine/model-cache.ts). An app started on content another test already trained on reads the model back, as the
// bot does on a restart, instead of training it again: a second or more per start on a two-core machine. The engine's
// own tests of training and of the cache build their engines themselves and do not use it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    modelCacheRoot: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'course-bot-test-models-'));
  project.provide('modelCacheRoot', root);
  return () => rmSync(root, { recursive: true, force: true });
}
