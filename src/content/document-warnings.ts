// What validate and start warn about in the course documents: text that loads but that students should not see in
// quotes (a garbled encoding; template code left in Markdown taken from a course website). Each file is read once.
import { readFileSync } from 'node:fs';
import { garbledWarning } from './garbled-text.ts';
import { templateWarning } from './markdown-source.ts';

/** One line per problem found in the documents the passages come from, naming the file and line and the fix. */
export function documentWarnings(passages: readonly { file: string }[]): string[] {
  const out: string[] = [];
  for (const file of new Set(passages.map((p) => p.file))) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // it was read a moment ago; a file removed since is not this check's to report
    }
    const garbled = garbledWarning(file, text);
    if (garbled) out.push(garbled);
    const template = /\.(md|markdown)$/i.test(file) ? templateWarning(file, text) : null;
    if (template) out.push(template);
  }
  return out;
}
