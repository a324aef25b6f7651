// Bundles the command line (src/cli/main.ts and everything of the project it imports) into plain JavaScript under
// .cache/cli/, so that `course-bot` starts without compiling TypeScript: tsx's loader alone took a quarter of a
// second of every start. Packages stay outside the bundle (imported as installed), and each command is its own
// chunk, loaded only when run. A file's `import.meta.url` is its own source file's, so paths it computes from it
// (the word vectors, the engine's examples, the web page's files) are the same as when run from source.
// The inputs are listed with their sizes and times: src/cli/course-bot.js runs the bundle only while every one is
// unchanged, and the TypeScript through tsx otherwise. Run by `npm install`/`npm ci` (postinstall); safe to run again.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = process.env.CLI_BUNDLE_DIR ?? path.join(root, '.cache', 'cli');
const staging = `${out}.tmp`;

/** Each project file's import.meta.url as its own source file's URL, whatever chunk it ends up in. */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = readFileSync(args.path, 'utf8').replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      );
      return { contents: text, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

const entry = path.join(root, 'src/cli/main.ts');
if (!existsSync(entry)) {
  // (an install before the sources are copied, as in the Dockerfile's first stage)
  console.log('command line: no sources to bundle yet; it runs through tsx');
  process.exit(0);
}
try {
  rmSync(staging, { recursive: true, force: true });
  const result = await build({
    entryPoints: { main: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'warning',
    plugins: [ownUrl],
  });
  const inputs = Object.keys(result.metafile.inputs).map((file) => {
    const s = statSync(path.join(root, file));
    return { file, size: s.size, mtimeMs: s.mtimeMs };
  });
  writeFileSync(path.join(staging, 'inputs.json'), `${JSON.stringify({ node: process.version, inputs })}\n`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.dirname(out), { recursive: true });
  renameSync(staging, out);
  console.log(`command line: ${inputs.length} files bundled -> ${path.relative(root, out)}`);
} catch (error) {
  // (the command line still runs from source through tsx)
  rmSync(staging, { recursive: true, force: true });
  console.warn(
    `command line: not bundled (${error instanceof Error ? error.message : error}); it runs through tsx`,
  );
}
