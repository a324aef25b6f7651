// Loading for CLI commands: the configuration or the content, or every problem printed and exit code 1.
import { ConfigError, parseConfig, type Config } from '../config.ts';
import { ContentError, formatIssue } from '../content/content-error.ts';
import { loadContent, type Content, type ContentPaths } from '../content/load-content.ts';

export function configOrReport(env: Record<string, string | undefined> = process.env): Config | null {
  try {
    return parseConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exitCode = 1;
    return null;
  }
}

/** `heading` is printed above the list; `{count}` in it becomes "1 problem" or "N problems". */
export function contentOrReport(paths: ContentPaths, heading: string): Content | null {
  try {
    return loadContent(paths);
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    const count = `${err.issues.length} problem${err.issues.length === 1 ? '' : 's'}`;
    console.error(heading.replace('{count}', count));
    for (const issue of err.issues) console.error(`  ${formatIssue(issue)}`);
    process.exitCode = 1;
    return null;
  }
}
