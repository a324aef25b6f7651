// `validate`: checks what `start` would load (the same variables, .env and flags); exit 0 when valid, 1 with
// every problem listed. Placeholders still in place and garbled documents are warnings: they do not fail the check.
import path from 'node:path';
import type { Command } from 'commander';
import type { Content } from '../../content/load-content.ts';
import { placeholderWarnings, unsetPublicUrl } from '../../content/placeholders.ts';
import { documentWarnings } from '../../content/document-warnings.ts';
import {
  configOrReport,
  contentOrReport,
  pretendNowOrReport,
  SCHEDULE_OPTION_HELP,
} from '../load-or-report.ts';
import { systemClock } from '../../core/clock.ts';
import { scheduleWarnings } from '../../schedule/schedule-warnings.ts';
import { unreadDocuments, unreadSubfolders } from '../../content/load-faq.ts';
import { DEFAULT_FAQ_DIR } from '../../content/load-content.ts';
import { unansweredPhrasings } from '../../engine/phrasing-check.ts';
import { keepModelsIn } from '../../engine/index.ts';
import { commands } from '../../../commands/index.ts';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'check what start would load (FAQ_DIR, SCHEDULE_FILE, the course file) and list every problem',
    )
    .option('--faq <dir>', 'FAQ folder (default: FAQ_DIR or faq/)')
    .option('--schedule <file>', SCHEDULE_OPTION_HELP)
    .option('--port <port>', 'HTTP port (default: PORT or 3000), checked as start would')
    .option(
      '--now <time>',
      'check the dates as if it were this local time, "YYYY-MM-DD HH:mm" in the schedule\'s zone (a past term kept on purpose)',
    )
    .action((opts: { faq?: string; schedule?: string; port?: string; now?: string }) => {
      const config = configOrReport({ ...process.env, ...(opts.port !== undefined && { PORT: opts.port }) });
      if (!config) return;
      const content = contentOrReport(
        { faqDir: opts.faq ?? config.FAQ_DIR, scheduleFile: opts.schedule ?? config.SCHEDULE_FILE },
        '{count} in the course content:',
        commands,
      );
      if (!content) return;
      const pretend = pretendNowOrReport(opts.now, content.schedule.timezone);
      if (pretend === null) return;
      const now = pretend ?? systemClock.now();
      for (const warning of placeholderWarnings(content, { publicUrl: config.PUBLIC_URL }))
        console.error(`Warning: ${warning}`);
      const publicUrl = unsetPublicUrl({ publicUrl: config.PUBLIC_URL });
      if (publicUrl) console.error(`Note: ${publicUrl}`);
      for (const warning of documentWarnings(content.documents ?? [])) console.error(`Warning: ${warning}`);
      for (const warning of scheduleWarnings(content.schedule, now)) console.error(`Warning: ${warning}`);
      const faqDir = opts.faq ?? config.FAQ_DIR ?? DEFAULT_FAQ_DIR;
      for (const note of [...unreadSubfolders(faqDir), ...unreadDocuments(faqDir)])
        console.error(`Note: ${note}`);
      keepModelsIn(config.modelCacheDir);
      for (const p of unansweredPhrasings(content, now))
        console.error(
          `Note: ${p.file}:${p.line ?? '?'} ${p.field}: "${p.question}", asked word for word, is not answered by its entry (${p.why}). Make the answer say what it asks, or move it to the entry that does.`,
        );
      if (!content.course.grading) console.error(`Note: ${NO_GRADING_NOTE}`);
      const source = content.scheduleSource;
      if (source?.kind === 'none') console.error(`Note: ${noScheduleNote(source.looked)}`);
      console.log(
        `OK: ${content.faq.length} FAQ entries${phrasingCount(content.faq)}, ${documentsSummary(content.documents ?? [])}course "${content.course.name}", ` +
          `${scheduleSummary(content)}.`,
      );
    });
}

/** " (272 phrasings)" for a FAQ, nothing without one. */
function phrasingCount(faq: readonly { questions: readonly string[] }[]): string {
  const n = faq.reduce((sum, e) => sum + e.questions.length, 0);
  return faq.length ? ` (${n} phrasing${n === 1 ? '' : 's'})` : '';
}

/** What a course file without `grading` leaves out, and how to add it: for the TA, never shown to students. */
export const NO_GRADING_NOTE =
  'course.yaml has no grading section, so `grade` is off (students who ask for it are told the bot has not been ' +
  'given the grading rules) and deadline lists give no late penalty. To offer it, add `grading:` with the ' +
  'course\'s parts and weights, and its late policy if it has one (docs/course-file.md, "Grading").';

/** The schedule's part of the OK line: its events and zone, and which file they came from; or that there is none. */
function scheduleSummary({ schedule, scheduleSource: source }: Content): string {
  if (source?.kind === 'none') return 'no schedule (the bot gives no dates)';
  const events = `${schedule.events.length} events${undatedSummary(schedule.undated?.length ?? 0)} in ${schedule.timezone}`;
  if (source === undefined) return events;
  const from = source.kind === 'sample' ? 'the sample schedule ' : '';
  return `${events} from ${from}${shown(source.file)}`;
}

/** Why there are no dates, and how to give some: for the TA, never shown to students. */
export function noScheduleNote(looked: readonly string[]): string {
  const [inside = '', beside = ''] = looked.map(shown);
  return (
    `no schedule: there is no ${inside} or ${beside}, and SCHEDULE_FILE is not set. The bot answers without dates: ` +
    `asked for deadlines, reminders or the calendar, it says the course lists no dates. To give dates, save the ` +
    `schedule as ${beside} (docs/adopting.md, "The schedule") or set SCHEDULE_FILE.`
  );
}

/** A path as the user would type it: relative to the working folder when inside it. */
function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

function undatedSummary(count: number): string {
  return count > 0 ? ` (and ${count} without a date yet)` : '';
}

function documentsSummary(passages: readonly { file: string }[]): string {
  const files = new Set(passages.map((p) => p.file)).size;
  return files ? `${passages.length} passages from ${files} document${files === 1 ? '' : 's'}, ` : '';
}
