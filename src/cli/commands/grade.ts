// `course-bot grade [SCORES...] [--faq DIR] [--schedule FILE] [--json]`: the chat command `grade` from the command line,
// so a TA can try the course file's grading rules (and the schedule's late rules per deadline); the scores are written
// as in chat (`grade hw=5,4,-;exam=71`), and `--late a1=2d` applies the late rules to the items handed in late.
import type { Command } from 'commander';
import grade, { gradeArgs, gradeReply } from '../../../commands/grade.ts';
import type { Reply } from '../../core/command.ts';
import { errorReply } from '../../core/run-command.ts';
import { parseCommandArgs } from '../../core/command-line.ts';
import { courseOrReport, scheduleOrReport } from '../load-or-report.ts';

interface GradeOptions {
  late?: string;
  faq?: string;
  schedule?: string;
  section?: string;
  json?: boolean;
}

export function registerGrade(program: Command): void {
  program
    .command('grade')
    .description(
      "estimate a final grade from scores, with the course file's grading rules (as the chat command `grade`); exit 1 when the scores or the course file cannot be used",
    )
    .argument(
      '[scores...]',
      'scores as in chat, e.g. "hw=5,4,-;exam=71" or "7,8.5,-,6 28"; none shows the rules',
    )
    .option(
      '--late <items>',
      'how late items were, by deadline id or alias: "a1=2d,a3=5h" (a started day counts); their late rules are applied',
    )
    .option('--faq <dir>', 'the folder with course.yaml (default: FAQ_DIR or faq/)')
    .option(
      '--schedule <file>',
      "the schedule, for its deadlines' own late rules (default: SCHEDULE_FILE, else the course's schedule.yaml)",
    )
    .option('--section <id>', 'your section, in a course graded differently by section (grading.sections)')
    .option('--json', 'print {"kind", "text", "data"} as one JSON line')
    .action((words: string[], opts: GradeOptions) => {
      const course = courseOrReport(opts.faq, process.env, console.error);
      const schedule = course && scheduleOrReport(opts.schedule, process.env, console.error, opts.faq);
      if (!course || !schedule) {
        process.exitCode = 1;
        return;
      }
      const parsed = parseCommandArgs(grade, words.join(' '));
      const checked = parsed.ok
        ? gradeArgs.safeParse({
            ...parsed.args,
            ...(opts.late !== undefined && { late: opts.late }),
            ...(opts.section !== undefined && { section: opts.section }),
          })
        : undefined;
      const reply: Reply = !parsed.ok
        ? errorReply(parsed.message)
        : checked?.success
          ? gradeReply(course, checked.data, schedule)
          : errorReply(
              (checked?.error.issues ?? [])
                .map((i) => `\`${i.path.join('.') || 'scores'}\`: ${i.message}`)
                .join('\n'),
            );
      if (opts.json) console.log(JSON.stringify({ kind: reply.kind, text: reply.text, data: reply.data }));
      else if (reply.kind === 'error') console.error(reply.text);
      else console.log(reply.text);
      if (reply.kind === 'error') process.exitCode = 1;
    });
}
