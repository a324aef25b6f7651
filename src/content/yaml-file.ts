// Reads a YAML content file, validates it with a zod schema, and maps every problem to file:line field.
import { readFileSync, statSync } from 'node:fs';
import {
  LineCounter,
  parseDocument,
  isMap,
  isScalar,
  isSeq,
  visit,
  type Document,
  type ErrorCode,
  type Node,
} from 'yaml';
import { z } from 'zod';
import { type ContentIssue, formatPath } from './content-error.ts';
import { firstInvalidUtf8, lineOfByte, notUtf8Message } from './utf8.ts';
import { capIssues, CONTENT_LIMITS } from './content-limits.ts';

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
  // Unique keys are checked below, in linear time: the parser's own check is quadratic in a mapping's fields.
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: false, prettyErrors: false });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  const [first] = doc.errors;
  if (first) {
    // Past a syntax mistake the parser reads the rest out of step: one tab gave seven errors, an unclosed bracket
    // fourteen. The first is the one to fix; the others are counted.
    const more = doc.errors.length - 1;
    const at = first.pos ? lineAt(first.pos[0]) : null;
    // A tab before a field of a top-level entry, or before a line of a block answer, is not reported as a tab: the
    // parser says "Unexpected scalar at node end" or asks for an indentation indicator. Said as a tab, with its fix.
    const code = at !== null && indentedWithTab(text, at) ? 'TAB_AS_INDENT' : first.code;
    const said = code === first.code ? first.message.split('\n')[0] : 'Tabs are not allowed as indentation';
    const hint =
      code === 'BLOCK_AS_IMPLICIT_KEY' && at !== null && indentedOutOfStep(text, at)
        ? `line ${at + 1} is indented differently from the fields around it: fields of one entry start in one column`
        : code === 'BLOCK_AS_IMPLICIT_KEY' && at !== null && listItemAmongFields(text, at)
          ? `line ${at} is a list item ("- ") in the column of the entry's fields: the items of a list go under its field, in the column of the items before them`
          : YAML_FIXES[code];
    // The parser's own words for a second document name a function of its API: the fix says it all.
    const what = code === 'MULTIPLE_DOCS' && hint ? hint : hint ? `${said} (${hint})` : said;
    const rest =
      more > 0
        ? ` and ${more} more problem${more === 1 ? '' : 's'}, which may follow from it: fix it, then validate again`
        : '';
    const message = `not valid YAML: ${what}${rest}`;
    return { ok: false, issues: [{ file, line: at, field: '', message }] };
  }
  // Before anything costs per field (each unknown field is located for its line): one problem for a mapping with
  // thousands of fields (typically a mistake in indentation), or for a field given twice.
  const bad = checkMappings(doc);
  if (bad) {
    const line = bad.offset === null ? null : lineAt(bad.offset);
    return { ok: false, issues: [{ file, line, field: formatPath(bad.path), message: bad.message(lineAt) }] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_USES });
  } catch {
    // The only thing toJS refuses once parsing succeeded: aliases that expand too much (a "billion laughs").
    return { ok: false, issues: [aliasProblem(doc, file, lineAt)] };
  }
  return { ok: true, data, lineOf: (path) => locate(doc, path, lineAt) };
}

/** Uses of one anchor (`*name`), fewer when aliases hold aliases: bounds what a small file can expand to. */
const MAX_ALIAS_USES = 100;

/** The anchor used by the most aliases, at its first alias. */
function aliasProblem(doc: Document, file: string, lineAt: (offset: number) => number): ContentIssue {
  const uses = new Map<string, { count: number; offset: number | null }>();
  visit(doc, {
    Alias(_key, node) {
      const seen = uses.get(node.source);
      if (seen) seen.count++;
      else uses.set(node.source, { count: 1, offset: node.range?.[0] ?? null });
    },
  });
  let name = '';
  let most: { count: number; offset: number | null } = { count: 0, offset: null };
  for (const [source, use] of uses) {
    if (use.count > most.count) [name, most] = [source, use];
  }
  return {
    file,
    line: most.offset === null ? null : lineAt(most.offset),
    field: '',
    message: `the anchor &${name} is used by too many aliases (*${name}; at most ${MAX_ALIAS_USES} uses, fewer when aliases hold aliases): write the value out in some of those places`,
  };
}

/**
 * Whether the parser's complaint about a line comes from the next line indented out of step with it, rather than from
 * a colon: the line's value holds no ": " and does not end in ":", the next line holds no ": " in its text either
 * (a continuation line "second line: more" is a colon problem too), and the next line starts in another column.
 */
function indentedOutOfStep(text: string, line: number): boolean {
  const lines = text.split(/\r?\n/);
  const here = lines[line - 1] ?? '';
  const next = lines.slice(line).find((l) => l.trim() !== '') ?? '';
  const value = here.includes(': ') ? here.slice(here.indexOf(': ') + 2).trim() : '';
  if (/:\s/.test(value) || value.endsWith(':')) return false;
  const nextText = next.trim().replace(/^-\s+/, '');
  const nextValue = nextText.includes(': ') ? nextText.slice(nextText.indexOf(': ') + 2) : '';
  if (/^[^\s:]+:(\s|$)/.test(nextText) === false || /:\s/.test(nextValue)) return false;
  const column = (l: string): number => l.length - l.trimStart().length;
  return column(next) !== column(here);
}

/**
 * Whether line `line` (1-based) of `text` is a list item ("- ...") in the column of an entry's fields, after a field
 * with no list item of its own in that column: items added to a list below its field ("see_also:" then "    - a",
 * then "  - b"), where the items go in one column under the field.
 */
function listItemAmongFields(text: string, line: number): boolean {
  const lines = text.split(/\r?\n/);
  const here = lines[line - 1] ?? '';
  if (!/^\s*-\s/.test(here)) return false;
  const column = (l: string): number => l.length - l.trimStart().length;
  const at = column(here);
  const before = lines
    .slice(0, line - 1)
    .reverse()
    .find((l) => l.trim() !== '' && !l.trim().startsWith('#') && column(l) <= at);
  return before !== undefined && column(before) === at && !/^\s*-(\s|$)/.test(before);
}

/** Whether line `line` (1-based) of `text` has a tab in the spaces it starts with. */
function indentedWithTab(text: string, line: number): boolean {
  return /^ *\t/.test(text.split(/\r?\n/)[line - 1] ?? '');
}

/** What fixes the YAML mistakes content authors make most. */
const YAML_FIXES: Partial<Record<ErrorCode, string>> = {
  BLOCK_AS_IMPLICIT_KEY:
    'a value with a colon and a space in it goes in quotes: title: "Exams: dates and rooms"',
  TAB_AS_INDENT: 'indent with spaces',
  MULTIPLE_DOCS:
    'a line "---" starts a second document: remove it (a file holds one list or one set of fields)',
  BAD_SCALAR_START: 'a value that starts with @, ` or another sign goes in quotes',
};

/** Validates `data` (found at `prefix` in the file) and maps every zod issue to file:line field. */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  lineOf: LineOf,
  prefix: readonly PropertyKey[] = [],
): { ok: true; value: z.infer<S> } | { ok: false; issues: ContentIssue[] } {
  const parsed = schema.safeParse(data, { error: authorMessage });
  if (parsed.success) return { ok: true, value: parsed.data };
  // Only the problems that are listed are located (each costs a walk of the document); the rest are counted.
  const issues: ContentIssue[] = [];
  let total = 0;
  const add = (path: readonly PropertyKey[], message: string): void => {
    total++;
    if (issues.length < CONTENT_LIMITS.issuesPerFile)
      issues.push({ file, line: lineOf(path), field: formatPath(path), message });
  };
  for (const issue of parsed.error.issues) {
    const path = [...prefix, ...(issue.path as PropertyKey[])];
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldsAt(schema, issue.path as PropertyKey[]);
      const where = allowed
        ? `the fields allowed here are ${allowed.join(', ')}`
        : 'the fields are described in docs/course-file.md and docs/adopting.md';
      const fields = valueAt(data, issue.path as PropertyKey[]);
      for (const key of issue.keys) {
        // ("{ name: Reading (quizzes, writing), weight: 15 }": the comma made "writing)" a field without a value)
        const split =
          fields !== null && typeof fields === 'object' && (fields as Record<string, unknown>)[key] === null;
        add(
          [...path, key],
          split
            ? `unknown field without a value: in { … } a comma starts a new field, so a value with a comma in it goes in quotes (name: "Reading (quizzes, writing)"); else check the spelling (${where})`
            : `unknown field (check the spelling; ${where})`,
        );
      }
      continue;
    }
    add(path, issue.message);
  }
  return { ok: false, issues: capIssues(issues, file, total) };
}

/** The value at `path` in parsed data, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at = data;
  for (const step of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[step];
  }
  return at;
}

/** The fields an object of `schema` at `path` may have, or null when the schema there is not a plain object. */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | null {
  const unwrap = (s: unknown): unknown => {
    for (let i = 0; i < 8; i++) {
      if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault)
        s = s.unwrap();
      else if (s instanceof z.ZodPipe) s = s.in;
      else return s;
    }
    return s;
  };
  let at = unwrap(schema);
  for (const step of path) {
    if (at instanceof z.ZodObject && typeof step === 'string') at = at.shape[step];
    else if (at instanceof z.ZodArray) at = at.element;
    else if (at instanceof z.ZodRecord) at = at.valueType;
    else return null;
    at = unwrap(at);
  }
  return at instanceof z.ZodObject ? Object.keys(at.shape) : null;
}

/**
 * What to write, for a field whose schema has no message of its own (those win): zod's own wording ("Invalid input:
 * expected array, received number") tells an author what is wrong but not how to fix it.
 */
function authorMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is required';
    if (issue.input === null && issue.expected === 'object')
      return 'is empty: write its fields (name: value), as docs/adopting.md shows';
    if (issue.expected === 'object') return 'must be fields (name: value), each on a line of its own';
    if (issue.expected === 'array') return 'must be a list: [a, b], or one "- item" per line below it';
    if (issue.expected === 'string') return 'must be text (put it in quotes)';
    if (issue.expected === 'number') return 'must be a number';
    if (issue.expected === 'boolean') return 'must be true or false';
  }
  if (issue.code === 'too_big' && issue.origin === 'array') return `has more than ${issue.maximum} items`;
  if (issue.code === 'too_big' && issue.origin === 'string')
    return `is longer than ${issue.maximum} characters`;
  return undefined;
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

/** Reads a content file, refusing one over `maxBytes` before reading it (`hint` says what to do instead). */
export function readContentFile(
  file: string,
  maxBytes: number = CONTENT_LIMITS.fileBytes,
  hint = 'Split it into several files.',
): { ok: true; text: string } | { ok: false; issue: ContentIssue } {
  try {
    const size = statSync(file).size;
    if (size > maxBytes) {
      return {
        ok: false,
        issue: {
          file,
          line: null,
          field: '',
          message: `file is ${size} bytes; the limit is ${maxBytes}. ${hint}`,
        },
      };
    }
    return textOf(readFileSync(file), file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'unknown error'})`;
    return { ok: false, issue: { file, line: null, field: '', message } };
  }
}

/**
 * A content file's bytes as text: UTF-8, the encoding YAML files are written in. A UTF-16 file (Windows' "Unicode"),
 * binary data or another encoding is named as such, never parsed into a YAML error that quotes its bytes.
 */
function textOf(
  bytes: Buffer,
  file: string,
): { ok: true; text: string } | { ok: false; issue: ContentIssue } {
  const fail = (message: string, line: number | null = null) => ({
    ok: false as const,
    issue: { file, line, field: '', message },
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return fail('is UTF-16 text (saved as "Unicode"); save it with the UTF-8 encoding');
  if (bytes.includes(0))
    return fail('is not a text file (it holds binary data); write it as YAML text in UTF-8');
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = lineOfByte(bytes, bad);
    return fail(notUtf8Message(bad), line);
  }
}

interface MappingProblem {
  path: PropertyKey[];
  offset: number | null;
  message(lineAt: (offset: number) => number): string;
}

/** The first mapping with more fields than allowed, or with a field given twice; undefined when there is none. */
function checkMappings(doc: Document): MappingProblem | undefined {
  const stack: { node: unknown; path: PropertyKey[] }[] = [{ node: doc.contents, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, path } = next;
    if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
      continue;
    }
    if (!isMap(node)) continue;
    const fields = node.items.length;
    if (fields > CONTENT_LIMITS.mappingFields) {
      return {
        path,
        offset: node.range?.[0] ?? null,
        message: () =>
          `has ${fields} fields; at most ${CONTENT_LIMITS.mappingFields} are allowed in one place (is the indentation right?)`,
      };
    }
    const seen = new Map<string, number | null>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      const offset = (pair.key as Node | null)?.range?.[0] ?? null;
      const first = seen.get(key);
      if (first !== undefined) {
        return {
          path: [...path, key],
          offset,
          message: (lineAt) =>
            `is given twice${first === null ? '' : ` (also line ${lineAt(first)})`}; give each field once`,
        };
      }
      seen.set(key, offset);
      stack.push({ node: pair.value, path: [...path, key] });
    }
  }
  return undefined;
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
