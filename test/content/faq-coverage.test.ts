// The shipped faq/ covers every fact of the course document that issue 2 lists; each fact is checked in the answers.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';

const content = loadContent();
const byId = new Map(content.faq.map((e) => [e.id, e]));
const all = content.faq.map((e) => `${e.title}\n${e.answer}`).join('\n\n');

/** Some single entry states all of these facts together. */
function someEntrySays(...facts: RegExp[]): boolean {
  return content.faq.some((e) => facts.every((f) => f.test(`${e.title}\n${e.answer}`)));
}

const FACTS: [string, RegExp[]][] = [
  ['grading: both parts at least 5.5, final grade the average', [/both/i, /5\.5/, /average/i]],
  ['assignment topics: from scratch and numpy', [/scratch/i, /numpy/i]],
  ['assignment topics: autograd and PyTorch', [/autograd/i, /pytorch/i]],
  ['assignment topics: LSTM or CNN', [/LSTM/, /CNN/]],
  ['assignment topics: GCN or VAE', [/GCN/, /VAE/]],
  [
    '10 points per assignment, 21 = 5.5, 40 = 10',
    [/10 points/i, /21 points\W+=\W*5\.5/i, /40 points\W+=\W*10/i],
  ],
  ['5.25 points per assignment on average', [/5\.25 points per assignment/i]],
  [
    '1 and 2 individual, 3 and 4 in groups of three',
    [/1 and 2 are individual/i, /3 and 4/i, /groups of three/i],
  ],
  ['about two weeks per assignment', [/about two weeks/i]],
  ['a PDF made in LaTeX from the template', [/PDF/, /LaTeX/, /template/i]],
  ['code snippets in the PDF but no codebase', [/snippets/i, /codebase/i]],
  ['starred questions are not bonus questions', [/starred/i, /not bonus questions/i]],
  ['partial hand-ins are fine', [/partial/i, /fine/i]],
  ['2 points per day late', [/2 points per day/i]],
  [
    'three weeks for the first, one week between the last two',
    [/first assignment after three weeks/i, /one week between/i],
  ],
  ['practicals on Thursday or Friday from the second week', [/Thursday or Friday/i, /second week/i]],
  ['practical sign-up and schedule on Canvas', [/sign/i, /Canvas/, /schedule/i]],
  ['two online practical options', [/two online options/i]],
  ['come to practicals having started and with questions', [/started/i, /questions ready/i]],
  ['exam: 40 multiple-choice questions of one point', [/40 multiple-choice questions/i, /one point each/i]],
  ['exam: pen and paper, closed book', [/pen and paper/i, /closed book/i]],
  [
    'cheat sheet: hand-written A4, both sides',
    [/cheat sheet/i, /A4/, /both sides/i, /by hand|hand-written/i],
  ],
  [
    'exam focus: the lectures; recall and combination',
    [/main focus is the lectures/i, /recall/i, /combination/i],
  ],
  ['practice exam on Canvas', [/practice exam/i, /Canvas/]],
  ['pass mark set afterwards between 20 and 25', [/set after the exam/i, /between 20 and 25/i]],
  ['correction for guessing', [/correction for guessing/i]],
  [
    'about 12 lectures, videos or annotated slides, either is enough',
    [/about 12 lectures/i, /videos/i, /annotated slides/i, /either/i],
  ],
  [
    'QA sessions in person, not hybrid, not recorded, not everything covered',
    [/in person/i, /not hybrid/i, /not recorded/i, /not everything/i],
  ],
  ['staff: lecturers', [/Peter Bloem/, /Michael Cochez/, /Shujian Yu/]],
  ['staff: the coordinator', [/coordinator/i, /Shujian Yu/]],
  [
    'staff: the TAs',
    [
      /Alivanistos/,
      /van Bakel/,
      /Brunink/,
      /Daza/,
      /Kopiczko/,
      /van der Linden/,
      /Maat/,
      /Schouten/,
      /Younesian/,
    ],
  ],
  [
    'contact: read the syllabus, discussion board, e-mail, never Canvas messages',
    [/syllabus/i, /discussion board/i, /e-mail/i, /Canvas messages/i],
  ],
  [
    'new this year: coordinator, topics, annotated slides',
    [/new coordinator/i, /diffusion/i, /explainability/i, /generali[sz]ation/i, /annotated slides/i],
  ],
  ['maths needed: probability, calculus, linear algebra', [/probability/i, /calculus/i, /linear algebra/i]],
  ['where to brush up: mlvu.github.io preliminaries', [/mlvu\.github\.io/, /preliminaries/i]],
  ['ChatGPT and assignment 1', [/ChatGPT/, /assignment 1/i, /assignment 2/i]],
  [
    'assignment 1 scalar backprop: plain Python and math, multivariate chain rule',
    [/plain Python/i, /`math`/, /multivariate chain rule/i],
  ],
  ['the website', [/dlvu\.github\.io/]],
];

describe('GIVEN the shipped FAQ', () => {
  it.each(FACTS)('THEN one entry states: %s', (_name, facts) => {
    expect(someEntrySays(...facts)).toBe(true);
  });

  it('THEN every entry has several phrasings and a non-trivial answer', () => {
    for (const e of content.faq) {
      expect(e.questions.length, e.id).toBeGreaterThanOrEqual(4);
      expect(e.answer.length, e.id).toBeGreaterThan(60);
    }
  });

  it('THEN the main topics each have their own entry', () => {
    for (const id of [
      'grading',
      'late-penalty',
      'starred-questions',
      'exam-cheat-sheet',
      'exam-pass-mark',
      'contact',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(all).toMatch(/Shujian/);
  });
});
