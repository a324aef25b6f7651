// The softmax classifier trained at load time on the classes' examples (src/engine/softmax.ts).
import { describe, expect, it } from 'vitest';
import { Featurizer } from '../../src/engine/features.ts';
import { buildModel } from '../../src/engine/model.ts';
import { outOfFoldProbabilities, Softmax, type SoftmaxExample } from '../../src/engine/softmax.ts';
import { textKey } from '../../src/engine/visit-order.ts';
import type { LoadedFaqEntry } from '../../src/content/load-faq.ts';
import { faqEntrySchema } from '../../src/content/schemas.ts';
import { botany } from './fixtures.ts';

const classTexts = [
  ['when is the herbarium due', 'herbarium deadline', 'hand in the herbarium by when'],
  ['what does the field trip cost', 'field trip price', 'how much is the trip to the garden'],
  // many examples of a class none of the questions below is about
  Array.from({ length: 40 }, (_, i) => `tell me a joke number ${i} about cats and dogs`),
];
const featurizer = new Featurizer(classTexts);
const examples: SoftmaxExample[] = classTexts.flatMap((texts, cls) =>
  texts.map((text) => ({ features: featurizer.featurize(text), cls, key: textKey(text) })),
);
const sizes = { word: featurizer.stemCount, form: featurizer.formCount };
const classes = classTexts.length;

function probabilities(model: Softmax, text: string): number[] {
  return [...model.probabilities(featurizer.featurize(text), new Float64Array(classes))];
}

describe('GIVEN a softmax classifier trained on three classes, one with far more examples', () => {
  const model = Softmax.train(sizes, classes, examples);

  it('WHEN asked in other words THEN the class whose words the question shares is the most probable', () => {
    const herbarium = probabilities(model, 'herbarium due date?');
    expect(herbarium[0]).toBeGreaterThan(0.5);
    const trip = probabilities(model, 'price of the field trip');
    expect(trip[1]).toBeGreaterThan(0.5);
    for (const p of [herbarium, trip]) expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('WHEN a question has no word the course uses THEN the class with the most examples is not favoured for it', () => {
    const p = probabilities(model, 'zzz qqq');
    expect(p[2]).toBeLessThan(Math.max(p[0] ?? 0, p[1] ?? 0));
  });

  it('WHEN trained again on the same examples THEN it gives the same probabilities', () => {
    const again = Softmax.train(sizes, classes, examples);
    expect(probabilities(again, 'herbarium deadline')).toEqual(probabilities(model, 'herbarium deadline'));
  });

  it('WHEN probabilities are held out THEN an example is judged by a model that did not see it', () => {
    const rows = outOfFoldProbabilities(sizes, classes, examples);
    expect(rows.length).toBe(examples.length * classes);
    // 'herbarium deadline' is the one example with "deadline": held out, it is less sure of its class than a model
    // trained on it
    const i = 1;
    const seen = probabilities(model, 'herbarium deadline')[0] ?? 0;
    expect(rows[i * classes]).toBeLessThan(seen);
    for (let k = 0; k < examples.length; k++) {
      const row = [...rows.subarray(k * classes, (k + 1) * classes)];
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
  });
});

const entry = (id: string, questions: string[]): LoadedFaqEntry => ({
  ...faqEntrySchema.parse({ id, title: `Entry ${id}`, questions, answer: `Answer ${id}.` }),
  file: 'test.yaml',
  line: 1,
});

describe('GIVEN courses of different sizes', () => {
  it('WHEN the course is small THEN the classifier is trained', () => {
    expect(buildModel(botany()).trained).toBe(true);
  });

  it('WHEN the FAQ is too large to train at start-up THEN the model answers from the nearest examples alone', () => {
    const base = botany();
    const faq = Array.from({ length: 400 }, (_, i) =>
      entry(`e${i}`, [`question ${i} about topic${i}`, `topic${i} details`, `what about topic${i}`]),
    );
    const model = buildModel({ ...base, faq }, { vectors: false });
    expect(model.trained).toBe(false);
    expect(model.decide('what about topic17').kind).toBe('answer');
  });
});
