// `canvas deadlines [--schedule FILE] [--json]`: what would be imported from Canvas's assignments, in the course zone.
import type { Command } from 'commander';
import { errorMessage } from '../../core/error-message.ts';
import { canvasSettings } from '../../platforms/canvas/canvas-config.ts';
import { createCanvasClient } from '../../platforms/canvas/canvas-client.ts';
import { deadlineRow, fetchAssignments, importDeadlines } from '../../platforms/canvas/canvas-deadlines.ts';
import { undatedLabel } from '../../schedule/schedule.ts';
import { formatLocal } from '../../time/local-time.ts';
import { configOrReport, scheduleOrReport } from '../load-or-report.ts';

export interface CanvasDeadlinesOptions {
  schedule?: string;
  json?: boolean;
}

export async function runCanvasDeadlines(
  opts: CanvasDeadlinesOptions,
  env: Record<string, string | undefined>,
  io: { out: (text: string) => void; err: (line: string) => void },
): Promise<number> {
  const config = configOrReport(env);
  if (!config) return 1;
  const settings = canvasSettings(config);
  if (!settings) {
    io.err(
      'Canvas is not configured: set CANVAS_URL, CANVAS_TOKEN and CANVAS_COURSE_ID (see docs/canvas.md).',
    );
    return 1;
  }
  const schedule = scheduleOrReport(opts.schedule, env, io.err);
  if (!schedule) return 1;
  const client = createCanvasClient({ baseUrl: settings.baseUrl, token: settings.token, maxAttempts: 3 });
  let imported;
  try {
    imported = importDeadlines(await fetchAssignments(client, settings.courseId), schedule);
  } catch (err) {
    io.err(`Could not read the assignments from Canvas: ${errorMessage(err)}`);
    return 1;
  }
  if (opts.json) {
    io.out(
      `${JSON.stringify(
        imported.map((d) => deadlineRow(d, schedule.timezone)),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  if (imported.length === 0) io.out('No assignment on Canvas is published.\n');
  for (const d of imported) {
    const when = d.due === null ? undatedLabel(d.event) : formatLocal(d.due, schedule.timezone);
    io.out(`${when}  ${d.event.id}  ${d.event.title}\n`);
  }
  return 0;
}

export function registerCanvas(program: Command): void {
  const canvas = program.command('canvas').description('Canvas: see what the bot reads from the course');
  canvas
    .command('deadlines')
    .description(
      'list the deadlines the bot imports from Canvas assignments (published; those without a due date as not dated yet)',
    )
    .option('--schedule <file>', 'schedule file for the zone and section groups (default: SCHEDULE_FILE)')
    .option(
      '--json',
      'a JSON array of {id, title, due, url, canvasId} sorted by due (null: no due date, last)',
    )
    .action(async (opts: CanvasDeadlinesOptions) => {
      process.exitCode = await runCanvasDeadlines(opts, process.env, {
        out: (t) => process.stdout.write(t),
        err: (l) => console.error(l),
      });
    });
}
