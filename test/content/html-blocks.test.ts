// A Markdown page from a course website with blocks of HTML among its Markdown: each block is read as the page
// shows it (headings, paragraphs, lists), the Markdown around it as Markdown, and code blocks as they are.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlBlocksToMarkdown } from '../../src/content/html-blocks.ts';
import { loadDocument } from '../../src/content/load-documents.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'html-blocks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PAGE = [
  '---',
  'title: Syllabus',
  '---',
  '',
  '<h2>Computational Morphology</h2>',
  '',
  '<p>Models of word structure.</p>',
  '',
  '<h4>Instructor</h4>',
  '[Lane Schwartz](https://example.edu/lane)',
  '- Office hours Tue 4:00 PM via Zoom',
  '',
  '<h4>Required Texts</h4>',
  '<ul>',
  '  <li><p><a href="https://example.edu/fsm">Finite State Morphology</a> by Beesley and Karttunen</p></li>',
  '<!-- <li>an old book</li> -->',
  '',
  '  <li>The Klingon Dictionary</li>',
  '</ul>',
  '',
  '## Tools',
  '',
  '```',
  '<div>not a block</div>',
  '```',
].join('\n');

describe('GIVEN a Markdown page with HTML blocks', () => {
  it('WHEN it is split THEN the HTML headings head sections, its lists are lists, the Markdown stays, lines kept', () => {
    const file = path.join(tmp, 'syllabus.md');
    writeFileSync(file, PAGE);
    const loaded = loadDocument(file);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.map((p) => [p.line, p.section, p.text])).toEqual([
      [7, 'Computational Morphology', 'Models of word structure.'],
      [
        10,
        'Computational Morphology > Instructor',
        '[Lane Schwartz](https://example.edu/lane)\n\n- Office hours Tue 4:00 PM via Zoom',
      ],
      [
        15,
        'Computational Morphology > Required Texts',
        '-   [Finite State Morphology](https://example.edu/fsm) by Beesley and Karttunen\n-   The Klingon Dictionary',
      ],
      [23, 'Tools', '```\n<div>not a block</div>\n```'],
    ]);
  });

  it('WHEN a block is converted THEN the lines after it keep their numbers where it has room', () => {
    const text = '<ul>\n<li>a</li>\n\n\n\n<li>b</li>\n</ul>\nNext.';
    const lines = htmlBlocksToMarkdown(text).split('\n');
    expect(lines.indexOf('Next.')).toBe(7);
  });
});
