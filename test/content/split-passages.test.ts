import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/content/html-to-markdown.ts';
import { splitDocument, windows } from '../../src/content/split-passages.ts';
import { splitSentences, wordCount } from '../../src/content/sentences.ts';

const markdown = [
  '# Course Handbook',
  '',
  'Welcome to the course.',
  '',
  '## Grading',
  '',
  '| part | weight |',
  '| --- | --- |',
  '| Homework | 40% |',
  '| Exam | 60% |',
  '',
  '### Late work',
  '',
  'Late homework loses 10% per day.',
  '',
  '## Materials',
  '',
  '- a laptop',
  '- the textbook',
  '  (any edition)',
  '- a calculator',
  '',
  'Setext heading',
  '--------------',
  '',
  'Text under a setext heading.',
].join('\n');

describe('splitting Markdown into passages', () => {
  const passages = splitDocument(markdown, '/c/handbook.md', 'markdown');

  it('GIVEN headings THEN each passage carries its heading path as section, the first H1 as document title', () => {
    expect(passages.map((p) => [p.section, p.text.split('\n')[0]])).toEqual([
      ['', 'Welcome to the course.'],
      ['Grading', '| part | weight |'],
      ['Grading > Late work', 'Late homework loses 10% per day.'],
      ['Materials', '- a laptop'],
      ['Setext heading', 'Text under a setext heading.'],
    ]);
    expect(new Set(passages.map((p) => p.document))).toEqual(new Set(['Course Handbook']));
  });

  it('GIVEN a table and a list THEN each is kept whole in one passage, with its starting line', () => {
    const table = passages.find((p) => p.section === 'Grading');
    expect(table?.text).toBe('| part | weight |\n| --- | --- |\n| Homework | 40% |\n| Exam | 60% |');
    expect(table?.line).toBe(7);
    const list = passages.find((p) => p.section === 'Materials');
    expect(list?.text).toBe('- a laptop\n- the textbook\n  (any edition)\n- a calculator');
  });

  it('GIVEN ids THEN they are unique and name the file', () => {
    expect(passages.map((p) => p.id)).toEqual([
      'handbook-1',
      'handbook-2',
      'handbook-3',
      'handbook-4',
      'handbook-5',
    ]);
  });

  it('GIVEN a long section THEN it is cut at sentence boundaries into passages of bounded size', () => {
    const sentences = Array.from(
      { length: 40 },
      (_, i) => `Sentence number ${i} says something about topic ${i}.`,
    );
    const long = `# T\n\n## Policies\n\n${sentences.join(' ')}`;
    const parts = splitDocument(long, 'x.md', 'markdown', { maxWords: 50, overlapWords: 20 });
    expect(parts.length).toBeGreaterThan(4);
    for (const p of parts) {
      expect(wordCount(p.text)).toBeLessThanOrEqual(50);
      expect(p.text).toMatch(/^Sentence number \d+ .*\.$/);
      expect(p.section).toBe('Policies');
    }
    // every sentence is in some passage
    for (const s of sentences) expect(parts.some((p) => p.text.includes(s))).toBe(true);
  });

  it('GIVEN a short bold line on its own THEN it heads what follows, below the real headings; a bold sentence stays text', () => {
    const schedule = [
      '# Course',
      '',
      '## Weekly Schedule',
      '',
      '**Week One: Introductions - January 7th and  9th** ',
      '',
      '- Tuesday: overview',
      '',
      '**Week Two: Conversations**',
      '',
      '- Tuesday: Imagined Rooms due',
      '',
      '**No class during reading week.**',
      '',
      '## Grading',
      '',
      'Points.',
    ].join('\n');
    expect(splitDocument(schedule, '/c/s.md', 'markdown').map((p) => [p.section, p.text])).toEqual([
      ['Weekly Schedule > Week One: Introductions - January 7th and 9th', '- Tuesday: overview'],
      [
        'Weekly Schedule > Week Two: Conversations',
        '- Tuesday: Imagined Rooms due\n\n**No class during reading week.**',
      ],
      ['Grading', 'Points.'],
    ]);
  });

  it('GIVEN a block quote THEN its text is kept without its markers, a blank quoted line parting paragraphs', () => {
    const quoted = [
      '## Attendance',
      '',
      'The school says:',
      '',
      '> Attend every class.',
      '>',
      '> Notify us early.',
    ].join('\n');
    expect(splitDocument(quoted, '/c/a.md', 'markdown').map((p) => p.text)).toEqual([
      'The school says:\n\nAttend every class.\n\nNotify us early.',
    ]);
  });

  it('GIVEN fenced code THEN every passage of it keeps the fences, so a quote shows code and not Markdown', () => {
    const lines = Array.from({ length: 60 }, (_, k) => `# step ${k}: run the setup script with care`);
    const doc = [
      '## Setup',
      '',
      'Run:',
      '',
      '```sh',
      '> conda activate dl',
      '| not | a table |',
      '```',
      '',
    ].join('\n');
    expect(splitDocument(doc, '/c/a.md', 'markdown').map((p) => p.text)).toEqual([
      'Run:\n\n```\n> conda activate dl\n| not | a table |\n```',
    ]);
    const long = splitDocument(['## Setup', '', '```', ...lines, '```'].join('\n'), '/c/b.md', 'markdown');
    expect(long.length).toBeGreaterThan(1);
    for (const p of long) expect(p.text).toMatch(/^```\n# step \d+[^`]*\n```$/);
    expect(long.map((p) => p.text.split('\n').slice(1, -1)).flat()).toEqual(lines);
  });

  it('GIVEN thematic breaks between sections THEN no passage shows them; a setext underline still makes a heading', () => {
    const md = [
      '# Course',
      '',
      '---',
      '',
      '## Instructor',
      '',
      'Office hours on Tuesdays.',
      '',
      '---',
      '',
      '## Exams',
      '',
      'The midterm is in week 7.',
      '',
      '* * *',
      '',
      'The final is cumulative.',
      '',
      '___',
      '',
      'Grading',
      '-------',
      '',
      'Points.',
    ].join('\n');
    expect(splitDocument(md, '/c/s.md', 'markdown').map((p) => [p.section, p.text])).toEqual([
      ['Instructor', 'Office hours on Tuesdays.'],
      ['Exams', 'The midterm is in week 7.\n\nThe final is cumulative.'],
      ['Grading', 'Points.'],
    ]);
  });

  it('GIVEN no heading THEN the document title is the file name', () => {
    expect(splitDocument('Just text.', '/x/course_notes.md', 'markdown')[0]?.document).toBe('Course notes');
  });
});

describe('splitting plain text', () => {
  it('GIVEN one long line without structure THEN overlapping windows of whole sentences cover it', () => {
    const text = Array.from(
      { length: 30 },
      (_, i) => `Rule ${i} applies to every student in the course.`,
    ).join(' ');
    const parts = splitDocument(text, '/x/syllabus.txt', 'text', { maxWords: 40, overlapWords: 15 });
    expect(parts.length).toBeGreaterThan(5);
    for (const p of parts) {
      expect(wordCount(p.text)).toBeLessThanOrEqual(40);
      expect(p.section).toBe('');
      expect(p.document).toBe('Syllabus');
    }
    // neighbouring windows overlap: the last sentence of one starts the next
    const last = splitSentences(parts[0]?.text ?? '').at(-1);
    expect(parts[1]?.text).toContain(last);
  });

  it('GIVEN paragraphs THEN they become passages with their line numbers', () => {
    const parts = splitDocument('First paragraph.\n\n\nSecond\nparagraph.', 'a.txt', 'text');
    expect(parts.map((p) => [p.line, p.text])).toEqual([[1, 'First paragraph.\n\nSecond\nparagraph.']]);
  });

  it('GIVEN separator lines THEN they part paragraphs and are left out', () => {
    const parts = splitDocument('GRADING\n=======\nHomework 40%.\n\n-----\nExams 60%.', 'a.txt', 'text');
    expect(parts.map((p) => p.text)).toEqual(['GRADING\n\nHomework 40%.\n\nExams 60%.']);
  });

  it('GIVEN a table of contents with dot leaders THEN its entries are left out, and later text keeps its line', () => {
    const text = [
      'Sport Data Analytics',
      'Basic information............................ 1 Grading scale ...................... 7 Extra credit ....... 7',
      '1. Collect and manipulate data................................. 3',
      '',
      'Grading scale: A is 93 or more.',
    ].join('\n');
    const parts = splitDocument(text, 'syllabus.txt', 'text');
    expect(parts.map((p) => p.text).join('\n')).not.toMatch(/\.{5}|Basic information|manipulate/);
    expect(parts.at(-1)?.text).toContain('Grading scale: A is 93 or more.');
    // (lines keep their numbers: the passage under a heading after the contents starts where it did)
    const md = splitDocument(
      `${text.replace('Sport', '# Sport')}\n\n## Exams\n\nTwo exams.`,
      'a.md',
      'markdown',
    );
    expect(md.find((p) => p.section === 'Exams')?.line).toBe(9);
    // (an ellipsis in a sentence, or a leader without a page number, is text)
    expect(splitDocument('Bring: pens, paper..... and a calculator.', 'a.txt', 'text')[0]?.text).toBe(
      'Bring: pens, paper..... and a calculator.',
    );
  });

  it('GIVEN abbreviations and bullets THEN sentences are cut only where sentences end', () => {
    expect(
      splitSentences('Office hours with Dr. Smith, e.g. Monday. Labs run weekly • Bring goggles'),
    ).toEqual(['Office hours with Dr. Smith, e.g. Monday.', 'Labs run weekly', 'Bring goggles']);
  });

  it('GIVEN more sentences than fit THEN windows never drop a sentence', () => {
    const text = 'One two three. Four five six. Seven eight nine. Ten eleven twelve.';
    expect(windows(text, { maxWords: 6, overlapWords: 3 })).toEqual([
      'One two three. Four five six.',
      'Four five six. Seven eight nine.',
      'Seven eight nine. Ten eleven twelve.',
    ]);
  });
});

describe('HTML documents', () => {
  const html = `<!doctype html><html><head><title>x</title><style>body{color:red}</style></head><body>
    <h1>Syllabus</h1><script>alert(1)</script>
    <h2>Grading</h2><p>Homework counts for <b>40%</b>.</p>
    <table><thead><tr><th>Part</th><th>Weight</th></tr></thead><tbody><tr><td>Exam</td><td>60%</td></tr></tbody></table>
    <h2>Contact</h2><ul><li>E-mail the TA</li><li>Come to office hours</li></ul></body></html>`;

  it('GIVEN HTML THEN headings, paragraphs, lists and tables survive as Markdown; scripts and styles do not', () => {
    const md = htmlToMarkdown(html);
    expect(md).not.toMatch(/alert|color:red/);
    const passages = splitDocument(md, 'page.html', 'markdown');
    expect(passages.map((p) => [p.document, p.section])).toEqual([
      ['Syllabus', 'Grading'],
      ['Syllabus', 'Contact'],
    ]);
    expect(passages[0]?.text).toBe(
      'Homework counts for **40%**.\n\n| Part | Weight |\n| --- | --- |\n| Exam | 60% |',
    );
    expect(passages[1]?.text).toBe('-   E-mail the TA\n-   Come to office hours');
  });
});
