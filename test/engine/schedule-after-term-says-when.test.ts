// After the term, a FAQ entry that names what a "when" question asks about answers it only when it says when: an
// entry that only names the thing (what to bring to the final exam) leaves the question to the schedule, which says
// when it was.
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load-content.ts';
import type { LoadedFaqEntry } from '../../src/content/load-faq.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

const base = botany();
const examRules: LoadedFaqEntry = {
  id: 'exam-rules',
  title: 'What to bring to the final exam',
  questions: [
    'what do i bring to the final exam',
    'final exam rules',
    'can i bring notes to the final exam',
    'is the final exam closed book',
  ],
  tags: [],
  answer: 'The final exam is **closed book**: bring a pencil and your student card.',
  see_also: [],
  file: 'faq/entries.yaml',
  line: null,
};
const content: Content = { ...base, faq: [...base.faq, examRules] };
// (an answer whose only words of time name no date: the term as a whole, and "next week" said when it was written)
const looseRules: LoadedFaqEntry = {
  ...examRules,
  answer:
    'The final exam is **closed book** and covers the whole semester; the list of its topics comes out next week.',
};
const loose = createAnswerEngine({ ...base, faq: [...base.faq, looseRules] });
const engine = createAnswerEngine(content);
const after = new Date('2030-06-01T12:00:00Z');

describe('GIVEN the term is over and an entry that names the final exam but not when it is', () => {
  it('WHEN the date of the final exam is asked THEN the schedule says when it was', () => {
    for (const q of ['final exam date', 'what day was the final exam']) {
      const reply = engine.answer(q, after);
      expect(reply.sources[0]?.id).toBe('schedule:final-exam');
      expect(reply.text).toContain('3 Apr 2030');
    }
  });

  it('WHEN its answer has words of time that give no date THEN the schedule still says when it was', () => {
    const reply = loose.answer('final exam date', after);
    expect(reply.sources[0]?.id).toBe('schedule:final-exam');
    expect(reply.text).toContain('3 Apr 2030');
  });

  it('WHEN something else about the final exam is asked THEN the entry answers', () => {
    const reply = engine.answer('what do i bring to the final exam', after);
    expect(reply.sources[0]?.id).toBe('exam-rules');
  });
});
