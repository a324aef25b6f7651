// The course's synonyms reach its documents too: a question in the students' words is searched in the course's.
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent } from '../../src/content/load-content.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { withCourseSynonyms } from '../../src/engine/model.ts';

const fixture = path.join(import.meta.dirname, '../fixtures/docs-course');
const now = new Date('2030-02-10T12:00:00Z');

/** The fixture's syllabus with a course file that gives these synonyms (YAML lines under `synonyms:`). */
function courseWith(synonyms: string) {
  const faqDir = path.join(mkdtempSync(path.join(tmpdir(), 'doc-synonyms-')), 'faq');
  mkdirSync(faqDir);
  copyFileSync(path.join(fixture, 'syllabus.md'), path.join(faqDir, 'syllabus.md'));
  writeFileSync(
    path.join(faqDir, 'course.yaml'),
    `name: Introduction to Marine Biology\ncontacts:\n  email: marine-bio@example.org\n${synonyms}`,
  );
  return loadContent({ faqDir });
}

describe('GIVEN a course of documents with synonyms', () => {
  const content = courseWith('synonyms:\n  late: [tardy]\n  report: [writeup, write-up]\n');

  it("WHEN a question uses the students' words THEN the syllabus passage in the course's words is quoted", () => {
    const reply = createAnswerEngine(content).answer('what is the penalty for a tardy lab writeup', now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('lose 10% of their points per day');
  });

  it('WHEN the question is rewritten THEN only whole words that are synonyms change, whatever their case', () => {
    const rewrite = withCourseSynonyms(content);
    expect(rewrite('Tardy lab Write-up? (writeups stay)')).toBe('late lab report? (writeups stay)');
    expect(withCourseSynonyms(courseWith(''))('a tardy writeup')).toBe('a tardy writeup');
  });
});
