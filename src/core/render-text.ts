// Text helpers every capability uses: `{{time:N}}` placeholders (each platform supplies its own date syntax) and
// Markdown escaping of schedule titles.
import type { Reply } from './command.ts';

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
