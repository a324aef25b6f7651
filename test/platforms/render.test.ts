// Rendering replies per platform: time placeholders, Slack mrkdwn, links and length caps.
import { describe, expect, it } from 'vitest';
import { markdownToMrkdwn } from '../../src/platforms/shared/markdown-to-mrkdwn.ts';
import { DISCORD_MAX, renderForDiscord, renderForSlack } from '../../src/platforms/shared/render-reply.ts';
import { renderTimes } from '../../src/core/render-text.ts';
import { discordTime, slackTime } from '../../src/platforms/shared/render-times.ts';

const due = new Date('2026-03-29T01:30:00Z'); // the night Europe/Amsterdam moves to summer time
const unix = 1774747800;

describe('time placeholders', () => {
  it('GIVEN a due time THEN Discord shows a full date and a relative time in the reader’s zone', () => {
    expect(
      renderTimes('Due {{time:0}}.', [{ at: due, fallback: 'Sun 29 Mar, 03:30 CEST' }], discordTime),
    ).toBe(`Due <t:${unix}:F> (<t:${unix}:R>).`);
  });

  it('GIVEN a due time THEN Slack gets a date token whose fallback is the course-zone text, escaped', () => {
    expect(renderTimes('{{time:0}}', [{ at: due, fallback: 'Sun <29> Mar & co' }], slackTime)).toBe(
      `<!date^${unix}^{date_short_pretty} {time}|Sun &lt;29&gt; Mar &amp; co>`,
    );
  });

  it('GIVEN a placeholder without an entry THEN it stays visible instead of silently vanishing', () => {
    expect(renderTimes('{{time:0}} and {{time:1}}', [{ at: due, fallback: 'x' }], (_, f) => f)).toBe(
      'x and {{time:1}}',
    );
  });
});

describe('Markdown to Slack mrkdwn', () => {
  it('converts bold, italics, strikes, headings, bullets and links', () => {
    expect(
      markdownToMrkdwn('# Exam\n**Bring** your *ID* ~~pen~~\n- [rules](https://example.org/r?a=1&b=2)'),
    ).toBe('*Exam*\n*Bring* your _ID_ ~pen~\n• <https://example.org/r?a=1&b=2|rules>');
  });

  it('escapes &, < and > so user text cannot forge Slack links or mentions', () => {
    expect(markdownToMrkdwn('a < b && c > d <!channel>')).toBe(
      'a &lt; b &amp;&amp; c &gt; d &lt;!channel&gt;',
    );
  });

  it('GIVEN an escaped ">" (a plain text\'s line quoted) THEN a plain one, escaped for Slack, no backslash', () => {
    expect(markdownToMrkdwn('> Scale:\n> \\> 90%: A')).toBe('&gt; Scale:\n&gt; &gt; 90%: A');
  });

  it('leaves code alone, apart from escaping', () => {
    expect(markdownToMrkdwn('run `x**2 * y`\n```\nz = *a*\n```')).toBe('run `x**2 * y`\n```\nz = *a*\n```');
  });
});

describe('whole replies', () => {
  it('GIVEN an emoji where the cap falls THEN it is left out whole, not cut in two', () => {
    // (👍🏽 is four UTF-16 units: a thumb and a skin tone, each a surrogate pair)
    const text = renderForDiscord({ text: `${'x'.repeat(DISCORD_MAX - 3)}👍🏽 and more` });
    expect(text).toBe(`${'x'.repeat(DISCORD_MAX - 3)}…`);
  });

  it('adds links and sources, and caps Discord messages at 2000 characters', () => {
    const text = renderForDiscord({
      text: 'x'.repeat(3000),
      links: [{ label: 'Calendar', url: 'https://bot.example.org/c.ics' }],
    });
    expect(text).toHaveLength(DISCORD_MAX);
    expect(text.endsWith('…')).toBe(true);
    expect(
      renderForDiscord({
        text: 'Hi',
        sources: [{ id: 'g', title: 'Grading', score: 1 }],
        links: [{ label: 'L', url: 'https://u' }],
      }),
    ).toBe('Hi\n\n[L](<https://u>)\n\n-# Sources: Grading');
  });

  it('renders links for Slack as <url|label>', () => {
    expect(
      renderForSlack({ text: 'See', links: [{ label: 'Calendar <ics>', url: 'https://bot/c.ics' }] }),
    ).toBe('See\n\n<https://bot/c.ics|Calendar &lt;ics&gt;>');
  });
});
