// Whether the command line bundled at install (.cache/cli, scripts/build-cli-bundle.mjs) can run: it exists and
// every source file it was built from is unchanged (same size and modification time). Plain JavaScript, so the
// entry point can ask before loading tsx.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE_DIR = path.join(ROOT, '.cache', 'cli');

/**
 * The URL of the bundle's entry, or null when there is none, it cannot be read, or a source file changed since it
 * was built (the caller then runs the TypeScript). `COURSE_BOT_FROM_SOURCE=1` always gives null.
 * @param {string} [dir] the bundle's folder
 * @param {string} [root] the folder its inputs are relative to
 * @returns {string | null}
 */
export function bundledEntry(dir = BUNDLE_DIR, root = ROOT) {
  if (process.env.COURSE_BOT_FROM_SOURCE) return null;
  try {
    const { inputs } = JSON.parse(readFileSync(path.join(dir, 'inputs.json'), 'utf8'));
    if (!Array.isArray(inputs) || inputs.length === 0) return null;
    for (const { file, size, mtimeMs } of inputs) {
      const s = statSync(path.join(root, file));
      if (s.size !== size || s.mtimeMs !== mtimeMs) return null;
    }
    statSync(path.join(dir, 'main.mjs'));
    return pathToFileURL(path.join(dir, 'main.mjs')).href;
  } catch {
    return null;
  }
}
