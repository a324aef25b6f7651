// `unsubscribe TOKEN`: revokes a personal calendar feed; its URL answers 404 from then on.
import type { Command } from 'commander';
import { TOKEN_PATTERN, revokeSubscription } from '../../subscriptions/subscription-store.ts';
import { withStoreFromEnv } from '../load-or-report.ts';

export function runUnsubscribe(
  token: string,
  env: Record<string, string | undefined>,
  io: { out: (line: string) => void; err: (line: string) => void },
): number {
  // Accept the whole URL too: people paste what they have.
  const bare = /([A-Za-z0-9_-]{43})(\.ics)?\/?$/.exec(token.trim())?.[1] ?? token.trim();
  if (!TOKEN_PATTERN.test(bare)) {
    io.err('TOKEN: not a calendar token (43 characters of letters, digits, - and _) or a calendar URL');
    return 2;
  }
  return withStoreFromEnv(env, io.err, (db) => {
    if (!revokeSubscription(db, { token: bare })) {
      io.err('No active subscription has that token (it is unknown or already revoked).');
      return 1;
    }
    io.out('Revoked: that calendar URL no longer works.');
    return 0;
  });
}

export function registerUnsubscribe(program: Command): void {
  program
    .command('unsubscribe')
    .description('revoke a personal calendar feed by its token (or its URL)')
    .argument('<token>', 'the token printed by subscribe, or the whole URL')
    .action((token: string) => {
      process.exitCode = runUnsubscribe(token, process.env, {
        out: (l) => console.log(l),
        err: (l) => console.error(l),
      });
    });
}
