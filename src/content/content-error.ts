// Content problems carry file, line and field so an author can fix them without reading code.
import path from 'node:path';
export interface ContentIssue {
  file: string;
  line: number | null;
  field: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  const file = displayPath(issue.file);
  const where = issue.line === null ? file : `${file}:${issue.line}`;
  return issue.field ? `${where} ${issue.field}: ${issue.message}` : `${where}: ${issue.message}`;
}

export class ContentError extends Error {
  readonly code = 'CONTENT_INVALID';
  constructor(readonly issues: ContentIssue[]) {
    super(
      `The course content has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((i) => `  ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** Renders a zod-style path (['events', 2, 'due']) as `events[2].due`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Paths shown relative to the working directory, so messages read `faq/exam.yaml:12`. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}
