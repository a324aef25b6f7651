// Reads a YAML content file, validates it with a zod schema, and maps every problem to file:line field.
import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { type ContentIssue, formatPath } from './content-error.ts';

export const MAX_CONTENT_FILE_BYTES = 1_000_000;

export type YamlResult<T> =
  | { ok: true; value: T; lineOf: (path: readonly PropertyKey[]) => number | null }
  | { ok: false; issues: ContentIssue[] };

export type LineOf = (path: readonly PropertyKey[]) => number | null;

/** Parses YAML text (YAML 1.2 core schema: dates stay strings, never silently become UTC). */
export function readYaml(
  text: string,
  file: string,
): { ok: true; data: unknown; lineOf: LineOf } | { ok: false; issues: ContentIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => ({
        file,
        line: e.pos ? lineAt(e.pos[0]) : null,
        field: '',
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  return { ok: true, data: doc.toJS({ maxAliasCount: 100 }), lineOf: (path) => locate(doc, path, lineAt) };
}

/** Validates `data` (found at `prefix` in the file) and maps every zod issue to file:line field. */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  lineOf: LineOf,
  prefix: readonly PropertyKey[] = [],
): { ok: true; value: z.infer<S> } | { ok: false; issues: ContentIssue[] } {
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues: ContentIssue[] = [];
  for (const issue of parsed.error.issues) {
    const path = [...prefix, ...(issue.path as PropertyKey[])];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const full = [...path, key];
        issues.push({
          file,
          line: lineOf(full),
          field: formatPath(full),
          message: 'unknown field (check the spelling; allowed fields are listed in the README)',
        });
      }
      continue;
    }
    issues.push({ file, line: lineOf(path), field: formatPath(path), message: issue.message });
  }
  return { ok: false, issues };
}

/** Reads and validates a whole file's text against one schema. */
export function parseYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
): YamlResult<z.infer<S>> {
  const doc = readYaml(text, file);
  if (!doc.ok) return doc;
  const result = validate(schema, doc.data, file, doc.lineOf);
  return result.ok ? { ok: true, value: result.value, lineOf: doc.lineOf } : result;
}

export function readContentFile(
  file: string,
): { ok: true; text: string } | { ok: false; issue: ContentIssue } {
  try {
    const size = statSync(file).size;
    if (size > MAX_CONTENT_FILE_BYTES) {
      return {
        ok: false,
        issue: {
          file,
          line: null,
          field: '',
          message: `file is ${size} bytes; the limit is ${MAX_CONTENT_FILE_BYTES}. Split it into several files.`,
        },
      };
    }
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'unknown error'})`;
    return { ok: false, issue: { file, line: null, field: '', message } };
  }
}

/** Line of the deepest existing node on the path (the key's line when the last step is a missing or unknown key). */
function locate(
  doc: Document,
  path: readonly PropertyKey[],
  lineAt: (offset: number) => number,
): number | null {
  let node: unknown = doc.contents;
  let best: number | null = rangeLine(node, lineAt);
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      best = rangeLine(pair.key, lineAt) ?? best;
      node = pair.value;
      best = rangeLine(node, lineAt) ?? best;
    } else if (node && typeof node === 'object' && 'items' in node && typeof step === 'number') {
      const items = (node as { items: unknown[] }).items;
      node = items[step];
      if (node === undefined) break;
      best = rangeLine(node, lineAt) ?? best;
    } else {
      break;
    }
  }
  return best;
}

function rangeLine(node: unknown, lineAt: (offset: number) => number): number | null {
  const range = (node as Node | undefined)?.range;
  return range ? lineAt(range[0]) : null;
}
