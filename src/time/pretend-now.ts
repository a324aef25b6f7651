// `--now` of the command line's `ask` and of `npm run eval`: a local time in the schedule's zone to answer as of.
import { impossibleDateReason, parseLocalTime } from './local-time.ts';

/** The instant `--now` stands for, in the schedule's zone; a message saying how to write it when it is not one. */
export function pretendNow(
  text: string,
  zone: string,
): { ok: true; now: Date } | { ok: false; message: string } {
  const parsed = parseLocalTime(text.trim(), zone);
  if (parsed.ok) return { ok: true, now: parsed.time.toJSDate() };
  const impossible = impossibleDateReason(text);
  const why =
    parsed.reason === 'nonexistent'
      ? `does not exist in ${zone} (the clocks skip it)`
      : impossible
        ? `is not a real time (${impossible})`
        : 'is not a local time YYYY-MM-DD HH:mm';
  return {
    ok: false,
    message: `--now ${JSON.stringify(text)} ${why}: write it like --now "2026-10-01 10:00" (in ${zone}, the schedule's zone)`,
  };
}
