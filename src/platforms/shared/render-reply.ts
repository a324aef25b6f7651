// Turns a command's Reply (or a Post) into the text each platform shows; length-capped per platform.
import type { Reply } from '../../core/command.ts';
import type { Post } from '../../core/posting.ts';
import { markdownToMrkdwn } from './markdown-to-mrkdwn.ts';
import { renderTimes } from '../../core/render-text.ts';
import { discordTime, escapeSlack, slackTime } from './render-times.ts';
import { fitLength } from '../../core/fit-length.ts';

/** Discord rejects message content longer than 2000 characters. */
export const DISCORD_MAX = 2000;
/** Slack truncates long text badly; 3000 is a section block's limit and keeps messages readable. */
export const SLACK_MAX = 3000;

type Renderable = Pick<Reply, 'text' | 'times' | 'links' | 'sources'>;

export function renderForDiscord(reply: Renderable | Post): string {
  const parts = [renderTimes(reply.text, reply.times, discordTime)];
  const links = 'links' in reply ? reply.links : undefined;
  if (links?.length) parts.push(links.map((l) => `[${l.label}](<${l.url}>)`).join(' · '));
  const sources = 'sources' in reply ? reply.sources : undefined;
  if (sources?.length) parts.push(`-# Sources: ${sources.map((s) => s.title).join(', ')}`);
  return fitLength(parts.join('\n\n'), DISCORD_MAX);
}

export function renderForSlack(reply: Renderable | Post): string {
  // Markdown first: the placeholders contain no Markdown, and Slack's date tokens must not be escaped.
  const parts = [renderTimes(markdownToMrkdwn(reply.text), reply.times, slackTime)];
  const links = 'links' in reply ? reply.links : undefined;
  if (links?.length) parts.push(links.map((l) => `<${l.url}|${escapeSlack(l.label)}>`).join(' · '));
  const sources = 'sources' in reply ? reply.sources : undefined;
  if (sources?.length) parts.push(`_Sources: ${escapeSlack(sources.map((s) => s.title).join(', '))}_`);
  return fitLength(parts.join('\n\n'), SLACK_MAX);
}
