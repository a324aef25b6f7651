// What validate and start warn about in the course documents: text that loads but that students should not see in
// quotes (a garbled encoding; template code left in Markdown taken from a course website; a long code block, such as
// a schedule pasted as YAML). Each file is read once.
import { readFileSync } from 'node:fs';
import { garbledWarning } from './garbled-text.ts';
import { longCodeWarning, templateWarning } from './markdown-source.ts';

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
    if (!/\.(md|markdown)$/i.test(file)) continue;
    const template = templateWarning(file, text);
    if (template) out.push(template);
    const code = longCodeWarning(file, text);
    if (code) out.push(code);
  }
  return out;
}
