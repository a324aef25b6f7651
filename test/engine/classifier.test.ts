// The classifier's ranking reads inverted indexes, and the question's products with the words of each example's
// sentence vector, for speed: it must give what the plain definition gives (every example's sentence vector compared
// with the question's in full, every class's coverage computed on its own).
import { describe, expect, it } from 'vitest';
import {
  Classifier,
  DEFAULT_BLEND,
  SECOND_WEIGHT,
  ScoreSorter,
  type ClassScore,
} from '../../src/engine/classifier.ts';
import type { Features, Sparse } from '../../src/engine/features.ts';
import { buildModel } from '../../src/engine/model.ts';
import { stem } from '../../src/engine/text.ts';
import { botany } from './fixtures.ts';

/** Ids at or past the vocabulary's size stand for words the course never uses: they match nothing. */
function sparseDot(a: Sparse, b: Sparse, vocabulary: number): number {
  const weights = new Map<number, number>();
  a.ids.forEach((id, i) => id < vocabulary && weights.set(id, a.weights[i] ?? 0));
  let sum = 0;
  b.ids.forEach((id, i) => (sum += (weights.get(id) ?? 0) * (b.weights[i] ?? 0)));
  return sum;
}

/** The ranking by its definition, with the profiles the model gave the classifier. */
function reference(
  c: Classifier,
  q: Features,
  skip: number,
  profiles: (ReadonlySet<string> | null)[],
  profileWeight: number,
): Map<number, ClassScore> {
  const { word: bw, form: bf, char: bc, dense: bd } = DEFAULT_BLEND;
  const byClass = new Map<number, number[]>();
  c.examples.forEach((e, i) => {
    if (i === skip || c.isDisabled(i)) return;
    const f = c.features[i] as Features;
    const useForm = e.form !== false;
    const useDense = q.dense !== null && f.dense !== null;
    let dense = 0;
    if (useDense && q.dense && f.dense) q.dense.forEach((x, d) => (dense += x * (f.dense?.[d] ?? 0)));
    const s =
      (bw * sparseDot(q.word, f.word, c.featurizer.stemCount) +
        (useForm ? bf * sparseDot(q.form, f.form, c.featurizer.formCount) : 0) +
        bc * sparseDot(q.char, f.char, c.featurizer.gramCount) +
        (useDense ? bd * Math.max(0, dense) : 0)) /
      (bw + bc + (useForm ? bf : 0) + (useDense ? bd : 0));
    byClass.set(e.cls, [...(byClass.get(e.cls) ?? []), s]);
  });
  const out = new Map<number, ClassScore>();
  for (const [cls, sims] of byClass) {
    const [top = 0, second = 0] = sims.sort((a, b) => b - a);
    const knn = (1 - SECOND_WEIGHT) * top + SECOND_WEIGHT * second;
    const mentions = profiles[cls];
    let score = knn;
    if (mentions) {
      const about = new Set<string>();
      c.examples.forEach((e, i) => {
        if (e.cls === cls && i !== skip) for (const s of c.features[i]?.stems ?? []) about.add(s);
      });
      let covered = 0;
      let total = 0;
      for (const s of new Set(q.stems)) {
        const w = c.featurizer.stemWeight(s);
        total += w;
        covered += about.has(s) ? w : mentions.has(s) ? w / 2 : 0;
      }
      score = (1 - profileWeight) * knn + profileWeight * (total > 0 ? covered / total : 0);
    }
    out.set(cls, { cls, score, knn });
  }
  return out;
}

describe('GIVEN a course model', () => {
  const model = buildModel(botany());
  // a classifier of its own over the model's examples, with profiles and a profile weight the test chooses
  const c = new Classifier(model.classifier.featurizer, model.classifier.examples, model.classes.length);
  const profiles = model.classes.map((info) =>
    info.kind === 'answer' ? new Set(c.featurizer.contentWords(info.entry.answer).map(stem)) : null,
  );
  const PROFILE_WEIGHT = 0.4;
  c.setProfiles(profiles, PROFILE_WEIGHT);
  c.disable(1);
  const questions = [
    'when do i have to hand in the herbarium',
    'can i get an extension for my plant report, my grandmother is ill',
    'wat is teh late penlaty',
    'what is the capital of france',
    'photosynthesis',
  ];

  it('WHEN questions are ranked THEN every class has the score and similarity of the plain definition, best first', () => {
    for (const question of questions) {
      const q = c.featurizer.featurize(question);
      const ranked = c.rank(q);
      const expected = reference(c, q, -1, profiles, PROFILE_WEIGHT);
      expect(ranked.length).toBe(expected.size);
      for (const r of ranked) {
        expect(r.score).toBeCloseTo(expected.get(r.cls)?.score ?? NaN, 5);
        expect(r.knn).toBeCloseTo(expected.get(r.cls)?.knn ?? NaN, 5);
      }
      for (let i = 1; i < ranked.length; i++)
        expect(ranked[i - 1]?.score).toBeGreaterThanOrEqual(ranked[i]?.score ?? 0);
    }
  });

  it('WHEN an example is left out THEN its words no longer count for its class', () => {
    const checked = [0, 3, c.examples.length - 1];
    for (const skip of checked) {
      const q = c.features[skip] as Features;
      const ranked = c.rank(q, skip);
      const expected = reference(c, q, skip, profiles, PROFILE_WEIGHT);
      for (const r of ranked) expect(r.score).toBeCloseTo(expected.get(r.cls)?.score ?? NaN, 5);
    }
  });
});

describe('GIVEN a classifier that blends in a trained classifier', () => {
  const model = buildModel(botany());
  const c = new Classifier(model.classifier.featurizer, model.classifier.examples, model.classes.length);
  const profiles = model.classes.map(() => null);
  const classes = model.classes.length;
  // made-up probabilities: the question's favour class 0, each held-out row favours the class after its example's
  const asked = Float64Array.from({ length: classes }, (_, k) => (k === 0 ? 0.9 : 0.1 / (classes - 1)));
  const heldOut = new Float32Array(c.examples.length * classes);
  c.examples.forEach((e, i) => (heldOut[i * classes + ((e.cls + 1) % classes)] = 1));
  const WEIGHT = 0.4;
  c.useTrained({ probabilities: (_f, out) => (out.set(asked), out), heldOut, weight: WEIGHT });

  it('WHEN a question is ranked THEN each class scores its share of the similarity and the probability', () => {
    const q = c.featurizer.featurize('when do i have to hand in the herbarium');
    const expected = reference(c, q, -1, profiles, 0);
    for (const r of c.rank(q)) {
      expect(r.score).toBeCloseTo(
        (1 - WEIGHT) * (expected.get(r.cls)?.score ?? NaN) + WEIGHT * (asked[r.cls] ?? 0),
        5,
      );
      expect(r.knn).toBeCloseTo(expected.get(r.cls)?.knn ?? NaN, 5);
    }
  });

  it('WHEN an example is left out THEN its held-out probabilities count, not the model that saw it', () => {
    const skip = 3;
    const own = c.examples[skip]?.cls ?? -1;
    const q = c.features[skip] as Features;
    const expected = reference(c, q, skip, profiles, 0);
    for (const r of c.rank(q, skip)) {
      const p = r.cls === (own + 1) % classes ? 1 : 0;
      expect(r.score).toBeCloseTo((1 - WEIGHT) * (expected.get(r.cls)?.score ?? NaN) + WEIGHT * p, 5);
    }
  });
});

describe('GIVEN class scores with ties, zeros and tiny differences', () => {
  it('WHEN sorted THEN the order is that of a stable sort by descending score', () => {
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const sorter = new ScoreSorter(500);
    for (let round = 0; round < 20; round++) {
      const n = 1 + Math.floor(random() * 500);
      const scores: ClassScore[] = Array.from({ length: n }, (_, cls) => {
        const r = random();
        // (scores a few units of the last place apart differ in their low 32 bits alone)
        const score =
          r < 0.2
            ? 0
            : r < 0.4
              ? 0.5
              : r < 0.5
                ? 0.5 + Number.EPSILON * Math.floor(1 + random() * 4)
                : random();
        return { cls, score, knn: score };
      });
      const expected = [...scores].sort((a, b) => b.score - a.score).map((s) => s.cls);
      expect(sorter.sort(scores).map((s) => s.cls)).toEqual(expected);
    }
  });
});
