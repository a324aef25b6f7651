// A question when a topic comes, that no entry answers with confidence, goes to the one entry whose answer names the
// topic in a line that says when (or in an item of a numbered list or a table row of an answer that says when).
import { describe, expect, it } from 'vitest';
import type { LoadedFaqEntry } from '../../src/content/load-faq.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { topicFinder } from '../../src/engine/topic-line.ts';
import { botany } from './fixtures.ts';

/** The botany fixture with an entry that lists its topics week by week. */
function withWeeklyTopics(): { content: ReturnType<typeof botany>; base: LoadedFaqEntry } {
  const content = botany();
  const base = content.faq[0];
  if (!base) throw new Error('the botany fixture has no FAQ entry');
  content.faq.push({
    ...base,
    id: 'weekly-topics',
    title: 'What each week covers',
    questions: [
      'what is the course schedule',
      'what do we do each week',
      'what topics are on the schedule',
      'what do we do in week 2',
      'what is the plan week by week',
    ],
    tags: [],
    answer:
      'The plan is by week; week 1 starts Monday, September 7:\n\n' +
      '1. Seeds and germination\n2. Roots, stems and water transport\n3. Leaf anatomy and stomata\n' +
      '4. Pollination by insects and wind\n5. Field trip to the arboretum',
  });
  return { content, base };
}

describe('GIVEN a course with an entry that lists its topics week by week', () => {
  const { content, base } = withWeeklyTopics();
  content.faq.push({
    ...base,
    id: 'essay',
    title: 'The essay',
    questions: ['what is the essay about', 'how long is the essay', 'how is the essay graded'],
    tags: [],
    answer:
      'After you get feedback on your outline, write an essay of 1,500 words on a plant of your choice.\n\n' +
      'The essay is due at the end of week 5.',
  });
  const engine = createAnswerEngine(content, { vectors: false });
  const now = new Date('2026-03-01T12:00:00Z');

  it('WHEN a student asks when a listed topic comes, in words no phrasing has THEN the weekly entry answers', () => {
    for (const q of ['when do we learn about stomata', 'which week do we cover pollination by wind']) {
      const r = engine.answer(q, now);
      expect(r.kind, q).toBe('answer');
      expect(r.sources[0]?.id, q).toBe('weekly-topics');
    }
  });

  it('WHEN the line naming the topic says no time THEN it does not answer when', () => {
    const saysWhen = (a: string) => /week|monday|september/i.test(a);
    expect(topicFinder(content.faq, saysWhen)('when do we get feedback on the outline', new Set())).toBe(
      undefined,
    );
  });

  it('WHEN no line names every word of the topic, or the question does not ask when THEN no entry is found', () => {
    const saysWhen = (a: string) => /week/.test(a);
    expect(topicFinder(content.faq, saysWhen)('when do we learn about stomata in cacti', new Set())).toBe(
      undefined,
    );
    expect(topicFinder(content.faq, saysWhen)('what are stomata', new Set())).toBe(undefined);
    expect(topicFinder(content.faq, saysWhen)('when do we learn about stomata', new Set())?.id).toBe(
      'weekly-topics',
    );
  });
});

describe('GIVEN a course that declines to explain a topic its weekly list names', () => {
  const { content } = withWeeklyTopics();
  content.course = {
    ...content.course,
    declined: ['what are stomata', 'explain how stomata work', 'what do stomata do', 'how do stomata open'],
  };
  const engine = createAnswerEngine(content, { vectors: false });
  const now = new Date('2026-03-01T12:00:00Z');

  it('WHEN a student asks what the topic is THEN the bot declines it', () => {
    expect(engine.answer('what are stomata exactly', now).kind).toBe('fallback');
  });

  it('WHEN a student asks when the topic comes THEN the weekly entry answers', () => {
    const r = engine.answer('when do we learn about stomata', now);
    expect(r.kind).toBe('answer');
    expect(r.sources[0]?.id).toBe('weekly-topics');
  });
});
