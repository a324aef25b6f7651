#!/usr/bin/env node
// Installed entry point (package.json "bin", `npm start`, `npm run cli`): runs the command line bundled at install
// when it matches the source files (src/cli/bundled.js), which starts without compiling TypeScript; otherwise the
// TypeScript itself through tsx, as after an edit.
import { bundledEntry } from './bundled.js';

const bundle = bundledEntry();
if (bundle) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
