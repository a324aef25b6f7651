// What a passage answer quotes: the best passage, and the second when the re-ranker cannot tell them apart, with
// two overlapping windows of one text joined into one quote.
import { describe, expect, it } from 'vitest';
import { splitDocument, type Passage } from '../../src/content/split-passages.ts';
import { passageSources, renderPassageAnswer } from '../../src/engine/passages/render-quote.ts';
import {
  chooseQuotes,
  CLOSE_SCORE,
  CONTINUE_WORDS,
  continuation,
  joinOverlap,
  MAX_QUOTE_WORDS,
  selectQuote,
} from '../../src/engine/passages/quote.ts';
import {
  FEATURE_NAMES,
  sentencesOf,
  type Candidate,
  type Features,
} from '../../src/engine/passages/scorer.ts';
import { contentWords, stem } from '../../src/engine/passages/terms.ts';

const features = Object.fromEntries(FEATURE_NAMES.map((k) => [k, 0])) as Features;
const candidate = (index: number, score: number, best = 0): Candidate => ({
  index,
  best,
  score,
  features,
  missing: { rare: 0, share: 0, known: 0, weakest: 0 },
});
const passage = (id: string, file: string, section: string, text: string): Passage => ({
  id,
  file,
  line: 1,
  document: 'Syllabus',
  section,
  text,
  format: file.endsWith('.txt') ? 'text' : 'markdown',
});

const grading = passage('s-1', 'syllabus.md', 'Grading', 'Homework counts for 40% and the exam for 60%.');
const late = passage('s-2', 'syllabus.md', 'Grading > Late work', 'Late homework loses 10% per day.');
// Two overlapping windows of one long paragraph, as the splitter cuts a text without structure.
const windowA = passage('t-1', 'notes.txt', '', 'one two three four five six seven eight nine ten');
const windowB = passage('t-2', 'notes.txt', '', 'five six seven eight nine ten eleven twelve');
const passages = [grading, late, windowA, windowB];
const sentences = (i: number): string[] => [passages[i]?.text ?? ''];

describe('joining overlapping windows', () => {
  it('GIVEN the end of one window repeated at the start of the next THEN they join without the repeat', () => {
    expect(joinOverlap(windowA.text, windowB.text)).toBe(
      'one two three four five six seven eight nine ten eleven twelve',
    );
  });

  it('GIVEN texts that share fewer than five words at the cut, or none THEN they are not joined', () => {
    expect(joinOverlap('a b c d e f g', 'f g h i')).toBeNull();
    expect(joinOverlap(grading.text, late.text)).toBeNull();
  });
});

describe('choosing the quotes', () => {
  it('GIVEN a clear best passage THEN only it is quoted', () => {
    const quotes = chooseQuotes(
      [candidate(0, 5), candidate(1, 5 - CLOSE_SCORE - 0.1)],
      passages,
      sentences,
      [],
    );
    expect(quotes).toEqual([{ passage: grading, text: grading.text, share: 1 }]);
  });

  it('GIVEN a second passage scored close to the best THEN both are quoted, best first', () => {
    const quotes = chooseQuotes([candidate(1, 5), candidate(0, 4.5)], passages, sentences, []);
    expect(quotes.map((q) => q.passage.id)).toEqual(['s-2', 's-1']);
  });

  it('GIVEN the two close passages are overlapping windows THEN one quote in document order, sourced from the best', () => {
    const quotes = chooseQuotes([candidate(3, 5), candidate(2, 4.8)], passages, sentences, []);
    expect(quotes).toEqual([
      { passage: windowB, text: 'one two three four five six seven eight nine ten eleven twelve', share: 1 },
    ]);
  });

  it('GIVEN a second quote whose sentences the first already says THEN it says only the rest, or is left out', () => {
    const a = passage(
      'w-1',
      'plan.txt',
      '',
      'Posters are printed at the library. Printing costs $20. Bring a USB stick.',
    );
    const b = passage('w-2', 'plan.txt', '', 'Sticks cost $15. Printing costs $20. Ask at the desk.');
    const c = passage('w-3', 'plan.txt', '', 'Printing costs $20. Posters are printed at the library.');
    const all = [a, b, c];
    const own = (i: number): string[] => (all[i]?.text ?? '').split(/(?<=\.)\s+/);
    expect(chooseQuotes([candidate(0, 5), candidate(1, 4.8)], all, own, []).map((q) => q.text)).toEqual([
      a.text,
      'Sticks cost $15. Ask at the desk.',
    ]);
    expect(chooseQuotes([candidate(0, 5), candidate(2, 4.8)], all, own, [])).toHaveLength(1);
  });

  it('GIVEN two quotes THEN the reply names where each comes from', () => {
    const text = renderPassageAnswer({
      passage: late,
      quotes: chooseQuotes([candidate(1, 5), candidate(0, 4.5)], passages, sentences, []),
      score: 0.9,
      confident: true,
    });
    expect(text).toBe(
      'From the Syllabus, Grading, Late work:\n\n> Late homework loses 10% per day.\n\n' +
        'Also from the Syllabus, Grading:\n\n> Homework counts for 40% and the exam for 60%.',
    );
  });

  it('GIVEN two quotes THEN both passages are sources, each with its document and section, the second scored lower', () => {
    const sources = passageSources({
      passage: late,
      quotes: chooseQuotes([candidate(1, 5), candidate(0, 4.5)], passages, sentences, []),
      score: 0.9,
      confident: true,
    });
    expect(sources).toEqual([
      { id: 'doc:s-2', title: 'Syllabus: Grading > Late work', score: 0.9 },
      { id: 'doc:s-1', title: 'Syllabus: Grading', score: Math.round(900 * Math.exp(-0.5)) / 1000 },
    ]);
  });

  it('GIVEN two overlapping windows joined into one quote THEN there is one source', () => {
    const quotes = chooseQuotes([candidate(3, 5), candidate(2, 4.8)], passages, sentences, []);
    const sources = passageSources({ passage: windowB, quotes, score: 0.8, confident: true });
    expect(sources).toEqual([{ id: 'doc:t-2', title: 'Syllabus', score: 0.8 }]);
  });
});

describe('a quote that goes on into the next passage', () => {
  // A plain text cut at a paragraph break: the cue ends one passage and what it says is at the start of the next.
  const cue = passage('p-1', 'plain.txt', '', 'Exams are in the gym. Extra credit.');
  const rule = passage(
    'p-2',
    'plain.txt',
    '',
    'Two points for a film review. Due in May. Reviews go to the TA.',
  );
  const other = passage('p-3', 'plain.txt', 'Office hours', 'Mondays at 10.');
  const all = [cue, rule, other];
  const split = (i: number): string[] => (all[i]?.text ?? '').split(/(?<=\.)\s+/);

  it('GIVEN the question met in the last sentence of a whole passage THEN the next one of its section follows it', () => {
    const [quote] = chooseQuotes([candidate(0, 5, 1)], all, split, []);
    expect(quote?.text).toBe(`${cue.text}\n\n${rule.text}`);
    expect(quote?.passage).toBe(cue);
  });

  it('GIVEN the question met early in a passage of several sentences THEN the passage is quoted alone', () => {
    const [quote] = chooseQuotes([candidate(1, 5, 0)], all, split, []);
    expect(quote?.text).toBe(rule.text);
  });

  it('GIVEN the next passage in another section THEN the quote does not go on into it', () => {
    const [quote] = chooseQuotes([candidate(1, 5, 2)], all, split, []);
    expect(quote?.text).toBe(rule.text);
  });

  it('GIVEN the next passage quoted as the second THEN the first does not go on into it', () => {
    const quotes = chooseQuotes([candidate(0, 5, 1), candidate(1, 4.8, 0)], all, split, []);
    expect(quotes.map((q) => q.text)).toEqual([cue.text, rule.text]);
  });

  it('GIVEN a long next passage THEN its first sentences up to the word budget go on, at least one', () => {
    const long = Array.from({ length: CONTINUE_WORDS }, (_, k) => `w${k}`).join(' ');
    expect(continuation(['One two.', 'Three four.', `${long}.`])).toBe('One two. Three four.');
    expect(continuation([`${long} more.`, 'Next.'])).toBe(`${long} more.`);
  });
});

describe('the sentences quoted from a long passage', () => {
  const stems = contentWords('how do I book a microscope').map(stem);
  const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

  it("GIVEN a long list THEN the quote keeps the list's lines: each item on its own line, a nested one indented", () => {
    const items = Array.from({ length: 30 }, (_, k) => `- Item ${k} says nothing here.`);
    items[25] = '  - Nor does this one.';
    items[26] = '- Microscopes are booked through the lab manager.';
    const text = ['Lab rules:', ...items].join('\n');
    expect(words(text)).toBeGreaterThan(MAX_QUOTE_WORDS);
    const quote = selectQuote(sentencesOf(text), text, stems);
    // (items 3 to 26: as many as fit in the limit before the one that answers)
    expect(quote).toBe(items.slice(3, 27).join('\n'));
  });

  it('GIVEN a long table, the question met in its rows THEN the quote is the rows, whole, under its header', () => {
    // (each row two sentences; the quote starts with the second of row 13's, and quotes that row whole)
    const rows = Array.from({ length: 30 }, (_, k) => `| ${k} | Chapter ${k}. Notes on nothing | Friday |`);
    rows[26] = '| 26 | Microscopes are booked here | Monday |';
    const header = ['| Week | Reading | Due |', '| --- | --- | --- |'];
    const text = [...header, ...rows].join('\n');
    expect(words(text)).toBeGreaterThan(MAX_QUOTE_WORDS);
    expect(selectQuote(sentencesOf(text), text, stems)).toBe([...header, ...rows.slice(13, 27)].join('\n'));
  });

  it('GIVEN two close passages of one table THEN the second quote keeps the header the first already holds', () => {
    // (a long table is split into passages that each repeat its header and separator rows)
    const header = ['| Week | Topic | Due |', '| --- | --- | --- |'];
    const rows = Array.from(
      { length: 24 },
      (_, k) => `| Week ${k + 1} | Chapter ${k + 1} reading and lab | Friday |`,
    );
    const parts = [rows.slice(0, 8), rows.slice(8, 16)].map((part, k) =>
      passage(`sched-${k}`, 'schedule.md', 'Schedule', [...header, ...part].join('\n')),
    );
    const quotes = chooseQuotes(
      [candidate(0, 1), candidate(1, 0.9)],
      parts,
      (i) => sentencesOf(parts[i]?.text ?? ''),
      contentWords('chapter reading lab').map(stem),
    );
    expect(quotes.map((q) => q.text.split('\n').slice(0, 3))).toEqual([
      [...header, rows[0]],
      [...header, rows[8]],
    ]);
  });

  it('GIVEN the start of a next passage that is a list THEN its items stay on their lines', () => {
    const next = '- One two.\n- Three four.\n  - Five six.';
    expect(continuation(sentencesOf(next), next)).toBe(next);
  });
});

describe('a quote of a line that starts with ">"', () => {
  const reply = (text: string, file: string): string => {
    const [p] = splitDocument(text, file, file.endsWith('.md') ? 'markdown' : 'text');
    if (!p) throw new Error('no passage');
    return renderPassageAnswer({
      passage: p,
      quotes: [{ passage: p, text: p.text, share: 1 }],
      score: 1,
      confident: true,
    });
  };

  it('GIVEN a plain text THEN the ">" is text, escaped, not a quote in the quote', () => {
    expect(reply('Grading scale:\n> 90%: A\n  > 80%: B\n>> forwarded', 'grading.txt')).toBe(
      'From the Grading:\n\n> Grading scale:\n> \\> 90%: A\n>   \\> 80%: B\n> \\>> forwarded',
    );
  });

  it("GIVEN Markdown THEN its own quote is the quote's text, without its markers", () => {
    expect(reply('Grading scale:\n\n> 90%: A', 'grading.md')).toBe(
      'From the Grading:\n\n> Grading scale:\n>\n> 90%: A',
    );
  });
});
