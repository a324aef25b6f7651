// The eval script's leave-one-out mode: each FAQ phrasing asked of the model with that phrasing left out.
import { describe, expect, it } from 'vitest';
import type { LoadedFaqEntry } from '../../src/content/load-faq.ts';
import { faqEntrySchema } from '../../src/content/schemas.ts';
import { leaveOneOut } from '../eval.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

const entry = (id: string, title: string, questions: string[], answer: string): LoadedFaqEntry => ({
  ...faqEntrySchema.parse({ id, title, questions, answer }),
  file: 'test.yaml',
  line: 1,
});

describe('GIVEN a FAQ whose phrasings are asked without themselves', () => {
  const base = botany();
  const content = {
    ...base,
    faq: [
      entry(
        'late',
        'Late hand-ins',
        [
          'what is the late penalty',
          'how many points do i lose for a late submission',
          'penalty for handing in late',
        ],
        'Handing in late costs **2 points** per day.',
      ),
      entry(
        'cheat',
        'Cheat sheet',
        [
          'can i bring a cheat sheet to the exam',
          'is a cheat sheet allowed',
          'what may be on the cheat sheet',
        ],
        'One hand-written **cheat sheet** is allowed in the exam.',
      ),
      // the first phrasing shares no word with the rest of the entry: without it nothing leads here
      entry('odd', 'Zebra facts', ['where do striped horses live', 'habitat of zebras'], 'In **Africa**.'),
    ],
  };
  it('WHEN each phrasing is left out in turn THEN those the rest still reach count, the others are listed', () => {
    const result = leaveOneOut(createAnswerEngine(content));
    expect(result.total).toBe(8);
    const missed = result.misses.map((m) => m.question);
    expect(missed).toContain('where do striped horses live');
    expect(missed).not.toContain('what is the late penalty');
    expect(missed).not.toContain('is a cheat sheet allowed');
    expect(result.misses.every((m) => /^(fallback|answer|redirect)/.test(m.got))).toBe(true);
    expect(result.reached).toBe(result.total - result.misses.length);
    expect(result.reached).toBeGreaterThanOrEqual(4);
  });
});
