// The one way any platform runs a command: lookup, role check, rate limit, argument validation, error containment.
import {
  notUsedHere,
  turnedOff,
  type CommandContext,
  type CommandDefinition,
  type Reply,
  type Requester,
} from './command.ts';
import type { Core } from './core.ts';
import { errorMessage } from './error-message.ts';
import { RateLimiter } from './rate-limiter.ts';
import { fitLength } from './fit-length.ts';

export const MAX_ARGS_BYTES = 64 * 1024;
const DEFAULT_RATE = { bucket: 'general', perMinute: 30 };

/** Why the runner refused a command without running it, so the web API can answer with a status code. */
export type Refusal = 'unknown' | 'ta_only' | 'invalid_arguments' | 'rate_limited';

export interface CommandRunner {
  readonly commands: ReadonlyMap<string, CommandDefinition>;
  run(name: string, rawArgs: unknown, requester: Requester): Promise<Reply & { refused?: Refusal }>;
}

export function createCommandRunner(core: Core, commands: readonly CommandDefinition[]): CommandRunner {
  const byName = new Map(commands.map((c) => [c.name, c]));
  const limiter = new RateLimiter();
  return {
    commands: byName,
    async run(name, rawArgs, requester) {
      const command = byName.get(name);
      if (!command) {
        return refuse(
          'unknown',
          `There is no command \`${fitLength(name, 40)}\`. Try \`help\` for the list.`,
        );
      }
      // The role is checked here, whatever the platform's own permission settings say.
      if (command.access === 'ta' && requester.role !== 'ta') {
        return refuse('ta_only', `\`${command.name}\` is for teaching assistants only.`);
      }
      let size: number;
      try {
        size = argsBytes(rawArgs ?? {});
      } catch {
        return refuse('invalid_arguments', 'Those arguments could not be read.');
      }
      if (size > MAX_ARGS_BYTES)
        return refuse('invalid_arguments', `That is too long: keep it under ${MAX_ARGS_BYTES / 1024} KB.`);
      const parsed = command.args.safeParse(rawArgs ?? {});
      if (!parsed.success) {
        const problems = parsed.error.issues.map(
          // (an unknown argument is named by its own name: "`nope`: unknown parameter", not "`arguments`")
          (i) =>
            `- \`${i.path.join('.') || (i.code === 'unrecognized_keys' ? i.keys.join('`, `') : 'arguments')}\`: ${i.message}`,
        );
        return refuse(
          'invalid_arguments',
          `I could not use those arguments for \`${command.name}\`:\n${problems.join('\n')}\n\nSee \`help ${command.name}\`.`,
        );
      }
      if (turnedOff(core.content, command) && command.runsWhenOff?.(parsed.data) !== true) {
        return refuse('unknown', notUsedHere(core.content, command));
      }
      const rate = command.rateLimit ?? DEFAULT_RATE;
      const key = `${requester.platform}:${requester.limitKey ?? requester.userId}:${rate.bucket}`;
      if (!limiter.allow(key, rate.perMinute, core.clock.now().getTime())) {
        return refuse(
          'rate_limited',
          `You're sending these a little fast (at most ${rate.perMinute} a minute). Please wait a moment and try again.`,
        );
      }
      const ctx: CommandContext = { requester, clock: core.clock, core, commands };
      try {
        return await command.execute(parsed.data, ctx);
      } catch (err) {
        core.log.error('command failed', {
          command: command.name,
          platform: requester.platform,
          error: errorMessage(err),
        });
        return errorReply(
          'Sorry, something went wrong while handling that. The staff have been notified in the logs; please try again later.',
        );
      }
    },
  };
}

export function errorReply(text: string): Reply {
  return { text, private: true, kind: 'error' };
}

function refuse(refused: Refusal, text: string): Reply & { refused: Refusal } {
  return { ...errorReply(text), refused };
}

/**
 * The arguments' size as given: the UTF-8 bytes of each value, at least one each, without the names and JSON's
 * quotes and escapes, so a 64 KB program of many lines is 64 KB (as the HTTP body limit and the gradient checker
 * count it), not more. Throws for what JSON cannot hold (a cycle, a BigInt).
 */
function argsBytes(args: unknown): number {
  let size = 0;
  JSON.stringify(args, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null) size += Math.max(1, Buffer.byteLength(String(value)));
    return value;
  });
  return size;
}
