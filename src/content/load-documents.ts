// Loads the course documents in the content folder (Markdown, plain text, HTML) and splits them into passages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentIssue } from './content-error.ts';
import type { Loaded } from './load-schedule.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { htmlBlocksToMarkdown } from './html-blocks.ts';
import { withoutHiddenMarkup } from './markdown-source.ts';
import { splitDocument, type DocumentFormat, type Passage } from './split-passages.ts';
import { firstInvalidUtf8, lineOfByte, notUtf8Message } from './utf8.ts';

export type { Passage } from './split-passages.ts';

const FORMATS: Record<string, 'markdown' | 'text' | 'html'> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
};

/** A document's size limit: a 30-page syllabus is about 60 KB of text; a saved web page is larger. */
export const MAX_DOCUMENT_BYTES = 2_000_000;
/** Passages of all documents together: far above any course's, low enough to keep answering fast. */
export const MAX_PASSAGES = 10_000;

export function isDocumentFile(name: string): boolean {
  return path.extname(name).toLowerCase() in FORMATS && !name.startsWith('.');
}

/** The passages of one document file, or why it cannot be read. */
export function loadDocument(file: string): Loaded<Passage[]> {
  const fail = (message: string, line: number | null = null): Loaded<Passage[]> => ({
    ok: false,
    issues: [{ file, line, field: '', message }],
  });
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_DOCUMENT_BYTES) {
      return fail(
        `document is ${size} bytes; the limit is ${MAX_DOCUMENT_BYTES}. Split it into several files.`,
      );
    }
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'unknown error'})`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    return fail('is not a text file (it holds binary data); save the document as text, Markdown or HTML');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = lineOfByte(bytes, bad);
    return fail(notUtf8Message(bad), line);
  }
  const format = FORMATS[path.extname(file).toLowerCase()] ?? 'text';
  let markdown: string;
  let split: DocumentFormat;
  if (format === 'html') {
    try {
      markdown = htmlToMarkdown(text);
    } catch (err) {
      return fail(
        `HTML could not be converted to text (${err instanceof Error ? err.message : 'unknown error'})`,
      );
    }
    split = 'markdown';
  } else {
    markdown = text.replace(/^\uFEFF/, '');
    if (format === 'markdown') markdown = htmlBlocksToMarkdown(withoutHiddenMarkup(markdown));
    split = format;
  }
  const passages = splitDocument(markdown, file, split);
  if (passages.length === 0)
    return fail('has no text to answer from (it is empty or only headings or markup)');
  return { ok: true, value: passages };
}

/** Every document in `dir` (not in sub-folders), in file-name order; problems for each one that cannot be read. */
export function loadDocuments(dir: string): Loaded<Passage[]> {
  let names: string[];
  try {
    names = readdirSync(dir).filter(isDocumentFile).sort();
  } catch {
    return { ok: true, value: [] }; // the FAQ loader reports a missing folder
  }
  const issues: ContentIssue[] = [];
  const passages: Passage[] = [];
  const ids = new Set<string>();
  for (const name of names) {
    const loaded = loadDocument(path.join(dir, name));
    if (!loaded.ok) {
      issues.push(...loaded.issues);
      continue;
    }
    for (const p of loaded.value) {
      // Two files that differ only in extension ("syllabus.md", "syllabus.html") would share ids.
      let id = p.id;
      for (let n = 2; ids.has(id); n++) id = `${p.id}-${n}`;
      ids.add(id);
      passages.push({ ...p, id });
    }
  }
  if (passages.length > MAX_PASSAGES) {
    issues.push({
      file: dir,
      line: null,
      field: '',
      message: `the documents make ${passages.length} passages; the limit is ${MAX_PASSAGES}. Keep only course documents here.`,
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: passages };
}
