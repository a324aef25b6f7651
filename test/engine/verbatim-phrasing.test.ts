// A question asked word for word as one of an entry's phrasings is answered by that entry: a TA fixes a question that
// is redirected or falls back by adding it as a phrasing.
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load-content.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { buildModel } from '../../src/engine/model.ts';
import { botany } from './fixtures.ts';

const REQUEST = 'can i get an extension on my lab report';

function withPhrasing(base: Content, entryId: string, phrasing: string): Content {
  return {
    ...base,
    faq: base.faq.map((e) => (e.id === entryId ? { ...e, questions: [...e.questions, phrasing] } : e)),
  };
}

describe('GIVEN a question that reads like a private request', () => {
  const base = botany();

  it('WHEN the FAQ does not have it THEN it is redirected', () => {
    expect(buildModel(base, { vectors: false }).decide(REQUEST).kind).toBe('redirect');
  });

  it('WHEN a TA adds it as a phrasing of an entry THEN it is answered by that entry, however it is capitalised and punctuated', () => {
    const model = buildModel(withPhrasing(base, 'late-work', REQUEST), { vectors: false });
    for (const asked of [
      REQUEST,
      'Can I get an extension on my lab report?',
      '  can i get an extension,  on my lab report ',
    ]) {
      const d = model.decide(asked);
      expect(d.kind).toBe('answer');
      if (d.kind === 'answer') expect(d.entries[0]?.entry.id).toBe('late-work');
    }
  });

  it('WHEN the course also lists the same words as a private request THEN they are not taken as the phrasing', () => {
    const content = withPhrasing(base, 'late-work', 'my greenhouse key card stopped working');
    const d = buildModel(content, { vectors: false }).decide('my greenhouse key card stopped working');
    expect(d.kind).toBe('redirect');
  });

  it('WHEN two entries have the same phrasing THEN neither wins by it', () => {
    const content = withPhrasing(withPhrasing(base, 'late-work', REQUEST), 'field-trip', REQUEST);
    expect(buildModel(content, { vectors: false }).decide(REQUEST).score).toBeLessThan(1);
  });

  it('WHEN the phrasing is left out (leave-one-out) THEN it is not matched by itself', () => {
    const model = buildModel(withPhrasing(base, 'late-work', REQUEST), { vectors: false });
    const i = model.classifier.examples.findIndex((e) => e.text === REQUEST);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(model.decide(REQUEST, i).score).toBeLessThan(1);
  });
});

describe('GIVEN a phrasing with no content word of its own ("what is a c")', () => {
  it('WHEN it is asked word for word THEN its entry answers, not the reply for a question without a topic', () => {
    const base = botany();
    const now = new Date('2030-02-20T12:00:00Z');
    expect(createAnswerEngine(base).answer('what is a c', now).text).toMatch(/^I answer questions about/);
    const reply = createAnswerEngine(withPhrasing(base, 'late-work', 'what is a c')).answer(
      'What is a C?',
      now,
    );
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('late-work');
  });
});
