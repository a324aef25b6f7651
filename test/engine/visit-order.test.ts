// The order SGD visits the examples in and the folds that hold them out (src/engine/visit-order.ts): they follow each
// example's text, not its place, so that one phrasing added to a course leaves the rest of the training as it was.
import { describe, expect, it } from 'vitest';
import { foldsOf, textKey, visitOrder } from '../../src/engine/visit-order.ts';

const texts = Array.from({ length: 40 }, (_, i) => `phrasing number ${i} of the course`);
const keys = texts.map(textKey);

describe('GIVEN the texts of a course’s examples', () => {
  it('WHEN keyed THEN equal texts get equal keys and these different texts different ones', () => {
    expect(textKey('when is the exam')).toBe(textKey('when is the exam'));
    expect(new Set(keys).size).toBe(texts.length);
  });

  it('WHEN ordered for a pass THEN every example is visited once, the same way each time, another way per pass', () => {
    const order = visitOrder(keys, 7);
    expect([...order].sort((a, b) => a - b)).toEqual(texts.map((_, i) => i));
    expect(visitOrder(keys, 7)).toEqual(order);
    expect(visitOrder(keys, 8)).not.toEqual(order);
  });

  it('WHEN an example is put in the middle of the list THEN the others are visited in the same order as before', () => {
    const added = [...keys.slice(0, 20), textKey('a new phrasing'), ...keys.slice(20)];
    const before = [...visitOrder(keys, 7)].map((i) => texts[i]);
    const after = [...visitOrder(added, 7)].filter((i) => i !== 20).map((i) => texts[i < 20 ? i : i - 1]);
    expect(after).toEqual(before);
  });
});

describe('GIVEN examples of several classes held out in folds', () => {
  // four classes of ten examples each
  const examples = keys.map((key, i) => ({ key, group: Math.floor(i / 10) }));

  it('WHEN folded THEN each class’s examples are spread over the folds as evenly as they can be', () => {
    const folds = foldsOf(examples, 4);
    for (let group = 0; group < 4; group++) {
      const counts = [0, 0, 0, 0];
      examples.forEach((e, i) => {
        if (e.group === group) counts[folds[i] as number]! += 1;
      });
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('WHEN an example is added to the first class THEN no other class’s example changes its fold', () => {
    const before = foldsOf(examples, 4);
    const after = foldsOf([{ key: textKey('a new phrasing'), group: 0 }, ...examples], 4);
    examples.forEach((e, i) => {
      if (e.group !== 0) expect(after[i + 1]).toBe(before[i]);
    });
  });
});
