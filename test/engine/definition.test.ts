// A question that asks what a term means is answered by a text that says what the term is, not by a course document
// that only mentions it.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadContent } from '../../src/content/load-content.ts';
import { definesTermAsked, termAsked } from '../../src/engine/definition.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';

describe('GIVEN questions that ask what a term means', () => {
  it.each([
    ['what is a transect', 'transect'],
    ["what's an isopod?", 'isopod'],
    ['What is a rocky intertidal zone', 'rocky intertidal zone'],
  ])('WHEN "%s" is read THEN it asks the meaning of "%s"', (q, term) => {
    expect(termAsked(q)).toBe(term);
  });

  it.each([
    'what is the late policy',
    'what is an overview of the grading',
    "what's a good field guide for beginners",
    'what are a few things we could write about',
  ])('WHEN "%s" is read THEN it asks something else', (q) => {
    expect(termAsked(q)).toBeNull();
  });

  it('WHEN a text says what the term is THEN it defines it, and one that only names it does not', () => {
    const q = 'what is a transect';
    expect(definesTermAsked(q, 'A transect is a line along which samples are taken.')).toBe(true);
    expect(definesTermAsked(q, 'Transects: lines along which samples are taken.')).toBe(true);
    expect(definesTermAsked(q, 'Belt transects (strips one metre wide) are used in lab 3.')).toBe(true);
    expect(definesTermAsked(q, 'In lab 3 you lay out a transect on the beach.')).toBe(false);
    // (any other question is not held to it)
    expect(definesTermAsked('when is lab 3', 'In lab 3 you lay out a transect on the beach.')).toBe(true);
  });
});

describe('GIVEN a course of documents alone that names a term in passing', () => {
  const engine = createAnswerEngine(
    loadContent({ faqDir: path.join(import.meta.dirname, '../fixtures/docs-course') }),
  );
  const now = new Date('2030-02-10T12:00:00Z');

  it('WHEN a student asks what the term means THEN the passage that mentions it is not quoted', () => {
    expect(engine.answer('what is a tidal pool', now).kind).toBe('fallback');
    // (a question about the course that uses the term is still answered from that passage)
    const reply = engine.answer('when is the field trip to the tidal pools', now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('takes place in week 6');
  });
});
