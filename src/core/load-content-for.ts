// The content as the bot runs on it: loadContent, plus the course file's `commands.off` checked against the bot's
// commands. `start`, `validate` and a reload (SIGHUP, a schedule file change) all load it so, and so refuse the same
// content with the same words.
import path from 'node:path';
import { ContentError } from '../content/content-error.ts';
import { DEFAULT_FAQ_DIR, loadContent, type Content, type ContentPaths } from '../content/load-content.ts';
import { COURSE_FILE_NAME } from '../content/load-faq.ts';
import { commandsOffProblems, type CommandDefinition } from './command.ts';
import { readContentFile, readYaml } from '../content/yaml-file.ts';

/**
 * The content of `paths`; throws one ContentError listing every problem, a name in `commands.off` that is no command
 * of `commands` (or one that cannot be off) among them, at the course file's field.
 */
export function loadContentFor(paths: ContentPaths, commands: readonly CommandDefinition[]): Content {
  const content = loadContent(paths);
  const problems = commandsOffProblems(content, commands);
  if (problems.length === 0) return content;
  const file = path.join(paths.faqDir ?? DEFAULT_FAQ_DIR, COURSE_FILE_NAME);
  // (the course file loaded, so it reads again; each name is reported at its own line, as every other field is)
  const read = readContentFile(file);
  const yaml = read.ok ? readYaml(read.text, file) : undefined;
  const lineOf = (i: number): number | null => (yaml?.ok ? yaml.lineOf(['commands', 'off', i]) : null);
  throw new ContentError(
    problems.map(({ index, message }) => ({ file, line: lineOf(index), field: 'commands.off', message })),
  );
}
