// `subscribe [--group G] [--types ...]`: makes a personal calendar feed (owner `cli`) and prints its URLs.
import type { Command } from 'commander';
import { filterSchema, groupsOf, unknownGroupMessage } from '../../subscriptions/calendar-filter.ts';
import { createSubscription } from '../../subscriptions/subscription-store.ts';
import { scheduleOrReport, withStoreFromEnv } from '../load-or-report.ts';

export function runSubscribe(
  opts: { group?: string; types?: string },
  env: Record<string, string | undefined>,
  io: { out: (line: string) => void; err: (line: string) => void },
): number {
  const parsed = filterSchema.safeParse(opts);
  if (!parsed.success) {
    for (const i of parsed.error.issues) io.err(`--${i.path.join('.')}: ${i.message}`);
    return 2;
  }
  if (parsed.data.group !== undefined) {
    // The feed serves the bot's schedule, as `start` reads it.
    const schedule = scheduleOrReport(undefined, env, io.err);
    if (!schedule) return 1;
    const unknown = unknownGroupMessage(parsed.data.group, groupsOf(schedule));
    if (unknown !== null) {
      io.err(`--group: ${unknown}`);
      return 2;
    }
  }
  return withStoreFromEnv(env, io.err, (db, config) => {
    // The CLI is one owner: a new `subscribe` here revokes the previous CLI-made link.
    const links = createSubscription(
      db,
      {
        owner: 'cli',
        ...(parsed.data.group && { group: parsed.data.group }),
        ...(parsed.data.types && { types: parsed.data.types }),
      },
      config.publicUrl,
    );
    io.out(links.httpsUrl);
    io.out(links.webcalUrl);
    io.out(links.googleUrl);
    io.err(`Token: ${links.token} (revoke it with: course-bot unsubscribe ${links.token})`);
    return 0;
  });
}

export function registerSubscribe(program: Command): void {
  program
    .command('subscribe')
    .description('make a personal calendar feed and print its https:// and webcal:// URLs')
    .option('--group <group>', "a practical group: its events plus everyone's")
    .option('--types <list>', 'only these types, e.g. deadline,exam')
    .action((opts: { group?: string; types?: string }) => {
      process.exitCode = runSubscribe(opts, process.env, {
        out: (l) => console.log(l),
        err: (l) => console.error(l),
      });
    });
}
