// The command-line interface: one commander program; each subcommand lives in src/cli/commands/.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { errorMessage } from '../core/error-message.ts';
import { loadEnvFile } from './env-file.ts';

type Register = (program: Command) => void;

/**
 * Every subcommand, in the order `--help` shows them. Each is loaded only when needed: a run of `ask` should not
 * pay for Discord, Slack or the calendar. The names are fixed here; argv only selects among them.
 */
const SUBCOMMANDS: Record<string, () => Promise<Register>> = {
  start: async () => (await import('./commands/start.ts')).registerStart,
  validate: async () => (await import('./commands/validate.ts')).registerValidate,
  'init-course': async () => (await import('./commands/init-course.ts')).registerInitCourse,
  ask: async () => (await import('./commands/ask.ts')).registerAsk,
  gaps: async () => (await import('./commands/gaps.ts')).registerGaps,
  'deploy-commands': async () => (await import('./commands/deploy-commands.ts')).registerDeployCommands,
  'slack-manifest': async () => (await import('./commands/slack-manifest.ts')).registerSlackManifest,
  calendar: async () => (await import('./commands/calendar.ts')).registerCalendar,
  reminders: async () => (await import('./commands/reminders.ts')).registerReminders,
  subscribe: async () => (await import('./commands/subscribe.ts')).registerSubscribe,
  unsubscribe: async () => (await import('./commands/unsubscribe.ts')).registerUnsubscribe,
  grade: async () => (await import('./commands/grade.ts')).registerGrade,
  gradcheck: async () => (await import('./commands/gradcheck.ts')).registerGradcheck,
  backup: async () => (await import('./commands/backup.ts')).registerBackup,
  canvas: async () => (await import('./commands/canvas.ts')).registerCanvas,
};

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The program with the subcommand named in argv, or with all of them (for --help, or an unknown name). */
export async function buildProgram(argv: readonly string[]): Promise<Command> {
  const program = new Command('course-bot')
    .description('Course assistant: FAQ answers, reminders, calendars, announcements and a gradient checker.')
    .version(pkg.version)
    .showHelpAfterError('(run with --help for usage)');
  const name = argv[2] === 'help' ? argv[3] : argv[2];
  const known = name !== undefined && Object.hasOwn(SUBCOMMANDS, name);
  const versionOnly = name === '--version' || name === '-V';
  const wanted = known ? [name] : versionOnly ? [] : Object.keys(SUBCOMMANDS);
  for (const loader of wanted.map((n) => SUBCOMMANDS[n]!)) (await loader())(program);
  return program;
}

async function main(): Promise<void> {
  try {
    loadEnvFile();
    const program = await buildProgram(process.argv);
    program.exitOverride();
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    // Unexpected failures: a one-line message, never a stack trace (set DEBUG=1 to see it).
    const message = errorMessage(err);
    console.error(`course-bot: ${message}`);
    if (process.env.DEBUG) console.error(err);
    process.exitCode = 1;
  }
}

await main();
