// `validate`: checks what `start` would load (the same variables, .env and flags); exit 0 when valid, 1 with
// every problem listed. Placeholders still in place are warnings: they do not fail the check.
import type { Command } from 'commander';
import { placeholderWarnings } from '../../content/placeholders.ts';
import { configOrReport, contentOrReport } from '../load-or-report.ts';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'check what start would load (FAQ_DIR, SCHEDULE_FILE, the course file) and list every problem',
    )
    .option('--faq <dir>', 'FAQ folder (default: FAQ_DIR or faq/)')
    .option('--schedule <file>', 'schedule file (default: SCHEDULE_FILE or schedules/sample.yaml)')
    .option('--port <port>', 'HTTP port (default: PORT or 3000), checked as start would')
    .action((opts: { faq?: string; schedule?: string; port?: string }) => {
      const config = configOrReport({ ...process.env, ...(opts.port !== undefined && { PORT: opts.port }) });
      if (!config) return;
      const content = contentOrReport(
        { faqDir: opts.faq ?? config.FAQ_DIR, scheduleFile: opts.schedule ?? config.SCHEDULE_FILE },
        '{count} in the course content:',
      );
      if (!content) return;
      for (const warning of placeholderWarnings(content, { publicUrl: config.PUBLIC_URL }))
        console.error(`Warning: ${warning}`);
      console.log(
        `OK: ${content.faq.length} FAQ entries, ${documentsSummary(content.documents ?? [])}course "${content.course.name}", ` +
          `${content.schedule.events.length} events${undatedSummary(content.schedule.undated?.length ?? 0)} in ${content.schedule.timezone}.`,
      );
    });
}

function undatedSummary(count: number): string {
  return count > 0 ? ` (and ${count} without a date yet)` : '';
}

function documentsSummary(passages: readonly { file: string }[]): string {
  const files = new Set(passages.map((p) => p.file)).size;
  return files ? `${passages.length} passages from ${files} document${files === 1 ? '' : 's'}, ` : '';
}
