// Each platform's date syntax for the `{{time:N}}` placeholders (see src/core/render-text.ts).
import type { TimeFormatter } from '../../core/render-text.ts';

function unixSeconds(at: Date): number {
  return Math.floor(at.getTime() / 1000);
}

/** Discord shows `<t:UNIX:F>` as a full date in the reader's zone and `<t:UNIX:R>` as "in 3 days". */
export const discordTime: TimeFormatter = (at) => `<t:${unixSeconds(at)}:F> (<t:${unixSeconds(at)}:R>)`;

/** Slack's date token; the fallback (the course-zone text) shows where the token cannot be rendered. */
export const slackTime: TimeFormatter = (at, fallback) =>
  `<!date^${unixSeconds(at)}^{date_short_pretty} {time}|${escapeSlack(fallback)}>`;

/** Slack requires &, < and > escaped in message text. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
