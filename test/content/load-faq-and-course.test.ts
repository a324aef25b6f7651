import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '../../src/content/content-error.ts';
import {
  DEFAULT_FAQ_DIR,
  DEFAULT_SCHEDULE_FILE,
  loadContent,
  loadCourse,
} from '../../src/content/load-content.ts';
import { loadFaq, unreadSubfolders } from '../../src/content/load-faq.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'faq-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entry = (id: string, extra = ''): string =>
  `- id: ${id}\n  title: Title ${id}\n  questions:\n    - first way to ask about ${id}\n    - second way to ask about ${id}\n  tags: [t]\n  answer: The answer.\n${extra}`;

function faqProblems(): string[] {
  const result = loadFaq(dir);
  return result.ok
    ? []
    : result.issues.map((i) => formatIssue({ ...i, file: path.relative(dir, i.file) || i.file }));
}

describe('loading the FAQ', () => {
  it('GIVEN entries in several files THEN all are loaded with their file and line', () => {
    writeFileSync(path.join(dir, 'a.yaml'), entry('one') + entry('two'));
    writeFileSync(path.join(dir, 'b.yml'), entry('three'));
    const result = loadFaq(dir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((e) => [e.id, path.basename(e.file), e.line])).toEqual([
      ['one', 'a.yaml', 1],
      ['two', 'a.yaml', 8],
      ['three', 'b.yml', 1],
    ]);
  });

  it('GIVEN a problem in an entry without a usable id THEN the entry is named by its place in the file', () => {
    writeFileSync(path.join(dir, 'a.yaml'), entry('one').replace('id: one', 'id: 12 Bad Id'));
    expect(faqProblems()[0]).toMatch(/^a\.yaml:1 \[0\]\.id: /);
  });

  it('GIVEN a file in UTF-16, in Latin-1 or of binary data THEN the encoding is named, not a YAML error', () => {
    writeFileSync(path.join(dir, 'a.yaml'), Buffer.from(`\ufeff${entry('one')}`, 'utf16le'));
    writeFileSync(
      path.join(dir, 'b.yaml'),
      Buffer.from(entry('two').replace('The answer.', 'Café.'), 'latin1'),
    );
    writeFileSync(path.join(dir, 'c.yaml'), Buffer.from([0x2d, 0x20, 0x00, 0x01, 0xff, 0x10]));
    expect(faqProblems()).toEqual([
      'a.yaml: is UTF-16 text (saved as "Unicode"); save it with the UTF-8 encoding',
      'b.yaml:7: is not UTF-8 text (byte 134); save it with the UTF-8 encoding, or convert it: iconv -f WINDOWS-1252 -t UTF-8 (a file from Windows) or iconv -f MACINTOSH -t UTF-8 (from a Mac)',
      'c.yaml: is not a text file (it holds binary data); write it as YAML text in UTF-8',
    ]);
  });

  it('GIVEN questions that are not a list THEN it says so, not that they are missing', () => {
    writeFileSync(
      path.join(dir, 'a.yaml'),
      entry('one').replace(/ {2}questions:\n.*\n.*\n/, '  questions: what is one\n'),
    );
    expect(faqProblems()).toEqual([
      'a.yaml:3 one.questions: must be a list of questions, one "- question" per line below it',
    ]);
  });

  it('GIVEN a phrasing that holds " - " and the next phrasing in the same column THEN both are phrasings', () => {
    writeFileSync(
      path.join(dir, 'a.yaml'),
      entry('one').replace(
        '    - first way to ask about one\n',
        '    - exam - second way to ask about one\n',
      ),
    );
    expect(faqProblems()).toEqual([]);
  });

  it('GIVEN content files in a folder inside the FAQ folder THEN a note says they are not read', () => {
    writeFileSync(path.join(dir, 'a.yaml'), entry('one'));
    mkdirSync(path.join(dir, 'exams'));
    writeFileSync(path.join(dir, 'exams', 'b.yaml'), entry('two'));
    mkdirSync(path.join(dir, 'images'));
    writeFileSync(path.join(dir, 'images', 'logo.png'), 'x');
    expect(unreadSubfolders(dir)).toEqual([
      `${path.join(dir, 'exams')}${path.sep} holds 1 content file (b.yaml), which is not read: only the files directly in ${dir} are. Move it up to use it.`,
    ]);
    expect(loadFaq(dir).ok && loadFaq(dir)).toMatchObject({ value: [{ id: 'one' }] });
  });

  it('GIVEN a line of an entry indented with a tab THEN the tab is named with its line, not the parser\'s "Unexpected scalar"', () => {
    // (a field of an entry at the top of the file, and a line of a block answer: each read out of step by the parser)
    writeFileSync(path.join(dir, 'a.yaml'), entry('one') + entry('two').replace('  title:', '\ttitle:'));
    writeFileSync(
      path.join(dir, 'b.yaml'),
      entry('three').replace('  answer: The answer.', '  answer: |\n\tThe answer.'),
    );
    const found = faqProblems();
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /^a\.yaml:9: not valid YAML: Tabs are not allowed as indentation \(indent with spaces\)/,
    );
    expect(found[1]).toMatch(
      /^b\.yaml:8: not valid YAML: Tabs are not allowed as indentation \(indent with spaces\)/,
    );
  });

  it('GIVEN an empty answer THEN the file, line and field are named', () => {
    writeFileSync(path.join(dir, 'a.yaml'), entry('one').replace('answer: The answer.', 'answer: "   "'));
    expect(faqProblems()).toEqual(['a.yaml:7 one.answer: is empty: write the answer in Markdown']);
  });

  it('GIVEN the same id in two files THEN it is a duplicate error pointing at both', () => {
    writeFileSync(path.join(dir, 'a.yaml'), entry('one'));
    writeFileSync(path.join(dir, 'b.yaml'), entry('one').replace(/about one/g, 'about uno'));
    const problems = faqProblems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^b\.yaml:1 id: "one" is used twice \(also .*a\.yaml:1\)/);
  });

  it('GIVEN the same question in two entries THEN it is an error (a question belongs to one entry)', () => {
    writeFileSync(
      path.join(dir, 'a.yaml'),
      entry('one') + entry('two').replace('first way to ask about two', 'First way to ask about one?'),
    );
    // (at the phrasing's own line, naming the other's)
    expect(faqProblems()).toEqual([
      'a.yaml:11 two.questions[0]: "First way to ask about one?" is also a phrasing of entry "one" (line 4); a phrasing belongs to one entry, so remove it from one of them',
    ]);
  });

  it('GIVEN the same question twice in one entry THEN it is an error saying to remove one', () => {
    writeFileSync(
      path.join(dir, 'a.yaml'),
      entry('one').replace('second way to ask about one', 'First way to ask about one!'),
    );
    expect(faqProblems()).toEqual([
      'a.yaml:5 one.questions[1]: "First way to ask about one!" is written twice in entry "one"; remove one (each phrasing counts once)',
    ]);
  });

  it('GIVEN a phrasing indented under the one before it THEN it is an error, not one phrasing silently made of two', () => {
    writeFileSync(
      path.join(dir, 'a.yaml'),
      entry('one').replace(
        '    - second way to ask about one\n',
        '      - second way to ask about one\n    - a third way to ask,\n      written on two lines\n',
      ),
    );
    expect(faqProblems()).toEqual([
      'a.yaml:4 one.questions[0]: this phrasing runs on into line 5, "- second way to ask about one", which is indented more than its own "-", so YAML reads both as one phrasing; indent line 5 like the other phrasings to make it a phrasing of its own',
    ]);
  });

  it('GIVEN an unknown field, a single question and a bad see_also THEN each is reported', () => {
    writeFileSync(
      path.join(dir, 'a.yaml'),
      entry('one', '  see_also: [nowhere]\n') +
        '- id: two\n  title: Two\n  questions: [only one]\n  answer: A.\n  colour: red\n',
    );
    const problems = faqProblems();
    expect(problems).toEqual([
      'a.yaml:11 two.questions: needs at least two ways students phrase the question',
      'a.yaml:13 two.colour: unknown field (check the spelling; the fields allowed here are id, title, questions, tags, answer, see_also)',
    ]);
    writeFileSync(path.join(dir, 'a.yaml'), entry('one', '  see_also: [nowhere]\n'));
    expect(faqProblems()).toEqual(['a.yaml:1 one.see_also: "nowhere" is not the id of any FAQ entry']);
  });

  it('GIVEN tags or see_also written as one word instead of a list THEN the fix is named', () => {
    writeFileSync(
      path.join(dir, 'a.yaml'),
      entry('one').replace('tags: [t]', 'tags: exam') + entry('two', '  see_also: one\n'),
    );
    expect(faqProblems()).toEqual([
      'a.yaml:6 one.tags: must be a list: [a, b], or one "- item" per line below it',
      'a.yaml:15 two.see_also: must be a list: [a, b], or one "- item" per line below it',
    ]);
  });

  it('GIVEN numbers among the tags THEN they load as words', () => {
    writeFileSync(path.join(dir, 'a.yaml'), entry('one').replace('tags: [t]', 'tags: [lab, 1, 2.5]'));
    const result = loadFaq(dir);
    expect(result.ok && result.value[0]?.tags).toEqual(['lab', '1', '2.5']);
    // true or false (YAML reads them as yes/no values) is not taken for a word: it is named, with the fix
    writeFileSync(path.join(dir, 'a.yaml'), entry('one').replace('tags: [t]', 'tags: [lab, true]'));
    expect(faqProblems()).toEqual(['a.yaml:6 one.tags[1]: must be text (put it in quotes): a tag']);
  });

  it('GIVEN a file that does not load THEN links to its entries are not reported too: one problem, not a cascade', () => {
    writeFileSync(
      path.join(dir, 'a.yaml'),
      entry('one') + entry('two').replace('tags: [t]', 'tags: [t]\n  colour: red'),
    );
    writeFileSync(path.join(dir, 'b.yaml'), entry('three', '  see_also: [one, two, nowhere]\n'));
    expect(faqProblems()).toEqual([
      'a.yaml:14 two.colour: unknown field (check the spelling; the fields allowed here are id, title, questions, tags, answer, see_also)',
      'b.yaml:1 three.see_also: "nowhere" is not the id of any FAQ entry',
    ]);
    // the same when the file is not even valid YAML
    writeFileSync(path.join(dir, 'a.yaml'), `${entry('one')}  answer: [unclosed\n`);
    const problems = faqProblems();
    expect(problems.filter((p) => p.startsWith('b.yaml'))).toEqual([
      'b.yaml:1 three.see_also: "two" is not the id of any FAQ entry',
      'b.yaml:1 three.see_also: "nowhere" is not the id of any FAQ entry',
    ]);
  });

  it('GIVEN a folder without FAQ files THEN it says so', () => {
    expect(faqProblems()).toEqual([
      `${dir}: no FAQ files (*.yaml besides course.yaml) and no course documents (.md, .txt, .html) in this folder: add a file of FAQ entries or the syllabus as a document`,
    ]);
  });

  it('GIVEN the folder init-course made instead of its faq/ folder THEN the folder to give is named', () => {
    // (my-course/ where my-course/faq/ was meant: the course file and the FAQ are a level down)
    mkdirSync(path.join(dir, 'faq'));
    writeFileSync(path.join(dir, 'faq', 'course.yaml'), 'name: X\ncontacts: { email: x@example.edu }\n');
    writeFileSync(path.join(dir, 'faq', 'a.yaml'), entry('one'));
    const faq = path.join(dir, 'faq');
    expect(faqProblems()).toEqual([
      `${dir}: no FAQ files (*.yaml besides course.yaml) and no course documents (.md, .txt, .html) in this folder; ${faq} has the course file: give that folder (--faq ${faq}, or FAQ_DIR=${faq})`,
    ]);
  });
});

describe('loading the course file', () => {
  it('GIVEN the shipped course file in the first format THEN its grading rules become the model', () => {
    const course = loadCourse(DEFAULT_FAQ_DIR);
    expect(course.ok).toBe(true);
    if (!course.ok) return;
    expect(course.value.grading).toMatchObject({
      calculator: true,
      scale: { min: 1, max: 10, pass: 5.5 },
      components: [
        { id: 'assignments', count: 4, points_each: 10, pass: { points: 21 }, full_points: 40 },
        { id: 'exam', count: 1, points_each: 40, pass: { points: { min: 20, max: 25 } }, floor_points: 10 },
      ],
      final: { rule: 'both_parts_then_average' },
      late: { policy: 'penalty', per_day: 2, unit: 'points' },
    });
    // The coordinator's address is not in the course document: a clearly marked placeholder.
    expect(course.value.contacts.email).toMatch(/@example\.org$/);
  });

  it('GIVEN a bad e-mail and a pass mark range upside down THEN both are explained, together', () => {
    cpSync(path.join(DEFAULT_FAQ_DIR, 'course.yaml'), path.join(dir, 'course.yaml'));
    const text = readFileSync(path.join(dir, 'course.yaml'), 'utf8')
      .replace('dl-coordinator@example.org', 'not-an-address')
      .replace('pass_mark_min: 20', 'pass_mark_min: 30');
    writeFileSync(path.join(dir, 'course.yaml'), text);
    let result = loadCourse(dir);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
        'contacts.email: "not-an-address" is not an e-mail address such as staff@university.edu (until the real one is known, a placeholder such as staff@example.edu is accepted, with a warning)',
        'grading.exam.pass_mark_min: is above pass_mark_max',
      ]);
    writeFileSync(path.join(dir, 'course.yaml'), text.replace('not-an-address', 'x@example.org'));
    result = loadCourse(dir);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
        'grading.exam.pass_mark_min: is above pass_mark_max',
      ]);
  });
});

describe('addresses in the course file written as a browser or a mail program shows them', () => {
  it('GIVEN a web address without https:// or an e-mail address with mailto: THEN the fix is the address written out', () => {
    writeFileSync(
      path.join(dir, 'course.yaml'),
      [
        'name: Introduction to Statistical Reasoning',
        'website: stat120.northfield-state.edu',
        'contacts:',
        '  email: mailto:stat120-help@northfield-state.edu',
        '  discussion_board: Ed Discussion',
        '  discussion_board_url: edstem.org/us/courses/99999',
        '',
      ].join('\n'),
    );
    const result = loadCourse(dir);
    expect(
      result.ok ? [] : result.issues.map((i) => formatIssue({ ...i, file: path.basename(i.file) })),
    ).toEqual([
      'course.yaml:2 website: "stat120.northfield-state.edu" is not a web address: write it with https:// in front, "https://stat120.northfield-state.edu"',
      'course.yaml:4 contacts.email: "mailto:stat120-help@northfield-state.edu" is not an e-mail address: write the address alone, "stat120-help@northfield-state.edu"',
      'course.yaml:6 contacts.discussion_board_url: "edstem.org/us/courses/99999" is not a web address: write it with https:// in front, "https://edstem.org/us/courses/99999"',
    ]);
  });
});

describe('an empty course file', () => {
  it('THEN it says what to write, not zod\'s "Invalid input"', () => {
    writeFileSync(path.join(dir, 'course.yaml'), '# nothing yet\n');
    const result = loadCourse(dir);
    expect(result.ok ? [] : result.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      ': is empty: write its fields (name: value), as docs/adopting.md shows',
    ]);
  });
});

describe('synonyms in the course file', () => {
  const problemsWith = (synonyms: string): string[] => {
    writeFileSync(
      path.join(dir, 'course.yaml'),
      `name: X\ncontacts: { email: x@example.edu }\nsynonyms:\n${synonyms}`,
    );
    const result = loadCourse(dir);
    return result.ok ? [] : result.issues.map((i) => formatIssue({ ...i, file: path.basename(i.file) }));
  };

  it('GIVEN a two-word key THEN the line and field are named and one word of it is offered as the fix', () => {
    expect(problemsWith('  lab: [practical]\n  problem set: [pset, psets]\n')).toEqual([
      'course.yaml:5 synonyms.problem set: "problem set" is not one lower-case word: a synonym maps one word the FAQ uses to the words students use for it; use one word of it, such as problem: [pset, psets]',
    ]);
  });

  it('GIVEN a phrase among the words students use THEN it is named', () => {
    expect(problemsWith('  problem: [pset, p set]\n')).toEqual([
      'course.yaml:4 synonyms.problem[1]: "p set" is not one lower-case word: list each word students use on its own (a phrase cannot be a synonym)',
    ]);
  });
});

describe('an unknown field in the course file', () => {
  const problemsWith = (yaml: string): string[] => {
    writeFileSync(path.join(dir, 'course.yaml'), yaml);
    const result = loadCourse(dir);
    return result.ok ? [] : result.issues.map((i) => formatIssue({ ...i, file: path.basename(i.file) }));
  };

  it('GIVEN a misspelt field inside contacts THEN the fields allowed there are listed', () => {
    expect(problemsWith('name: X\ncontacts:\n  email: x@example.edu\n  emial: y@example.edu\n')).toEqual([
      'course.yaml:4 contacts.emial: unknown field (check the spelling; the fields allowed here are email, private_channel, coordinator, role, discussion_board, discussion_board_url)',
    ]);
  });
});

describe('loading all content', () => {
  it('GIVEN the shipped content THEN it loads', () => {
    const content = loadContent();
    expect(content.faq.length).toBeGreaterThan(0);
    expect(content.schedule.timezone).toBe('Europe/Amsterdam');
    expect(content.schedule.events.filter((e) => e.type === 'deadline')).toHaveLength(4);
  });

  it('GIVEN problems in the FAQ, the course file and the schedule THEN one error lists them all', () => {
    writeFileSync(path.join(dir, 'a.yaml'), entry('one').replace('answer: The answer.', 'answer: ""'));
    const schedule = path.join(mkdtempSync(path.join(tmpdir(), 'schedule-')), 'schedule.yaml');
    writeFileSync(schedule, 'course: X\ntimezone: Mars/Olympus\nevents: []\n');
    let error: unknown;
    try {
      loadContent({ faqDir: dir, scheduleFile: schedule });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ContentError);
    const fields = (error as ContentError).issues.map((i) => `${path.basename(i.file)} ${i.field}`);
    expect(fields).toEqual(['a.yaml one.answer', 'course.yaml ', 'schedule.yaml timezone']);
    expect((error as ContentError).message).toMatch(/3 problems/);
  });

  it('GIVEN a declined question or a private request that is also a phrasing THEN each is an error naming the entry', () => {
    writeFileSync(path.join(dir, 'a.yaml'), entry('one'));
    writeFileSync(
      path.join(dir, 'course.yaml'),
      'name: X\ncontacts:\n  email: x@example.edu\ndeclined:\n  - First way to ask about one?\n' +
        'private_requests:\n  examples:\n    extension:\n      - second way to ask about one\n',
    );
    let error: unknown;
    try {
      loadContent({ faqDir: dir });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect(
      (error as ContentError).issues.map((i) => formatIssue({ ...i, file: path.basename(i.file) })),
    ).toEqual([
      `course.yaml:5 declined: "First way to ask about one?" is also a question of FAQ entry "one" (${path.join(dir, 'a.yaml')}:1): a question is either answered or declined, so remove it from one of them`,
      `course.yaml:9 private_requests.examples: "second way to ask about one" is also a question of FAQ entry "one" (${path.join(dir, 'a.yaml')}:1): a question is either answered or a private request, so remove it from one of them`,
    ]);
  });

  it('GIVEN the default paths THEN they point into the project', () => {
    expect(path.basename(DEFAULT_SCHEDULE_FILE)).toBe('sample.yaml');
    expect(path.basename(DEFAULT_FAQ_DIR)).toBe('faq');
  });
});
