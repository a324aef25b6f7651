// How a threshold is chosen from a utility over the calibration range, and from which examples.
import { describe, expect, it } from 'vitest';
import { bestThreshold, calibrate, calibrateOverride } from '../../src/engine/calibrate.ts';
import { Classifier, type Example } from '../../src/engine/classifier.ts';
import { Featurizer, type Features } from '../../src/engine/features.ts';
import type { ClassInfo } from '../../src/engine/model.ts';

describe('GIVEN a utility over candidate thresholds', () => {
  it('WHEN one threshold is best THEN it is chosen', () => {
    expect(bestThreshold((t) => -Math.abs(t - 0.42), 0.3, 0.75)).toBe(0.42);
  });

  it('WHEN the examples leave every threshold equally good THEN the middle of the range is chosen', () => {
    expect(bestThreshold(() => 10, 0.3, 0.75)).toBeCloseTo(0.53, 2);
  });

  it('WHEN a run of thresholds is best THEN the middle of that run is chosen', () => {
    expect(bestThreshold((t) => (t >= 0.4 - 1e-9 && t <= 0.5 + 1e-9 ? 5 : 1), 0.3, 0.75)).toBe(0.45);
  });

  it('WHEN two separate runs are best THEN the middle of the longer run is chosen, wherever it lies', () => {
    const later = (t: number): number => ((t > 0.33 && t < 0.36) || (t > 0.59 && t < 0.66) ? 5 : 1);
    expect(bestThreshold(later, 0.3, 0.75)).toBe(0.62);
    const earlier = (t: number): number => ((t > 0.33 && t < 0.42) || (t > 0.59 && t < 0.62) ? 5 : 1);
    expect(bestThreshold(earlier, 0.3, 0.75)).toBe(0.38);
  });
});

describe('GIVEN more examples than calibration looks at, and examples it leaves out', () => {
  // 60 entries of 15 phrasings each (900 examples, more than the 800 looked at), then 40 left out at the end
  const topics = Array.from({ length: 60 }, (_, c) => `topic${c}`);
  const entryTexts = topics.map((t, c) =>
    Array.from(
      { length: 15 },
      (_, k) => `question ${k} about ${t} and ${topics[(c + k) % 60]} part ${k % 4}`,
    ),
  );
  const leftOutTexts = Array.from({ length: 40 }, (_, k) => `detail ${k} about ${topics[k]} rules`);
  const classes = [
    ...topics.map(() => ({ kind: 'answer' }) as unknown as ClassInfo),
    { kind: 'decline', source: 'detail' } as ClassInfo,
  ];
  const build = (withLeftOut: boolean): Classifier => {
    const featurizer = new Featurizer(entryTexts);
    const examples: Example[] = entryTexts.flatMap((texts, cls) => texts.map((text) => ({ text, cls })));
    if (withLeftOut)
      examples.push(...leftOutTexts.map((text) => ({ text, cls: topics.length, form: false })));
    return new Classifier(featurizer, examples, classes.length);
  };
  const without = calibrate(build(false), classes, () => false);
  const withLeftOut = build(true);
  const detail = (i: number): boolean => withLeftOut.examples[i]?.cls === topics.length;

  it('WHEN the left-out examples are added THEN the same examples are looked at and the threshold is the same', () => {
    expect(calibrate(withLeftOut, classes, () => false, detail)).toEqual(without);
  });
});

describe('GIVEN examples the request gate redirects', () => {
  // entry 0 has phrasings put personally; class 1 holds private requests
  const entry = [
    'i missed the quiz can i make it up',
    'i was sick for the quiz can i retake it',
    'i missed a quiz what now',
  ];
  const requests = [
    'can i get an extension please',
    'my grandmother died i need more time',
    'please check my grade',
  ];
  const classes = [
    { kind: 'answer' } as unknown as ClassInfo,
    { kind: 'redirect', reason: 'private' } as ClassInfo,
  ];
  const build = (requestTexts: string[]): Classifier => {
    const featurizer = new Featurizer([entry, requestTexts]);
    const examples: Example[] = [
      ...entry.map((text) => ({ text, cls: 0 })),
      ...requestTexts.map((text) => ({ text, cls: 1 })),
    ];
    return new Classifier(featurizer, examples, classes.length);
  };

  it("WHEN the FAQ's own phrasings are among them and their entry comes out right THEN a score they reach overrides the gate", () => {
    const classifier = build(requests);
    const override = calibrateOverride(classifier, classes, () => true);
    const own = classifier.rank(classifier.features[0] as Features, 0).find((r) => r.cls === 0);
    expect(override).toBeLessThanOrEqual(own?.score ?? 0);
  });

  it('WHEN private requests score as high on the entry as its phrasings THEN the gate is never overridden', () => {
    // (the same words as the phrasings, written as requests)
    const classifier = build([...entry]);
    expect(calibrateOverride(classifier, classes, () => true)).toBe(1.01);
  });
});
