import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '../../src/content/content-error.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { loadDocuments, MAX_DOCUMENT_BYTES } from '../../src/content/load-documents.ts';

const SCHEDULE = path.join(import.meta.dirname, '..', 'fixtures', 'schedules', 'small.yaml');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'docs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const minimalCourse = 'name: Marine Biology\ncontacts:\n  email: staff@example.org\n';

function problems(): string[] {
  try {
    loadContent({ faqDir: dir, scheduleFile: SCHEDULE });
    return [];
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    return err.issues.map((i) => formatIssue({ ...i, file: path.relative(dir, i.file) || i.file }));
  }
}

describe('course documents in the content folder', () => {
  it('GIVEN a minimal course file and a syllabus and no FAQ THEN the content is valid with the passages', () => {
    writeFileSync(path.join(dir, 'course.yaml'), minimalCourse);
    writeFileSync(path.join(dir, 'syllabus.md'), '# Syllabus\n\n## Grading\n\nThe exam counts for 60%.\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'Office hours are on Monday.');
    writeFileSync(path.join(dir, 'page.html'), '<h1>Course page</h1><p>Labs are in room 12.</p>');
    const content = loadContent({ faqDir: dir, scheduleFile: SCHEDULE });
    expect(content.faq).toEqual([]);
    expect(content.course.grading).toBeUndefined();
    expect(content.course.contacts.discussion_board).toBe("the course's discussion board");
    expect(content.documents?.map((p) => [path.basename(p.file), p.document, p.section, p.text])).toEqual([
      ['notes.txt', 'Notes', '', 'Office hours are on Monday.'],
      ['page.html', 'Course page', '', 'Labs are in room 12.'],
      ['syllabus.md', 'Syllabus', 'Grading', 'The exam counts for 60%.'],
    ]);
  });

  it('GIVEN neither FAQ files nor documents THEN the folder is reported', () => {
    writeFileSync(path.join(dir, 'course.yaml'), minimalCourse);
    expect(problems()).toEqual([
      expect.stringContaining(
        'no FAQ files (*.yaml besides course.yaml) and no course documents (.md, .txt, .html) in this folder: add a file of FAQ entries or the syllabus as a document',
      ),
    ]);
  });

  it('GIVEN documents it cannot read THEN validate names each file and why, and loads the others', () => {
    writeFileSync(path.join(dir, 'course.yaml'), minimalCourse);
    writeFileSync(path.join(dir, 'good.md'), 'Fine text.');
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('line one\ncaf\xe9 au lait\n', 'latin1'));
    // (a file saved on an old Mac ends its lines with a CR alone: they are counted all the same)
    writeFileSync(path.join(dir, 'macroman.txt'), Buffer.from('one\rtwo\rthree \xd0 four\r', 'latin1'));
    writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    writeFileSync(path.join(dir, 'empty.html'), '<html><body><script>x()</script></body></html>');
    writeFileSync(path.join(dir, 'huge.txt'), 'a '.repeat(MAX_DOCUMENT_BYTES / 2 + 1));
    expect(problems()).toEqual([
      'binary.md: is not a text file (it holds binary data); save the document as text, Markdown or HTML',
      'empty.html: has no text to answer from (it is empty or only headings or markup)',
      `huge.txt: document is ${MAX_DOCUMENT_BYTES + 2} bytes; the limit is ${MAX_DOCUMENT_BYTES}. Split it into several files.`,
      'latin1.txt:2: is not UTF-8 text (byte 12); save it with the UTF-8 encoding, or convert it: iconv -f WINDOWS-1252 -t UTF-8 (a file from Windows) or iconv -f MACINTOSH -t UTF-8 (from a Mac)',
      'macroman.txt:3: is not UTF-8 text (byte 14); save it with the UTF-8 encoding, or convert it: iconv -f WINDOWS-1252 -t UTF-8 (a file from Windows) or iconv -f MACINTOSH -t UTF-8 (from a Mac)',
    ]);
    const loaded = loadDocuments(dir);
    expect(loaded.ok).toBe(false);
  });

  it('GIVEN two files with the same name THEN passage ids stay unique', () => {
    writeFileSync(path.join(dir, 'syllabus.md'), 'Markdown text.');
    writeFileSync(path.join(dir, 'syllabus.txt'), 'Plain text.');
    const loaded = loadDocuments(dir);
    expect(loaded.ok && loaded.value.map((p) => p.id)).toEqual(['syllabus-1', 'syllabus-1-2']);
  });
});
