// A FAQ entry is preferred to the schedule for a question what an event is about only when its answer says what was
// asked: a numbered name ("week 9") as such, not its word and its number apart.
import { describe, expect, it } from 'vitest';
import { saysWhatIsAsked } from '../../src/engine/schedule-questions.ts';
import { botany } from './fixtures.ts';

describe('GIVEN a question about a numbered event ("what is week 9 about")', () => {
  const content = botany();
  const says = (text: string) => saysWhatIsAsked('what is week 9 about', text, content, new Map());

  it('WHEN the answer names the word and the number only apart THEN it does not say what was asked', () => {
    expect(says('There is no class on February 9; class resumes with Week 7.')).toBe(false);
  });

  it.each([
    'Week 9 is about pollination.',
    'Weeks 2, 3 and 9 are field weeks.',
    'In week nine we visit the greenhouse.',
  ])('WHEN the answer names it ("%s") THEN it does', (text) => {
    expect(says(text)).toBe(true);
  });

  it('WHEN a question names a day with its number THEN the answer may write the date another way', () => {
    const asked = 'what is due on march 9';
    expect(saysWhatIsAsked(asked, 'Report 2 is due on 9 March.', content, new Map())).toBe(true);
  });
});
