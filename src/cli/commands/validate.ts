// `validate`: checks faq/, the course file and a schedule; exit 0 when valid, 1 with every problem listed.
import type { Command } from 'commander';
import { ContentError, formatIssue } from '../../content/content-error.ts';
import { loadContent } from '../../content/load-content.ts';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check the course content (faq/, faq/course.yaml, the schedule) and list every problem')
    .option('--faq <dir>', 'FAQ folder (default: faq/)')
    .option('--schedule <file>', 'schedule file (default: schedules/sample.yaml)')
    .action((opts: { faq?: string; schedule?: string }) => {
      try {
        const content = loadContent({ faqDir: opts.faq, scheduleFile: opts.schedule });
        console.log(
          `OK: ${content.faq.length} FAQ entries, course "${content.course.name}", ` +
            `${content.schedule.events.length} events in ${content.schedule.timezone}.`,
        );
      } catch (err) {
        if (!(err instanceof ContentError)) throw err;
        console.error(
          `${err.issues.length} problem${err.issues.length === 1 ? '' : 's'} in the course content:`,
        );
        for (const issue of err.issues) console.error(`  ${formatIssue(issue)}`);
        process.exitCode = 1;
      }
    });
}
