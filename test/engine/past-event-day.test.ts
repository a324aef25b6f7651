// After a piece of work named by its number is due ("when was lab report 1 due"), a FAQ entry on that kind of work is preferred
// to the schedule's "it was due on …" only when it says that day: an entry that gives another date, or none, does
// not answer when it was.
import { describe, expect, it } from 'vitest';
import { namesOneOfDays } from '../../src/engine/schedule-days.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

// (botany: lab report 1, alias r1, was due 2030-02-15 17:00 in Amsterdam)
const after = new Date('2030-02-20T12:00:00Z');

function withReportsEntry(answer: string) {
  const content = botany();
  const reports = {
    ...content.faq[0],
    id: 'reports',
    title: 'Lab reports',
    questions: ['when was lab report 1 due', 'how do lab reports work', 'what goes in a lab report'],
    tags: [],
    answer,
  };
  return createAnswerEngine({ ...content, faq: [...content.faq, reports] as typeof content.faq });
}

describe('GIVEN a lab report past its deadline and a FAQ entry on lab reports', () => {
  it('WHEN the entry gives no date for it THEN the schedule says when it was due', () => {
    const reply = withReportsEntry(
      'Lab report 1 is on photosynthesis, due the week after its lab; each report is two pages.',
    ).answer('when was lab report 1 due', after);
    expect(reply.sources[0]?.id).toBe('schedule:report-1');
    expect(reply.text).toContain('Fri 15 Feb 2030');
  });

  it('WHEN the entry says its day THEN the entry answers', () => {
    const reply = withReportsEntry(
      'Lab report 1 was due on February 15; later reports every three weeks.',
    ).answer('when was lab report 1 due', after);
    expect(reply.sources[0]?.id).toBe('reports');
  });
});

describe('GIVEN a text and some days', () => {
  it('WHEN it names one of them by its date in any common form THEN it says it; another day does not', () => {
    for (const text of ['due Sep 25', 'due **September 25th**', 'due 25 Sept', 'due 9/25', 'due 2023-09-25'])
      expect(namesOneOfDays(text, ['2023-09-25'], 'America/New_York'), text).toBe(true);
    for (const text of ['due Sep 2', 'due 9/250', 'due Oct 25', 'due in week 5'])
      expect(namesOneOfDays(text, ['2023-09-25'], 'America/New_York'), text).toBe(false);
  });
});
