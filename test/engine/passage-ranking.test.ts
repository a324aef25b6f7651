// The passage re-ranker on a small document of this test's own (test/fixtures/passages/exams.md): the answer-type
// cues and the learned weights decide between passages that share the question's words.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitDocument, type Passage } from '../../src/content/split-passages.ts';
import { confidenceOf } from '../../src/engine/passages/calibrate.ts';
import { questionCues, textCues } from '../../src/engine/passages/cues.ts';
import { createPassageIndex } from '../../src/engine/passages/index.ts';
import { createScorer } from '../../src/engine/passages/scorer.ts';
import { PASSAGE_MODEL } from '../../src/engine/passages/weights.ts';
import { wordVectors } from '../../src/engine/vectors.ts';

const dir = path.join(import.meta.dirname, '..', 'fixtures', 'passages');
const read = (name: string): Passage[] =>
  splitDocument(readFileSync(path.join(dir, name), 'utf8'), name, 'markdown');
/** Two one-sentence documents that share the question's words: one holds a date, the other a percentage. */
const date = read('midterm-date.md');
const weight = read('midterm-weight.md');
const model = PASSAGE_MODEL[wordVectors() ? 'vectors' : 'words'];
const top = (passages: Passage[], q: string): string | undefined => {
  const best = createScorer(passages, model.rank).rank(q).candidates[0];
  return best && passages[best.index]?.file;
};

describe('answer-type cues', () => {
  it.each([
    ['when is the midterm', 'time'],
    ['how much is the final worth', 'amount'],
    ['who teaches the course', 'contact'],
    ['where is the exam held', 'place'],
    ['how many quizzes are there', 'count'],
  ] as const)('GIVEN "%s" THEN the question asks for a %s', (q, cue) => {
    const cues = questionCues(q);
    expect(cues[cue]).toBe(true);
    for (const other of ['time', 'amount', 'place'] as const)
      if (other !== cue) expect(cues[other]).toBe(false);
  });

  it('GIVEN yes/no and open questions THEN only the first is yes/no', () => {
    expect(questionCues('Can I bring notes to the exam?').yesNo).toBe(true);
    expect(questionCues('What can I bring to the exam?').yesNo).toBe(false);
  });

  it('GIVEN questions about a case or a reason THEN they are marked so, and plain ones are not', () => {
    expect(questionCues('What happens if I miss the midterm?').conditional).toBe(true);
    expect(questionCues('Can I pass unless I take the final?').conditional).toBe(true);
    expect(questionCues('Why is there no class on Monday?').why).toBe(true);
    expect(questionCues('When is the midterm?')).toMatchObject({ conditional: false, why: false });
    // "if" inside another word is not a case
    expect(questionCues('Is the final exam difficult?').conditional).toBe(false);
  });

  it('GIVEN texts THEN the kinds of fact they hold are found', () => {
    expect(textCues('The midterm takes place on 14 March at 10:00.')).toMatchObject({
      time: true,
      amount: false,
    });
    expect(textCues('Homework counts for 20% of the grade.')).toMatchObject({ amount: true, time: false });
    expect(textCues('Write to <PROF_EMAIL> with questions.').contact).toBe(true);
    expect(textCues('Lectures are in room 204 of the Morrill building.').place).toBe(true);
    expect(textCues('The course covers the basics.')).toEqual({
      time: false,
      amount: false,
      contact: false,
      place: false,
      count: false,
    });
  });
});

describe('the re-ranker', () => {
  it.each([
    ['when is the midterm exam', 'midterm-date.md'],
    ['how much does the midterm exam count', 'midterm-weight.md'],
  ])(
    'GIVEN "%s" and two passages with the same words THEN the one with the asked-for fact wins, in either order',
    (q, file) => {
      expect(top([...date, ...weight], q)).toBe(file);
      expect(top([...weight, ...date], q)).toBe(file);
    },
  );
});

describe('passage confidence', () => {
  const passages = [...date, ...weight];
  const scorer = createScorer(passages, model.rank);
  const confidence = (q: string): number => confidenceOf(scorer.rank(q), model.confidence.weights);

  it('GIVEN questions THEN confidence is a probability, higher when the documents know the question', () => {
    const known = confidence('when is the midterm exam written');
    const unknown = confidence('when does the swimming pool on campus open for the midterm week');
    for (const c of [known, unknown]) {
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThan(1);
    }
    expect(known).toBeGreaterThan(unknown);
    expect(confidence('what about penguins')).toBe(0);
  });

  it('GIVEN the index THEN a question the document answers is confident and one it does not is not', () => {
    const index = createPassageIndex(passages);
    expect(index.answer('when is the midterm exam written')).toMatchObject({
      confident: true,
      passage: { file: 'midterm-date.md' },
    });
    expect(index.answer('when does the swimming pool on campus open for the midterm week')?.confident).toBe(
      false,
    );
  });
});

describe("the question's words a passage lacks", () => {
  const passages = [...date, ...weight];
  const scorer = createScorer(passages, model.rank);
  const missingOf = (q: string, file: string) =>
    scorer.rank(q).candidates.find((c) => passages[c.index]?.file === file)?.missing;

  it('GIVEN a question whose words are all in the passage THEN nothing is missing', () => {
    const words = passages
      .find((p) => p.file === 'midterm-date.md')
      ?.text.split(/\s+/)
      .slice(0, 6)
      .join(' ');
    expect(missingOf(words ?? '', 'midterm-date.md')).toEqual({ rare: 0, share: 0, known: 0, weakest: 0 });
  });

  it('GIVEN a word no passage has THEN it is missing, at the weight of an unseen word, and not known elsewhere', () => {
    const m = missingOf('is the midterm recorded on video', 'midterm-date.md');
    expect(m?.rare).toBeCloseTo(1, 6);
    expect(m?.share).toBeGreaterThan(0);
    expect(m?.known).toBe(0);
    // With word vectors a missing word counts by how far its closest passage word is, so at most as much.
    expect(m?.weakest).toBeGreaterThan(0);
    expect(m?.weakest).toBeLessThanOrEqual((m?.rare ?? 0) + 1e-9);
  });

  it("GIVEN a word only the other passage has THEN it is missing and known, at less than an unseen word's weight", () => {
    const other = passages.find((p) => p.file === 'midterm-weight.md')?.text ?? '';
    const own = passages.find((p) => p.file === 'midterm-date.md')?.text ?? '';
    const only = other
      .toLowerCase()
      .split(/[^a-z]+/)
      .find((w) => w.length > 4 && !own.toLowerCase().includes(w));
    const m = missingOf(`midterm ${only ?? ''}`, 'midterm-date.md');
    expect(m?.known).toBeGreaterThan(0);
    expect(m?.rare).toBeGreaterThan(0);
    expect(m?.rare).toBeLessThan(1);
  });
});

describe('GIVEN sections numbered as the question counts them in words', () => {
  const text = [
    '# Assignments',
    '',
    '## Assignment 1',
    '',
    'You build a small neural network from scratch in plain Python and derive its gradients by hand.',
    '',
    '## Assignment 2',
    '',
    'You write an automatic differentiation system and train a network with it.',
    '',
    '## Assignment 3',
    '',
    'You implement a recurrent network and train it on a text corpus.',
    '',
    '## Assignment 4',
    '',
    'You build a graph convolutional network or a variational autoencoder.',
  ].join('\n');
  const passages = splitDocument(text, 'assignments.md', 'markdown');
  const sectionOf = (q: string): string | undefined => {
    const best = createScorer(passages, model.rank, wordVectors()).rank(q).candidates[0];
    return best && passages[best.index]?.section;
  };

  it.each([
    ['What is the fourth assignment about?', 'Assignment 4'],
    ['what do we do in the third assignment', 'Assignment 3'],
    ['what is the 2nd assignment about', 'Assignment 2'],
  ])('WHEN "%s" is asked THEN the section with that number comes first', (q, section) => {
    expect(sectionOf(q)).toBe(section);
  });
});
