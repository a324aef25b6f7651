// The shipped course's content (faq/), not the engine: every phrasing its entries list, asked word for word, is
// answered by its own entry, as `validate` checks for any course (src/engine/phrasing-check.ts).
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { unansweredPhrasings } from '../../src/engine/phrasing-check.ts';

describe('GIVEN the shipped FAQ', () => {
  it('WHEN each phrasing is asked word for word THEN its own entry answers it', () => {
    const now = new Date('2026-09-15T10:00:00Z');
    expect(
      unansweredPhrasings(loadContent(), now).map((p) => `${p.field}: ${p.question} (${p.why})`),
    ).toEqual([]);
  });
});
