// The SyllabusQA evaluation's scoring, on a tiny data set of this test's own in SyllabusQA's layout.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSplit, passageIndexSystem, plainBm25, score, spanShare } from '../eval-syllabusqa.ts';

describe('SyllabusQA scoring', () => {
  it('GIVEN a reply THEN the share of the span words it holds is counted with repeats, ignoring case and punctuation', () => {
    expect(spanShare('The exam is worth 40%.', 'the EXAM is worth 40 percent')).toBe(1);
    expect(spanShare('Late work loses ten points', 'late work')).toBe(0.4);
    expect(spanShare('', 'anything')).toBe(0);
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'sqa-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'data', 'dataset_split'), { recursive: true });
  mkdirSync(path.join(dir, 'syllabi', 'syllabi_redacted', 'text'), { recursive: true });
  // Most SyllabusQA texts are Mac Roman: the bullet and the curly apostrophe below are bytes 0xA5 and 0xD5.
  const text =
    'Course Overview \xa5 This course introduces marine biology. Grading: homework counts for 40% and the final ' +
    'exam counts for 60%. Late homework loses 10% per day. Lectures are in Morrill Hall, room 131. ' +
    'Office hours are on Monday from 2 to 4 pm. You\xd5ll need a lab notebook.';
  writeFileSync(
    path.join(dir, 'syllabi', 'syllabi_redacted', 'text', 'bio.txt'),
    Buffer.from(text, 'latin1'),
  );
  const q = (id: string, type: string, question: string, span: string | null) => ({
    id,
    syllabus_name: 'bio',
    question_type: type,
    question,
    answer_span_1: span,
    reasoning_step_1: null,
  });
  writeFileSync(
    path.join(dir, 'data', 'dataset_split', 'val.json'),
    JSON.stringify([
      q('1', 'single factual', 'How much does the final exam count for?', 'the final exam counts for 60%'),
      q('2', 'single factual', 'When are office hours?', 'Office hours are on Monday from 2 to 4 pm'),
      q('3', 'no answer', 'Who won the football game last night?', null),
      q('4', 'single reasoning', 'Can I skip the exam?', null),
    ]),
  );

  it('GIVEN a split THEN syllabi are read (Mac Roman too), split, and each question type is scored', () => {
    const { items, syllabi } = loadSplit(dir, 'val');
    expect(syllabi.get('bio')?.text).toContain('\u2022 This course');
    expect(syllabi.get('bio')?.text).toContain('You\u2019ll need');
    const ours = score(items, syllabi, passageIndexSystem());
    expect(ours.answerable).toEqual({ right: 2, total: 2 });
    expect(ours.noAnswer).toEqual({ right: 1, total: 1 });
    // a reasoning question without a span of either kind counts as wrong in its row and stays out of the totals
    expect(ours.byType.get('single reasoning')).toEqual({ right: 0, total: 1 });
    expect(ours.overall.total).toBe(3);
    // words alone (--no-vectors): the same questions, with the re-ranker and confidence fitted without vectors
    const wordsAlone = score(items, syllabi, passageIndexSystem(null));
    expect(wordsAlone.answerable).toEqual({ right: 2, total: 2 });
    expect(wordsAlone.noAnswer).toEqual({ right: 1, total: 1 });
    const bm25 = score(items, syllabi, plainBm25);
    expect(bm25.noAnswer).toEqual({ right: 0, total: 1 }); // plain BM25 always has a best window
  });
});
