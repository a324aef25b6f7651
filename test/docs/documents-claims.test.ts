// What docs/documents.md and the room advice promise a TA with a documents-only course: the FAQ entry it shows, put
// next to the syllabus, answers its question over the documents (which still answer the rest); a room written as
// course-file.md says is shown to students as written.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, PROJECT_ROOT } from '../../src/content/load-content.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'documents-claims-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function docsText(file: string): string {
  return readFileSync(path.join(PROJECT_ROOT, 'docs', file), 'utf8');
}

describe('GIVEN the FAQ entry documents.md shows, next to a syllabus', () => {
  const docs = docsText('documents.md');
  const from = docs.indexOf('**When an answer the syllabus has is missed:**');
  const entry = /```yaml\n([\s\S]*?)```/.exec(docs.slice(from))?.[1] ?? '';
  const dir = path.join(tmp, 'mixed', 'course');
  cpSync(path.join(PROJECT_ROOT, 'test/fixtures/docs-course'), dir, { recursive: true });
  // The example is indented inside a list item in the Markdown: the file holds it at the left margin.
  writeFileSync(path.join(dir, 'faq.yaml'), entry.replace(/^ {3}/gm, ''));
  const engine = createAnswerEngine(loadContent({ faqDir: dir }), { vectors: false });
  const now = new Date('2027-02-15T10:00:00Z');

  it('THEN its question gets the entry, and the documents still answer the rest', () => {
    expect(from).toBeGreaterThan(0);
    const reply = engine.answer('is the final cumulative', now);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('final-cumulative');
    const other = engine.answer('what happens if a lab report is late', now);
    expect(other.sources[0]?.id ?? '').toMatch(/^doc:/);
  });
});

describe('GIVEN a room not known yet, written as the docs say', () => {
  it('THEN both course-file.md and adopting.md give the same wording, and the schedule shows it as written', () => {
    for (const file of ['course-file.md', 'adopting.md'])
      expect(docsText(file)).toContain('`location: room to be announced`');
    const dir = path.join(tmp, 'room', 'course');
    cpSync(path.join(PROJECT_ROOT, 'test/fixtures/docs-course'), dir, { recursive: true });
    writeFileSync(
      path.join(tmp, 'room', 'schedule.yaml'),
      'course: Marine Biology\ntimezone: America/New_York\nevents:\n' +
        '  - {id: midterm, type: exam, title: Midterm, start: "2027-03-10 19:00", end: "2027-03-10 21:00", location: room to be announced}\n',
    );
    const engine = createAnswerEngine(loadContent({ faqDir: dir }), { vectors: false });
    const reply = engine.answer('when is the midterm', new Date('2027-02-15T10:00:00Z'));
    expect(reply.text).toContain('; room to be announced');
  });
});

describe('GIVEN the course file lines documents.md shows for where fallbacks send students', () => {
  const docs = docsText('documents.md');
  const from = docs.indexOf('**Where fallbacks send students.**');
  const block = /```yaml\n([\s\S]*?)```/.exec(docs.slice(from))?.[1] ?? '';
  const fallback = (courseYaml: string) => {
    const dir = path.join(mkdtempSync(path.join(tmp, 'board-')), 'course');
    cpSync(path.join(PROJECT_ROOT, 'test/fixtures/docs-course'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'course.yaml'), `name: Introduction to Marine Biology\n${courseYaml}`);
    const engine = createAnswerEngine(loadContent({ faqDir: dir }), { vectors: false });
    return engine.answer('how do i install windows on my laptop', new Date('2027-02-15T10:00:00Z'));
  };

  it('THEN discussion_board names the forum, and replies.general_questions replaces the sentence', () => {
    expect(from).toBeGreaterThan(0);
    const forum = fallback(block.slice(0, block.indexOf('# or')));
    expect(forum.kind).toBe('fallback');
    expect(forum.text).toContain('Please ask on Piazza: staff and other students answer there');
    const noForum = fallback(block);
    expect(noForum.text).toContain(
      'Questions other students could have too are best asked in class or at office hours.',
    );
    expect(noForum.text).not.toContain('Piazza');
  });
});

describe('GIVEN a "where" question and a syllabus that gives the room (documents.md, what to expect)', () => {
  const docs = docsText('documents.md').replace(/\s+/g, ' '); // (sentences wrap across lines)
  const course = (sentence: string, faq = '') => {
    const dir = path.join(mkdtempSync(path.join(tmp, 'where-')), 'course');
    cpSync(path.join(PROJECT_ROOT, 'test/fixtures/docs-course'), dir, { recursive: true });
    const syllabus = readFileSync(path.join(dir, 'syllabus.md'), 'utf8');
    writeFileSync(path.join(dir, 'syllabus.md'), `${syllabus}\n## Class meetings\n\n${sentence}\n`);
    if (faq) writeFileSync(path.join(dir, 'faq.yaml'), faq);
    return createAnswerEngine(loadContent({ faqDir: dir }), { vectors: false });
  };
  const now = new Date('2027-02-15T10:00:00Z');
  const questions = ['which room is the class in', 'where is class held'];

  it('WHEN the room has no place word THEN the quote is not given; with one THEN it is', () => {
    const bare = 'Class meets Tuesdays at 10:00 in ISB.';
    expect(docs).toContain(`"${bare.slice(0, -1)}"`);
    expect(docs).toContain('"in room 321, ISB building"');
    for (const q of questions) {
      expect(course(bare).answer(q, now).kind).toBe('fallback');
      const quoted = course('Class meets Tuesdays at 10:00 in room 321, ISB building.').answer(q, now);
      expect(quoted.sources[0]?.id ?? '').toMatch(/^doc:/);
    }
  });

  it('WHEN an FAQ entry answers with the room THEN it answers them', () => {
    const answer = 'Class meets in room 321, ISB building.';
    expect(docs).toContain(`("${answer}")`);
    const entry = `- id: class-room\n  title: Where class meets\n  questions:\n    - which room is the class in\n    - where do we meet\n  answer: ${answer}\n`;
    const engine = course('Class meets Tuesdays at 10:00 in ISB.', entry);
    for (const q of questions) expect(engine.answer(q, now).sources[0]?.id).toBe('class-room');
  });

  it('WHEN a passage names only the role THEN it answers "who is the instructor"', () => {
    expect(docs).toContain('"write to the instructor" without naming anyone');
    const engine = course('Write to the instructor for an appointment; office hours are on Mondays.');
    expect(engine.answer('who is the instructor', now).sources[0]?.id ?? '').toMatch(/^doc:/);
  });
});

describe('GIVEN the list of test questions documents.md shows, and a new FAQ entry near one of them', () => {
  const docs = docsText('documents.md');
  const dir = path.join(tmp, 'takeover');
  const course = path.join(dir, 'faq');
  cpSync(path.join(PROJECT_ROOT, 'test/fixtures/docs-course'), course, { recursive: true });
  const entry =
    /```yaml\n([\s\S]*?)```/.exec(docs.slice(docs.indexOf('**When an answer the syllabus')))?.[1] ?? '';
  writeFileSync(path.join(course, 'faq.yaml'), entry.replace(/^ {3}/gm, ''));
  const from = docs.indexOf('**Keeping a list of test questions.**');
  const set = /```yaml\n([\s\S]*?)```/.exec(docs.slice(from))?.[1] ?? '';
  writeFileSync(path.join(dir, 'questions.yaml'), set);
  const evalRun = () =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', 'test/eval.ts', '--faq', course, '--verbose', path.join(dir, 'questions.yaml')],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, DATA_DIR: dir },
        timeout: 60_000,
      },
    );

  it('THEN eval reads the set; after the entry is added THEN the question it takes is a MISS naming it', () => {
    expect(from).toBeGreaterThan(0);
    const before = evalRun();
    expect(before.status).toBe(0);
    expect(before.stdout).toContain('questions.yaml: 4/4 = 100.0%');
    writeFileSync(
      path.join(course, 'faq.yaml'),
      `${entry.replace(/^ {3}/gm, '')}- id: late-registration\n  title: Registering late\n  questions:\n` +
        '    - what happens if I register late\n    - can I join the course late\n    - what if I add the class late\n' +
        '  answer: Students who add the course after the first week must catch up on the labs they missed.\n',
    );
    const after = evalRun();
    expect(after.stdout).toContain('questions.yaml: 3/4 = 75.0%  [answer 1/2, redirect 1/1, fallback 1/1]');
    expect(after.stdout).toContain('MISS  "what happens if I hand in a lab report late"');
    expect(after.stdout).toMatch(/missing facts \/10%\/, \/five days\/ \(late-registration /);
    expect(docs).toContain('3/4 = 75.0%  [answer 1/2, redirect 1/1, fallback 1/1]');
  });
});
