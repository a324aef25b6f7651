// Answers from course documents, on a small course of this test's own (test/fixtures/docs-course).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { splitDocument } from '../../src/content/split-passages.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { createPassageIndex } from '../../src/engine/passages/index.ts';
import { calibrate } from '../../src/engine/passages/calibrate.ts';
import { MAX_QUOTE_WORDS } from '../../src/engine/passages/quote.ts';
import { createScorer } from '../../src/engine/passages/scorer.ts';
import { PASSAGE_MODEL } from '../../src/engine/passages/weights.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const SCHEDULE = path.join(FIXTURES, 'schedules', 'small.yaml');
const DOCS_COURSE = path.join(FIXTURES, 'docs-course');
const now = new Date('2030-01-15T12:00:00Z');

describe('a course with only a minimal course file and a syllabus', () => {
  const engine = getAnswerEngine(loadContent({ faqDir: DOCS_COURSE, scheduleFile: SCHEDULE }));

  it('GIVEN a question the syllabus answers THEN the reply quotes it and says where it comes from', () => {
    const reply = engine.answer('what should I bring on the field trip?', now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/^From the Syllabus, Field trip:\n\n> The field trip to the tidal pools/);
    expect(reply.text).toContain('Bring boots, a rain jacket and a packed lunch.');
    expect(reply.sources).toEqual([
      { id: 'doc:syllabus-4', title: 'Syllabus: Field trip', score: expect.any(Number) },
    ]);
  });

  it('GIVEN a question under a sub-heading THEN the source names the heading path', () => {
    const reply = engine.answer('how many points do late lab reports lose', now);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/^From the Syllabus, Grading, Late work:/);
    expect(reply.text).toContain('lose 10% of their points per day');
    expect(reply.sources[0]?.title).toBe('Syllabus: Grading > Late work');
  });

  it.each([
    'who won the football game last night',
    'what is the capital of australia',
    'how much does parking cost per month',
  ])('GIVEN a question the documents do not answer (%s) THEN it falls back', (q) => {
    const reply = engine.answer(q, now);
    expect(reply.kind).toBe('fallback');
    expect(reply.text).not.toContain('From the');
  });

  it('GIVEN a private request THEN it is redirected before any quote', () => {
    expect(engine.answer('can I get an extension on my lab report, I was sick', now).kind).toBe('redirect');
  });
});

describe('FAQ and documents together', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'docs-faq-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(DOCS_COURSE, dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'faq.yaml'),
    [
      '- id: late-lab-reports',
      '  title: Late lab reports',
      '  questions:',
      '    - how many points do late lab reports lose',
      '    - what is the penalty for a late lab report',
      '  answer: Late lab reports lose 10% per day, for at most five days (FAQ).',
    ].join('\n'),
  );
  const engine = getAnswerEngine(loadContent({ faqDir: dir, scheduleFile: SCHEDULE }));

  it('GIVEN a question both answer THEN the FAQ entry wins', () => {
    const reply = engine.answer('how many points do late lab reports lose', now);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('late-lab-reports');
    expect(reply.text).toContain('(FAQ)');
  });

  it('GIVEN a question only the documents answer THEN the quote answers', () => {
    const reply = engine.answer('what should I bring on the field trip?', now);
    expect(reply.sources[0]?.id).toBe('doc:syllabus-4');
  });
});

describe('the passage index', () => {
  const passages = loadContent({ faqDir: DOCS_COURSE, scheduleFile: SCHEDULE }).documents ?? [];
  const index = createPassageIndex(passages);

  it('GIVEN its documents THEN its threshold is calibrated at or above the base', () => {
    expect(index.threshold).toBeGreaterThanOrEqual(PASSAGE_MODEL.vectors.confidence.base);
  });

  it('GIVEN a FAQ that already answers what the documents say THEN the threshold rises by the share it answers', () => {
    const scorer = createScorer(passages, PASSAGE_MODEL.vectors.rank);
    const alone = calibrate(scorer, PASSAGE_MODEL.vectors.confidence);
    const none = calibrate(scorer, PASSAGE_MODEL.vectors.confidence, () => false);
    let asked = 0;
    const half = calibrate(scorer, PASSAGE_MODEL.vectors.confidence, () => asked++ % 2 === 0);
    const all = calibrate(scorer, PASSAGE_MODEL.vectors.confidence, () => true);
    expect(alone.faqCoverage).toBe(0);
    expect(none).toEqual(alone);
    expect(half.faqCoverage).toBeGreaterThan(0);
    expect(half.faqCoverage).toBeLessThan(1);
    const odds = (p: number): number => p / (1 - p);
    expect(odds(half.threshold)).toBeCloseTo(odds(alone.threshold) / (1 - half.faqCoverage), 6);
    expect(all.faqCoverage).toBe(1);
    // a FAQ that seems to answer everything still leaves the documents a (high) bar they can clear
    expect(odds(all.threshold)).toBeCloseTo(odds(alone.threshold) * 10, 6);
    expect(all.threshold).toBeLessThan(1);
  });

  it('GIVEN a question in other words THEN the right passage is the confident answer, quoted whole', () => {
    const a = index.answer('what happens if I hand in my lab report late');
    expect(a?.passage.section).toBe('Grading > Late work');
    expect(a?.confident).toBe(true);
    expect(a?.quotes[0]?.text).toBe(a?.passage.text);
  });

  it('GIVEN a question on something the syllabus never mentions THEN the best passage is not confident', () => {
    expect(index.answer('can I use a calculator during the midterm')?.confident).toBe(false);
    expect(index.answer('how do I renew my passport')).toBeNull();
  });

  it('GIVEN a long passage THEN the quote is its most relevant sentences within the quote limit', () => {
    const filler = Array.from(
      { length: 30 },
      (_, i) => `Filler sentence ${i} talks about nothing in particular.`,
    );
    const text = [
      ...filler.slice(0, 15),
      'Microscopes are booked through the lab manager.',
      ...filler.slice(15),
    ].join(' ');
    const one = createPassageIndex(
      splitDocument(text, 'lab.txt', 'text', { maxWords: 1000, overlapWords: 0 }),
    );
    const a = one.answer('how do I book a microscope');
    expect(a?.quotes[0]?.text).toContain('Microscopes are booked through the lab manager.');
    expect(a?.quotes[0]?.text.split(/\s+/).length).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
  });
});
