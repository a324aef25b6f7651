// `course-bot gaps [--since DATE] [--json] [--why]`: what students asked that went unanswered or was redirected,
// grouped; with --why, what the bot replies to each group's question now and why.
import type { Command } from 'commander';
import { commands } from '../../../commands/index.ts';
import { systemClock } from '../../core/clock.ts';
import type { Content } from '../../content/load-content.ts';
import { getAnswerEngine, type EngineReply } from '../../engine/index.ts';
import type { Explanation } from '../../engine/model.ts';
import { configOrReport, contentOrReport } from '../load-or-report.ts';
import { gaps, type Gap } from '../../question-log/gaps.ts';
import { chatReply } from './ask.ts';
import { whyJson, whyLines } from '../explain-reply.ts';
import { openDatabase } from '../../store/database.ts';
import { impossibleDateReason } from '../../time/local-time.ts';

/** "2026-09-01" (start of that day, UTC) or a full ISO timestamp. */
export function parseSince(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return null;
  // (a day the month does not have, "2026-02-30", is refused, not rolled over into March)
  if (impossibleDateReason(text.slice(0, 10)) !== null) return null;
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** What the bot replies now to a group's most frequent wording, with the content loaded now (`gaps --why`). */
export interface GapNow {
  kind: EngineReply['kind'];
  /** The title of what the reply comes from (a FAQ entry, an event), if anything. */
  from?: string;
  why: Explanation;
}

export function gapNow(content: Content, gap: Gap, now: Date): GapNow {
  const reply = chatReply(content, gap.example, now);
  const from = reply.sources[0]?.title;
  return {
    kind: reply.kind,
    ...(from !== undefined && { from }),
    why: getAnswerEngine(content).model.explain(gap.example),
  };
}

/** How the reply is said after "now:", with what it comes from (a fallback names the entry it suggests) or alone. */
const NOW: Record<GapNow['kind'], [string, string]> = {
  answer: ['answered from', 'answered'],
  fallback: ['falls back, suggesting', 'falls back'],
  redirect: ["sent to the course's contact, with", "sent to the course's contact"],
};

export function renderGap(g: Gap, i: number, now?: GapNow): string {
  const kinds = Object.entries(g.kinds)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const others = g.questions.filter((q) => q !== g.example);
  const why = now
    ? [`now: ${now.from ? `${NOW[now.kind][0]} ${now.from}` : NOW[now.kind][1]}`, ...whyLines(now.why)].map(
        (l) => `      ${l}`,
      )
    : [];
  return [
    `${String(i + 1).padStart(3)}. ${g.count}x  ${g.example}`,
    `      ${kinds}; last asked ${g.lastAskedAt.toISOString().slice(0, 10)}`,
    ...others.map((q) => `      also: ${q}`),
    ...why,
  ].join('\n');
}

export function registerGaps(program: Command): void {
  program
    .command('gaps')
    .description(
      'list questions the bot could not answer or sent to e-mail, similar ones grouped, most frequent first',
    )
    .option('--since <date>', 'only questions asked on or after this date (YYYY-MM-DD)')
    .option('--json', 'print the groups as JSON')
    .option(
      '--why',
      "with each group, what the bot replies to its question now (the content ask loads: FAQ_DIR, SCHEDULE_FILE) and why: the nearest FAQ entries and the private-request probability, beside the course's thresholds",
    )
    .action((opts: { since?: string; json?: boolean; why?: boolean }) => {
      let since: Date | undefined;
      if (opts.since !== undefined) {
        const parsed = parseSince(opts.since);
        if (!parsed) {
          console.error(
            `--since: "${opts.since}" is not a date; use YYYY-MM-DD, for example --since 2026-09-01`,
          );
          process.exitCode = 1;
          return;
        }
        since = parsed;
      }
      const config = configOrReport(process.env);
      if (!config) return;
      const content = opts.why
        ? contentOrReport(
            { faqDir: config.FAQ_DIR, scheduleFile: config.SCHEDULE_FILE },
            'The course content has problems; fix them first:',
            commands,
          )
        : null;
      if (opts.why && !content) return;
      const db = openDatabase(config.databaseFile);
      try {
        const found = gaps(db, { since });
        const at = systemClock.now();
        const nowOf = (g: Gap): GapNow | undefined => (content ? gapNow(content, g, at) : undefined);
        if (opts.json) {
          console.log(
            JSON.stringify(
              found.map((g) => {
                const now = nowOf(g);
                return {
                  ...g,
                  lastAskedAt: g.lastAskedAt.toISOString(),
                  ...(now && { now: { kind: now.kind, from: now.from ?? null, why: whyJson(now.why) } }),
                };
              }),
              null,
              2,
            ),
          );
        } else if (found.length === 0) {
          console.log('No unanswered or redirected questions in the log for this period.');
        } else {
          console.log(`Unanswered (fallback) and redirected questions, most frequent first:\n`);
          console.log(found.map((g, i) => renderGap(g, i, nowOf(g))).join('\n\n'));
        }
      } finally {
        db.close();
      }
    });
}
