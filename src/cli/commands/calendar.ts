// `calendar [--schedule FILE] [--group G] [--types deadline,exam] [--out FILE]`: writes the course calendar (ICS).
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { buildIcs, calendarIdentity } from '../../calendar/build-ics.ts';
import { parseConfig } from '../../config.ts';
import { filterSchema, groupsOf, unknownGroupMessage } from '../../subscriptions/calendar-filter.ts';
import { courseOrReport, scheduleOrReport, SCHEDULE_OPTION_HELP } from '../load-or-report.ts';

export interface CalendarCliOptions {
  schedule?: string;
  faq?: string;
  group?: string;
  types?: string;
  out?: string;
}

/** Returns the exit code; output goes through `io` so tests can run it in-process. */
export function runCalendar(
  opts: CalendarCliOptions,
  env: Record<string, string | undefined>,
  io: { out: (text: string) => void; err: (line: string) => void; now: Date },
): number {
  const parsed = filterSchema.safeParse({ group: opts.group, types: opts.types });
  if (!parsed.success) {
    for (const i of parsed.error.issues) io.err(`--${i.path.join('.')}: ${i.message}`);
    return 2;
  }
  const schedule = scheduleOrReport(opts.schedule, env, io.err, opts.faq);
  if (!schedule) return 1;
  // The course code starts every title and, with PUBLIC_URL's host, makes the UIDs the bot's own feed has.
  const course = courseOrReport(opts.faq, env, io.err);
  if (!course) return 1;
  const identity = calendarIdentity(course, schedule, parseConfig(env).publicUrl);
  const { group, types } = parsed.data;
  const unknown = unknownGroupMessage(group, groupsOf(schedule));
  if (unknown !== null) {
    io.err(`--group: ${unknown}`);
    return 2;
  }
  const ics = buildIcs(schedule, {
    now: io.now,
    identity,
    filter: { ...(group !== undefined && { group }), ...(types && { types }) },
  });
  if (opts.out) {
    try {
      writeFileSync(opts.out, ics);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      io.err(
        code === 'ENOENT'
          ? `--out: the folder of ${opts.out} does not exist: create it, or write the file elsewhere`
          : `--out: ${opts.out} cannot be written (${code}): check the folder's permissions, or write the file elsewhere`,
      );
      return 1;
    }
    io.err(`Wrote ${opts.out}`);
  } else io.out(ics);
  return 0;
}

export function registerCalendar(program: Command): void {
  program
    .command('calendar')
    .description('write the course calendar (ICS) to standard output or a file')
    .option('--schedule <file>', SCHEDULE_OPTION_HELP)
    .option('--faq <dir>', 'folder with the course file, for its code (default: FAQ_DIR or faq/)')
    .option('--group <group>', "a practical group: its events plus everyone's")
    .option('--types <list>', 'only these types, e.g. deadline,exam')
    .option('--out <file>', 'write to this file instead of standard output')
    .action((opts: CalendarCliOptions) => {
      process.exitCode = runCalendar(opts, process.env, {
        out: (t) => process.stdout.write(t),
        err: (l) => console.error(l),
        now: new Date(),
      });
    });
}
