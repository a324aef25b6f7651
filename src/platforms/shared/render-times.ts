// Replaces `{{time:N}}` placeholders of a Reply or Post with each platform's own date syntax.
import type { Reply } from '../../core/command.ts';

export type Times = Reply['times'];
export type TimeFormatter = (at: Date, fallback: string) => string;

const PLACEHOLDER = /\{\{time:(\d{1,3})\}\}/g;

/** A placeholder without a matching entry keeps its literal text, so a broken reply is visible, not silent. */
export function renderTimes(text: string, times: Times, format: TimeFormatter): string {
  if (!times || times.length === 0) return text;
  return text.replace(PLACEHOLDER, (whole, index: string) => {
    const entry = times[Number(index)];
    if (!entry || Number.isNaN(entry.at.getTime())) return whole;
    return format(entry.at, entry.fallback);
  });
}

/** The text with every `{{time:N}}` replaced by its course-zone fallback (the web, the CLI, the web feed). */
export function renderFallback(text: string, times: Times): string {
  return renderTimes(text, times, (_at, fallback) => fallback);
}

/** Keeps titles from the schedule from being read as Markdown formatting. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\*_`~|[\]])/g, '\\$1');
}

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
