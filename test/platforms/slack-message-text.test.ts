// What the engine reads of a Slack message: mentions of any kind left out, channels and links by their names, and
// Slack's escapes undone, so "<!here> is the exam &gt; 2 hours?" is asked as "is the exam > 2 hours?".
import { describe, expect, it } from 'vitest';
import { slackQuestionText } from '../../src/platforms/slack/message-text.ts';

describe('GIVEN a Slack message text', () => {
  it('WHEN it mentions users, the channel or a user group THEN the mentions are left out and no stray space stays', () => {
    expect(slackQuestionText('<@U0BOT> when is the exam')).toBe('when is the exam');
    expect(slackQuestionText('<!here> when is <@U12|dana> the exam?')).toBe('when is the exam?');
    expect(slackQuestionText('<!subteam^S123|@tas>, is the lab open book <!channel>')).toBe(
      'is the lab open book',
    );
    expect(slackQuestionText('<@W9> <!everyone>: late policy')).toBe('late policy');
  });

  it('WHEN it links a channel or a page THEN the name or label is read, else the address', () => {
    expect(slackQuestionText('can I ask in <#C123|general> about grades')).toBe(
      'can I ask in #general about grades',
    );
    expect(slackQuestionText('is <https://example.edu/syllabus|the syllabus> up to date')).toBe(
      'is the syllabus up to date',
    );
    expect(slackQuestionText('what is <https://example.edu/a1>')).toBe('what is https://example.edu/a1');
  });

  it("WHEN it holds Slack's escapes THEN they are undone, after the markup is read", () => {
    expect(slackQuestionText('is it &lt; 10 pages &amp; due &gt;= friday')).toBe(
      'is it < 10 pages & due >= friday',
    );
    expect(slackQuestionText('what does &amp;lt; mean')).toBe('what does &lt; mean');
  });
});
