// A syllabus taken from a course website's source: its front matter and HTML comments (an old policy commented out)
// are never quoted, passages keep their lines, and template code the site generator fills in is named by validate.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/content/load-documents.ts';
import {
  findLongCodeBlock,
  findTemplateText,
  withoutHiddenMarkup,
} from '../../src/content/markdown-source.ts';
import { runValidate } from '../cli/run-validate.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'md-source-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SITE_PAGE = [
  '---', // 1
  'layout: default',
  'title: Syllabus',
  '---',
  '# Distributed Systems', // 5
  '',
  '## Forum',
  '',
  '<!-- ## Old forum policy',
  '', // 10
  'Post on the old forum at {{ site.course.forum }} and mark grade questions private. -->',
  '',
  'Ask questions on the discussion board. <!-- Course Staff -->',
  '',
  '## Late work', // 15
  '',
  'Two late days per assignment.',
  '',
].join('\n');

function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  return file;
}

describe('GIVEN a Markdown page from a course website', () => {
  it('WHEN it is split THEN the front matter and comments are gone and every passage keeps its line', () => {
    const loaded = loadDocument(write('site.md', SITE_PAGE));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.map((p) => [p.line, p.document, p.section, p.text])).toEqual([
      [13, 'Distributed Systems', 'Forum', 'Ask questions on the discussion board.'],
      [17, 'Distributed Systems', 'Late work', 'Two late days per assignment.'],
    ]);
  });

  it('WHEN a comment is never closed THEN the rest is hidden, as a browser does; a "---" rule later stays a rule', () => {
    expect(withoutHiddenMarkup('Text.\n<!-- draft\nmore\n')).toBe('Text.\n\n\n');
    const text = '# Title\n\nIntro.\n\n---\n\nNext.\n';
    expect(withoutHiddenMarkup(text)).toBe(text);
  });

  it("WHEN it has Pandoc's layout markup (a Quarto site) THEN fences, heading and span attributes are gone, lines kept", () => {
    const quarto = [
      '# Syllabus {.unnumbered}', // 1
      '',
      '::: {.syllabus}',
      '',
      '## Grading {#sec-grading .unnumbered}', // 5
      '',
      'Two take-home problems, [35% each]{.mono-font-smaller}.',
      '',
      ':::',
    ].join('\n');
    expect(withoutHiddenMarkup(quarto).split('\n')).toEqual([
      '# Syllabus',
      '',
      '',
      '',
      '## Grading',
      '',
      'Two take-home problems, 35% each.',
      '',
      '',
    ]);
    const loaded = loadDocument(write('quarto.md', quarto));
    expect(loaded.ok && loaded.value.map((p) => [p.line, p.document, p.section, p.text])).toEqual([
      [7, 'Syllabus', 'Grading', 'Two take-home problems, 35% each.'],
    ]);
  });

  it('WHEN it has template code in its text THEN it is found at its line, and not inside a comment', () => {
    expect(findTemplateText(SITE_PAGE)).toBeNull();
    const text = 'Intro.\n\n{% include staff.html %}\n\nSee [the schedule]({{ site.baseurl }}/schedule).\n';
    expect(findTemplateText(text)).toEqual({ count: 2, line: 3, example: '{% include staff.html %}' });
  });

  it('WHEN it has a long code block THEN it is found at its fence; a short one, or one in a comment, is not', () => {
    const block = (n: number) => [
      '```yaml',
      ...Array.from({ length: n }, (_, i) => `  week ${i + 1}: topic`),
      '```',
    ];
    const text = ['# Schedule', '', ...block(3), '', '<!--', ...block(20), '-->', '', ...block(20), ''].join(
      '\n',
    );
    expect(findLongCodeBlock(text)).toEqual({ line: 34, lines: 20, first: 'week 1: topic' });
    expect(findLongCodeBlock(['# Schedule', '', ...block(15)].join('\n'))).toBeNull();
  });

  it('WHEN validate runs THEN it warns about the template code with file and line, and passes', () => {
    const dir = path.join(tmp, 'course');
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, 'course.yaml'),
      'name: Distributed Systems\ncontacts:\n  email: ds@uni.edu\n',
    );
    const schedule = ['```yaml', ...Array.from({ length: 16 }, (_, i) => `Week ${i + 1}: topic`), '```'];
    writeFileSync(
      path.join(dir, 'syllabus.md'),
      ['# Syllabus', '', 'Office hours: see {{ site.course.oh }}.', '', ...schedule, ''].join('\n'),
    );
    const run = runValidate(['--faq', dir]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      `Warning: ${path.join(dir, 'syllabus.md')}:5: a code block of 16 lines ("Week 1: topic") would be quoted to students as it is.`,
    );
    expect(run.stderr).toContain(
      `Warning: ${path.join(dir, 'syllabus.md')}:3: "{{ site.course.oh }}" is template code that the course website's generator fills in`,
    );
  });
});

describe('GIVEN a syllabus page with images beside its sections', () => {
  it('WHEN it is loaded THEN no passage holds an image tag or path, and alt text stays as text', () => {
    const pages: [string, string][] = [
      [
        'images.md',
        '# Syllabus\n\n## Textbook\n<img src="assets/images/textbook.jpg" width="100">\nThe textbook is ![Cover of Microeconomics](assets/cover.png) *Microeconomics*, 12th edition.\n',
      ],
      [
        'images.html',
        '<h1>Syllabus</h1><h2>Textbook</h2><img src="assets/images/textbook.jpg" width="100"><p>The textbook is <img src="assets/cover.png" alt="Cover of Microeconomics"> <em>Microeconomics</em>, 12th edition.</p>',
      ],
    ];
    for (const [name, text] of pages) {
      const loaded = loadDocument(write(name, text));
      expect(loaded.ok).toBe(true);
      const passages = loaded.ok ? loaded.value : [];
      const all = passages.map((p) => p.text).join('\n');
      expect(all, name).not.toMatch(/<img|assets\/|!\[/);
      expect(all, name).toMatch(/The textbook is Cover of Microeconomics \*?_?Microeconomics/);
    }
  });
});
