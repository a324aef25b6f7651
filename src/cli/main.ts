// The command-line interface: one commander program; each subcommand lives in src/cli/commands/.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { registerValidate } from './commands/validate.ts';
import { registerStart } from './commands/start.ts';
import { registerAsk } from './commands/ask.ts';
import { registerGaps } from './commands/gaps.ts';
import { registerDeployCommands } from './commands/deploy-commands.ts';
import { registerSlackManifest } from './commands/slack-manifest.ts';
import { registerCalendar } from './commands/calendar.ts';
import { registerReminders } from './commands/reminders.ts';
import { registerSubscribe } from './commands/subscribe.ts';
import { registerUnsubscribe } from './commands/unsubscribe.ts';
import { registerGradcheck } from './commands/gradcheck.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export function buildProgram(): Command {
  const program = new Command('course-bot')
    .description('Course assistant: FAQ answers, reminders, calendars, announcements and a gradient checker.')
    .version(pkg.version)
    .showHelpAfterError('(run with --help for usage)');
  // Each register* adds one subcommand; keep this list in the order `--help` should show.
  registerStart(program);
  registerValidate(program);
  registerAsk(program);
  registerGaps(program);
  registerDeployCommands(program);
  registerSlackManifest(program);
  registerCalendar(program);
  registerReminders(program);
  registerSubscribe(program);
  registerUnsubscribe(program);
  registerGradcheck(program);
  return program;
}

async function main(): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    // Unexpected failures: a one-line message, never a stack trace (set DEBUG=1 to see it).
    const message = err instanceof Error ? err.message : String(err);
    console.error(`course-bot: ${message}`);
    if (process.env.DEBUG) console.error(err);
    process.exitCode = 1;
  }
}

await main();
