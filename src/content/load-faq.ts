// Loads faq/*.yaml (every file but course.yaml is a list of entries) and checks rules across files.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentIssue } from './content-error.ts';
import { CONTENT_LIMITS } from './content-limits.ts';
import { faqFileSchema, type FaqEntry } from './schemas.ts';
import { parseYaml, readContentFile, readYaml } from './yaml-file.ts';
import { unwrapMarkdown } from './unwrap-markdown.ts';
import type { Loaded } from './load-schedule.ts';

export const COURSE_FILE_NAME = 'course.yaml';

export interface LoadedFaqEntry extends FaqEntry {
  file: string;
  line: number | null;
  /** The line of each of `questions`, where the file gives it. */
  questionLines?: (number | null)[];
}

/**
 * The FAQ may be empty (no files) when the folder holds course documents (`hasDocuments`) to answer from. `other`
 * names YAML files in the folder that are not FAQ files (the course's schedule kept there).
 */
export function loadFaq(
  dir: string,
  hasDocuments = false,
  other: readonly string[] = [],
): Loaded<LoadedFaqEntry[]> {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n) && n !== COURSE_FILE_NAME && !other.includes(n))
      .sort();
  } catch {
    return { ok: false, issues: [{ file: dir, line: null, field: '', message: 'FAQ folder not found' }] };
  }
  if (names.length === 0) {
    if (hasDocuments) return { ok: true, value: [] };
    // (the folder init-course made, given where its faq/ folder was meant: the fix is that folder)
    const below = path.join(dir, 'faq');
    const fix = existsSync(path.join(below, COURSE_FILE_NAME))
      ? `; ${below} has the course file: give that folder (--faq ${below}, or FAQ_DIR=${below})`
      : ': add a file of FAQ entries or the syllabus as a document';
    return {
      ok: false,
      issues: [
        {
          file: dir,
          line: null,
          field: '',
          message: `no FAQ files (*.yaml besides ${COURSE_FILE_NAME}) and no course documents (.md, .txt, .html) in this folder${fix}`,
        },
      ],
    };
  }
  const tooBig = folderTooBig(dir, names);
  if (tooBig) return { ok: false, issues: [tooBig] };
  const issues: ContentIssue[] = [];
  const entries: LoadedFaqEntry[] = [];
  const unloaded = new Set<string>();
  for (const name of names) {
    const file = path.join(dir, name);
    const read = readContentFile(file);
    if (!read.ok) {
      issues.push(read.issue);
      continue;
    }
    const parsed = parseYaml(read.text, file, faqFileSchema);
    if (!parsed.ok) {
      issues.push(...byEntryId(parsed.issues, read.text, file));
      // Its entries are not loaded, but links to them are not mistakes of their own: one problem, not a cascade.
      for (const id of idsWritten(read.text)) unloaded.add(id);
      continue;
    }
    const lines = read.text.split(/\r?\n/);
    const runOn: ContentIssue[] = [];
    parsed.value.forEach((entry, i) => {
      const questionLines = entry.questions.map((_, j) => parsed.lineOf([i, 'questions', j]));
      entry.questions.forEach((q, j) => {
        const issue = runOnPhrasing(q, questionLines[j] ?? null, lines);
        if (issue)
          runOn.push({
            file,
            line: questionLines[j] ?? null,
            field: `${entry.id}.questions[${j}]`,
            message: issue,
          });
      });
      entries.push({
        ...entry,
        answer: unwrapMarkdown(entry.answer),
        file,
        line: parsed.lineOf([i]),
        questionLines,
      });
    });
    issues.push(...runOn);
  }
  issues.push(...crossFileIssues(entries, unloaded));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: entries };
}

/**
 * A phrasing that YAML ran on into the next line because that line, meant as a phrasing of its own ("- is late work
 * accepted"), is indented more than the phrasing's "-": the two are read as one ("... late - is late work accepted").
 * `line` is the phrasing's first line (1-based).
 */
function runOnPhrasing(question: string, line: number | null, lines: readonly string[]): string | null {
  if (line === null) return null;
  // (the phrasing's own "-": a line whose "-" is further right runs on into it; one in the same column is its own)
  const own = (lines[line - 1] ?? '').indexOf('- ');
  for (let k = line; k < lines.length; k++) {
    const next = lines[k] ?? '';
    const item = /^(\s+)- (\S.*)$/.exec(next);
    if (item && (item[1] ?? '').length <= own) return null;
    if (!item) {
      // (a plain phrasing continued on an indented line without "-" is one phrasing written on two lines)
      if (/^\s+\S/.test(next) && question.includes(next.trim())) continue;
      return null;
    }
    const rest = (item[2] ?? '').trim();
    if (!question.includes(`- ${rest}`)) return null;
    return `this phrasing runs on into line ${k + 1}, "- ${rest.slice(0, 60)}", which is indented more than its own "-", so YAML reads both as one phrasing; indent line ${k + 1} like the other phrasings to make it a phrasing of its own`;
  }
  return null;
}

/** Content files the bot reads from the content folder itself (FAQ and course YAML, course documents). */
const CONTENT_FILE = /\.(ya?ml|md|markdown|txt|html?)$/i;

/**
 * Folders inside the content folder that hold content files, which are not read (only the folder's own files are):
 * "faq/exams/ holds 2 content files, which are not read". Empty when there are none or the folder cannot be read.
 */
export function unreadSubfolders(dir: string): string[] {
  const notes: string[] = [];
  for (const name of namesIn(dir)) {
    const sub = path.join(dir, name);
    try {
      if (name.startsWith('.') || !statSync(sub).isDirectory()) continue;
      const files = readdirSync(sub).filter((f) => CONTENT_FILE.test(f));
      if (files.length > 0)
        notes.push(
          `${sub}${path.sep} holds ${files.length} content file${files.length === 1 ? '' : 's'} (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}), which ${files.length === 1 ? 'is' : 'are'} not read: only the files directly in ${dir} are. Move ${files.length === 1 ? 'it' : 'them'} up to use ${files.length === 1 ? 'it' : 'them'}.`,
        );
    } catch {
      // (a folder that cannot be read holds nothing the bot would read either)
    }
  }
  return notes;
}

/** Documents in a format the bot does not read: a syllabus saved as PDF or from a word processor. */
const UNREAD_DOCUMENT = /\.(pdf|docx?|odt|rtf|pages)$/i;

/**
 * The content folder's documents that are not read for their format ("syllabus.pdf is not read: …"), so that a
 * syllabus put there as it was received is not left out without a word. Empty when there are none.
 */
export function unreadDocuments(dir: string): string[] {
  return namesIn(dir)
    .filter((name) => UNREAD_DOCUMENT.test(name) && !name.startsWith('.'))
    .map(
      (name) =>
        `${path.join(dir, name)} is not read: the bot reads documents saved as Markdown (.md), plain text (.txt) or HTML (.html); save it as one of those (UTF-8) to have it quoted (docs/documents.md).`,
    );
}

/** The names in a folder, sorted; none when it cannot be read. */
function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** The folder's problem when it has more FAQ files, or more bytes in them, than a load may cost. */
function folderTooBig(dir: string, names: readonly string[]): ContentIssue | undefined {
  const problem = (message: string): ContentIssue => ({ file: dir, line: null, field: '', message });
  if (names.length > CONTENT_LIMITS.faqFiles) {
    return problem(`has ${names.length} FAQ files; at most ${CONTENT_LIMITS.faqFiles}. Merge some of them.`);
  }
  let bytes = 0;
  for (const name of names) {
    try {
      bytes += statSync(path.join(dir, name)).size;
    } catch {
      // Reading the file reports why it cannot be read.
    }
  }
  return bytes > CONTENT_LIMITS.faqBytes
    ? problem(
        `the FAQ files hold ${bytes} bytes together; the limit is ${CONTENT_LIMITS.faqBytes}. Shorten answers or remove entries.`,
      )
    : undefined;
}

/**
 * The issues with each entry named by its id where it has one ("grading.answer", as the duplicate checks name them),
 * rather than by its place in the file ("[2].answer").
 */
function byEntryId(issues: ContentIssue[], text: string, file: string): ContentIssue[] {
  const doc = readYaml(text, file);
  if (!doc.ok || !Array.isArray(doc.data)) return issues;
  const data: unknown[] = doc.data;
  return issues.map((issue) => {
    const m = /^\[(\d+)\](.*)$/.exec(issue.field);
    const item: unknown = m ? data[Number(m[1])] : undefined;
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    return typeof id === 'string' && /^[a-z0-9][a-z0-9_-]*$/.test(id)
      ? { ...issue, field: `${id}${m?.[2] ?? ''}` }
      : issue;
  });
}

/** The ids a FAQ file's text gives its entries (`- id: x` or `id: x` lines), read without parsing it. */
function idsWritten(text: string): string[] {
  return [...text.matchAll(/^[ \t-]*id:[ \t]*["']?([a-z0-9][a-z0-9_-]*)["']?[ \t]*(?:#.*)?$/gm)].map(
    (m) => m[1] ?? '',
  );
}

/** A question as the checks compare it: case, punctuation and spacing aside. */
export function questionKey(q: string): string {
  return q
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `unloaded`: ids of entries in files that did not load; links to them are not reported. */
function crossFileIssues(entries: LoadedFaqEntry[], unloaded: ReadonlySet<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const ids = new Map<string, LoadedFaqEntry>();
  const questions = new Map<string, { entry: LoadedFaqEntry; line: number | null }>();
  for (const entry of entries) {
    const first = ids.get(entry.id);
    if (first) {
      issues.push({
        file: entry.file,
        line: entry.line,
        field: 'id',
        message: `"${entry.id}" is used twice (also ${first.file}:${first.line}); ids must be unique`,
      });
    } else ids.set(entry.id, entry);
    const own = new Set<string>();
    entry.questions.forEach((q, j) => {
      const key = questionKey(q);
      const other = questions.get(key);
      // (the phrasing's own line, and its entry named by id: "grading.questions[4]")
      const at = {
        file: entry.file,
        line: entry.questionLines?.[j] ?? entry.line,
        field: `${entry.id}.questions[${j}]`,
      };
      if (own.has(key)) {
        issues.push({
          ...at,
          message: `"${q}" is written twice in entry "${entry.id}"; remove one (each phrasing counts once)`,
        });
      } else if (other && other.entry.id !== entry.id) {
        const where =
          other.entry.file === entry.file ? `line ${other.line}` : `${other.entry.file}:${other.line}`;
        issues.push({
          ...at,
          message: `"${q}" is also a phrasing of entry "${other.entry.id}" (${where}); a phrasing belongs to one entry, so remove it from one of them`,
        });
      } else questions.set(key, { entry, line: at.line });
      own.add(key);
    });
  }
  for (const entry of entries) {
    for (const ref of entry.see_also) {
      if (!ids.has(ref) && !unloaded.has(ref))
        issues.push({
          file: entry.file,
          line: entry.line,
          field: `${entry.id}.see_also`,
          message: `"${ref}" is not the id of any FAQ entry`,
        });
    }
  }
  return issues;
}
