// Which kind of private request a redirected question is (its reply's wording and subject): the kind scored best by
// the classifier, not the one whose examples alone are nearest.
import { describe, expect, it } from 'vitest';
import { buildModel, route, type ClassInfo } from '../../src/engine/model.ts';
import { botany } from './fixtures.ts';

const classes: ClassInfo[] = [
  { kind: 'redirect', reason: 'extension' },
  { kind: 'redirect', reason: 'circumstances' },
  { kind: 'decline', source: 'engine' },
];

describe('GIVEN a request whose nearest examples are of one kind and whose best score is of another', () => {
  const ranked = [
    { cls: 2, score: 0.9, knn: 0.9 },
    { cls: 1, score: 0.7, knn: 0.5 },
    { cls: 0, score: 0.6, knn: 0.6 },
  ];

  it('WHEN it is routed as a request THEN the kind with the best score is chosen, never a class of another kind', () => {
    expect(route(ranked, classes, true)?.cls).toBe(1);
  });

  it('WHEN it is not a request THEN the best class that is no request is chosen', () => {
    expect(route(ranked, classes, false)?.cls).toBe(2);
  });
});

describe('GIVEN the engine built for a course', () => {
  it("WHEN a request of each kind is asked THEN its kind's wording is chosen", () => {
    const model = buildModel(botany(), { vectors: false });
    const reason = (q: string) => {
      const d = model.decide(q);
      return d.kind === 'redirect' ? d.reason : d.kind;
    };
    expect(reason('can i get an extension for my lab report')).toBe('extension');
    expect(reason('my grandmother died and i could not come to the lab this week')).toBe('circumstances');
    expect(reason('i think my essay was graded wrong, can you look at it again')).toBe('grade');
  });
});

describe('GIVEN a question the request gate redirects', () => {
  const content = botany();
  const trained = buildModel(content, { vectors: false });
  const withOverride = (override: number) =>
    buildModel(content, {
      vectors: false,
      learned: { ...trained.learned, thresholds: { ...trained.learned.thresholds, override } },
    });
  const q = 'i was sick so my report is late, is late work accepted';

  it('WHEN its best entry scores below the override threshold THEN it is redirected', () => {
    expect(withOverride(1.01).decide(q).kind).toBe('redirect');
  });

  it('WHEN its best entry scores at or above the override threshold THEN that entry answers', () => {
    const d = withOverride(0).decide(q);
    expect(d.kind === 'answer' && d.entries[0]?.entry.id).toBe('late-work');
  });
});
