// `validate`: checks faq/, the course file and a schedule; exit 0 when valid, 1 with every problem listed.
import type { Command } from 'commander';
import { contentOrReport } from '../load-or-report.ts';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check the course content (faq/, faq/course.yaml, the schedule) and list every problem')
    .option('--faq <dir>', 'FAQ folder (default: faq/)')
    .option('--schedule <file>', 'schedule file (default: schedules/sample.yaml)')
    .action((opts: { faq?: string; schedule?: string }) => {
      const content = contentOrReport(
        { faqDir: opts.faq, scheduleFile: opts.schedule },
        '{count} in the course content:',
      );
      if (!content) return;
      console.log(
        `OK: ${content.faq.length} FAQ entries, ${documentsSummary(content.documents ?? [])}course "${content.course.name}", ` +
          `${content.schedule.events.length} events in ${content.schedule.timezone}.`,
      );
    });
}

function documentsSummary(passages: readonly { file: string }[]): string {
  const files = new Set(passages.map((p) => p.file)).size;
  return files ? `${passages.length} passages from ${files} document${files === 1 ? '' : 's'}, ` : '';
}
