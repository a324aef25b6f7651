// Loading for CLI commands: the configuration, the content, the schedule or the store, or every problem printed.
import type Database from 'better-sqlite3';
import { ConfigError, parseConfig, type Config } from '../config.ts';
import { ContentError, formatIssue, type ContentIssue } from '../content/content-error.ts';
import {
  DEFAULT_FAQ_DIR,
  loadContent,
  loadCourse,
  loadScheduleFrom,
  scheduleSource,
  type Content,
  type ContentPaths,
} from '../content/load-content.ts';
import type { Course } from '../content/schemas.ts';
import type { CommandDefinition } from '../core/command.ts';
import { loadContentFor } from '../core/load-content-for.ts';
import type { Schedule } from '../schedule/schedule.ts';
import { openDatabase } from '../store/database.ts';
import { pretendNow } from '../time/pretend-now.ts';
import { canvasSettings } from '../platforms/canvas/canvas-config.ts';
import { withStoredCanvasDeadlines } from '../platforms/canvas/deadline-sync.ts';

type Env = Record<string, string | undefined>;

/** The `--schedule` option's help, for every command that has it. */
export const SCHEDULE_OPTION_HELP =
  "schedule file (default: SCHEDULE_FILE, else the content folder's schedule.yaml, in it or beside it; the sample for faq/)";
type PrintError = (line: string) => void;

function parsedConfig(env: Env, printError: PrintError): Config | null {
  try {
    return parseConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    printError(err.message);
    return null;
  }
}

/** `heading` is printed above the list; `{count}` in it becomes "1 problem" or "N problems". */
function printIssues(heading: string, issues: readonly ContentIssue[], printError: PrintError): void {
  printError(heading.replace('{count}', `${issues.length} problem${issues.length === 1 ? '' : 's'}`));
  for (const issue of issues) printError(`  ${formatIssue(issue)}`);
}

export function configOrReport(env: Env = process.env): Config | null {
  const config = parsedConfig(env, console.error);
  if (!config) process.exitCode = 1;
  return config;
}

/**
 * The content, or null with every problem printed. With the bot's commands, the course file's `commands.off` is
 * checked against them too (a name that is no command, or `ask`; see loadContentFor, which a reload uses as well).
 */
export function contentOrReport(
  paths: ContentPaths,
  heading: string,
  commands?: readonly CommandDefinition[],
): Content | null {
  try {
    return commands === undefined ? loadContent(paths) : loadContentFor(paths, commands);
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    printIssues(heading, err.issues, console.error);
    process.exitCode = 1;
    return null;
  }
}

/**
 * The schedule as the running bot has it: with Canvas configured, with the deadlines it last read from Canvas (kept in
 * its database), without asking Canvas.
 */
export function scheduleAsRun(schedule: Schedule, config: Config): Schedule {
  return canvasSettings(config) ? withStoredCanvasDeadlines(schedule, config.databaseFile) : schedule;
}

/**
 * For commands that need only the schedule: `file`, else SCHEDULE_FILE, else the content folder's own (`faqDir`, else
 * FAQ_DIR; see scheduleSource), as `ask` and `start` load it; with Canvas configured, plus the deadlines the bot last
 * read from it.
 */
export function scheduleOrReport(
  file: string | undefined,
  env: Env,
  printError: PrintError,
  faqDir?: string,
): Schedule | null {
  const config = parsedConfig(env, printError);
  if (!config) return null;
  const dir = faqDir ?? config.FAQ_DIR;
  const source = scheduleSource({ faqDir: dir, scheduleFile: file ?? config.SCHEDULE_FILE });
  const loaded = loadScheduleFrom(source, () => courseName(dir ?? DEFAULT_FAQ_DIR));
  if (loaded.ok) return scheduleAsRun(loaded.value, config);
  printIssues('{count} in the schedule:', loaded.issues, printError);
  return null;
}

/** The course's name for a course without a schedule ('' when its course file cannot be read). */
function courseName(dir: string): string {
  const course = loadCourse(dir);
  return course.ok ? course.value.name : '';
}

/** For commands that need the course file: in `dir`, else FAQ_DIR, else faq/ (as `start`). */
export function courseOrReport(dir: string | undefined, env: Env, printError: PrintError): Course | null {
  const config = parsedConfig(env, printError);
  if (!config) return null;
  const loaded = loadCourse(dir ?? config.FAQ_DIR ?? DEFAULT_FAQ_DIR);
  if (loaded.ok) return loaded.value;
  printIssues('{count} in the course file:', loaded.issues, printError);
  return null;
}

/** Runs `fn` with the bot's database (DATA_DIR), closed after; a bad configuration is printed and gives 1. */
export function withStoreFromEnv(
  env: Env,
  printError: PrintError,
  fn: (db: Database.Database, config: Config) => number,
): number {
  const config = parsedConfig(env, printError);
  if (!config) return 1;
  const db = openDatabase(config.databaseFile);
  try {
    return fn(db, config);
  } finally {
    db.close();
  }
}

/**
 * The moment `--now` stands for in the schedule's zone, undefined without the flag, or null (with how to write it
 * printed and the exit code set) when it is not a local time.
 */
export function pretendNowOrReport(text: string | undefined, zone: string): Date | undefined | null {
  if (text === undefined) return undefined;
  const pretend = pretendNow(text, zone);
  if (pretend.ok) return pretend.now;
  console.error(pretend.message);
  process.exitCode = 1;
  return null;
}
