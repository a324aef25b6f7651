// `reminders --from ISO --to ISO [--schedule FILE] [--json]`: every reminder due in a window, sorted by time.
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { renderFallback } from '../../core/render-text.ts';
import { planReminders } from '../../reminders/plan-reminders.ts';
import { formatLocal, parseLocalDate } from '../../time/local-time.ts';
import { listsNoDates } from '../../schedule/no-dates.ts';
import { scheduleOrReport, SCHEDULE_OPTION_HELP } from '../load-or-report.ts';

export interface RemindersCliOptions {
  from?: string;
  to?: string;
  schedule?: string;
  /** The content folder, whose schedule.yaml is used when --schedule is not given (as for the other commands). */
  faq?: string;
  json?: boolean;
}

const MAX_WINDOW_DAYS = 5 * 366;

/**
 * An instant with a zone (`2026-10-24T22:00:00Z`, `...+02:00`) or a date (`2026-10-24`, midnight in the course's
 * zone). A date-time without a zone is refused: reading it as UTC or as local would be a silent guess.
 */
function parseInstant(text: string, zone: string): Date | null {
  const date = parseLocalDate(text, zone);
  if (date) return date.toJSDate();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) return null;
  const d = DateTime.fromISO(text, { setZone: true });
  return d.isValid ? d.toJSDate() : null;
}

export function runReminders(
  opts: RemindersCliOptions,
  env: Record<string, string | undefined>,
  io: { out: (text: string) => void; err: (line: string) => void },
): number {
  const schedule = scheduleOrReport(opts.schedule, env, io.err, opts.faq);
  if (!schedule) return 1;
  const from = opts.from === undefined ? null : parseInstant(opts.from, schedule.timezone);
  const to = opts.to === undefined ? null : parseInstant(opts.to, schedule.timezone);
  const problems: string[] = [];
  for (const [name, value, parsed] of [
    ['from', opts.from, from],
    ['to', opts.to, to],
  ] as const) {
    if (value === undefined) problems.push(`--${name}: is required, e.g. 2026-10-01 or 2026-10-01T00:00:00Z`);
    else if (!parsed)
      problems.push(
        `--${name}: "${value.slice(0, 40)}" is not a date (YYYY-MM-DD) or an ISO time with a zone (…T22:00:00Z)`,
      );
  }
  if (from && to && to <= from) problems.push('--to: must be after --from');
  if (from && to && to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000)
    problems.push(`--to: the window is limited to ${MAX_WINDOW_DAYS} days`);
  if (problems.length || !from || !to) {
    for (const p of problems) io.err(p);
    return 2;
  }
  const planned = planReminders(schedule, from, to);
  if (opts.json) {
    const rows = planned.map((r) => ({
      eventId: r.eventId,
      occurrence: r.occurrence.toISOString(),
      lead: r.lead,
      at: r.at.toISOString(),
      text: renderFallback(r.text, r.times),
    }));
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (listsNoDates(schedule)) io.out('No reminders: the course lists no dates (it has no schedule).\n');
  else if (planned.length === 0) io.out('No reminders in that window.\n');
  for (const r of planned) {
    io.out(
      `${formatLocal(r.at, schedule.timezone)}  ${r.eventId} (${r.lead})  ${renderFallback(r.text, r.times)}\n`,
    );
  }
  return 0;
}

export function registerReminders(program: Command): void {
  program
    .command('reminders')
    .description('list every reminder due between --from and --to (dates are local to the course zone)')
    .option('--from <iso>', 'start of the window: 2026-10-01 or 2026-10-01T00:00:00Z')
    .option('--to <iso>', 'end of the window (exclusive)')
    .option('--schedule <file>', SCHEDULE_OPTION_HELP)
    .option(
      '--faq <dir>',
      'content folder, whose schedule.yaml is used without --schedule (default: FAQ_DIR or faq/)',
    )
    .option('--json', 'a JSON array of {eventId, occurrence, lead, at, text} sorted by at')
    .action((opts: RemindersCliOptions) => {
      process.exitCode = runReminders(opts, process.env, {
        out: (t) => process.stdout.write(t),
        err: (l) => console.error(l),
      });
    });
}
