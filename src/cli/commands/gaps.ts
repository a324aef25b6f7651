// `course-bot gaps [--since DATE] [--json]`: what students asked that went unanswered or was redirected, grouped.
import type { Command } from 'commander';
import { configOrReport } from '../load-or-report.ts';
import { gaps, type Gap } from '../../question-log/gaps.ts';
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

function renderGap(g: Gap, i: number): string {
  const kinds = Object.entries(g.kinds)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const others = g.questions.filter((q) => q !== g.example);
  return [
    `${String(i + 1).padStart(3)}. ${g.count}x  ${g.example}`,
    `      ${kinds}; last asked ${g.lastAskedAt.toISOString().slice(0, 10)}`,
    ...others.map((q) => `      also: ${q}`),
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
    .action((opts: { since?: string; json?: boolean }) => {
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
      const db = openDatabase(config.databaseFile);
      try {
        const found = gaps(db, { since });
        if (opts.json) {
          console.log(
            JSON.stringify(
              found.map((g) => ({ ...g, lastAskedAt: g.lastAskedAt.toISOString() })),
              null,
              2,
            ),
          );
        } else if (found.length === 0) {
          console.log('No unanswered or redirected questions in the log for this period.');
        } else {
          console.log(`Unanswered (fallback) and redirected questions, most frequent first:\n`);
          console.log(found.map(renderGap).join('\n\n'));
        }
      } finally {
        db.close();
      }
    });
}
