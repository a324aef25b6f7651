// A real Core for platform tests (the command tests' core, see test/commands/core-for-tests.ts) whose logger
// keeps every line so tests can check that secrets never reach the log; and test-only commands.
import { z } from 'zod';
import {
  defineCommand,
  type CommandDefinition,
  type Reply,
  type Requester,
} from '../../../src/core/command.ts';
import type { Core } from '../../../src/core/core.ts';
import { createLogger } from '../../../src/core/logger.ts';
import { makeTestCore } from '../../commands/core-for-tests.ts';

export interface TestCore {
  core: Core;
  logLines: string[];
  cleanup(): void;
}

/** The command tests' core (real content, temp SQLite, fixed clock) with a logger that keeps its lines. */
export function createTestCore(): TestCore {
  const { core, cleanup } = makeTestCore('2026-03-02T09:00:00Z');
  const logLines: string[] = [];
  core.log = createLogger('debug', (line) => logLines.push(line));
  return { core, logLines, cleanup };
}

export interface CallRecord {
  command: string;
  args: unknown;
  requester: Requester;
}

/**
 * Test-only commands with the same shapes as the real ones (a free-text `ask`, a `text` option for the modal,
 * a TA-only command, a private reply, a slow one and one that throws), recording every call that reached them.
 */
export function testCommands(calls: CallRecord[], gate?: { slow: Promise<void> }): CommandDefinition[] {
  const record = (command: string, args: unknown, requester: Requester) =>
    calls.push({ command, args, requester });
  return [
    defineCommand({
      name: 'echo',
      description: 'Repeats a word',
      options: [
        { name: 'word', description: 'what to repeat', type: 'string', required: true, maxLength: 50 },
        { name: 'times', description: 'how often', type: 'integer', required: false, min: 1, max: 3 },
      ],
      args: z.object({ word: z.string().max(50), times: z.number().int().min(1).max(3).optional() }),
      access: 'everyone',
      execute(args, ctx) {
        record('echo', args, ctx.requester);
        return {
          text: `echo: ${Array(args.times ?? 1)
            .fill(args.word)
            .join(' ')}`,
          private: false,
          kind: 'info',
        };
      },
    }),
    defineCommand({
      name: 'deadline',
      description: 'Shows a due time',
      options: [],
      args: z.object({}),
      access: 'everyone',
      execute(_args, ctx): Reply {
        record('deadline', {}, ctx.requester);
        return {
          text: 'Assignment 1 is due {{time:0}}.',
          private: true,
          kind: 'info',
          times: [{ at: new Date('2026-03-10T22:59:00Z'), fallback: 'Tue 10 Mar, 23:59 CET' }],
        };
      },
    }),
    defineCommand({
      name: 'check',
      description: 'Checks a derivation',
      options: [{ name: 'derivation', description: 'your derivation', type: 'text', required: true }],
      args: z.object({ derivation: z.string().min(1) }),
      access: 'everyone',
      execute(args, ctx) {
        record('check', args, ctx.requester);
        return { text: `checked ${args.derivation.split('\n').length} lines`, private: true, kind: 'info' };
      },
    }),
    defineCommand({
      name: 'announce',
      description: 'Posts an announcement (TAs only)',
      options: [{ name: 'message', description: 'the announcement', type: 'string', required: true }],
      args: z.object({ message: z.string().min(1) }),
      access: 'ta',
      execute(args, ctx) {
        record('announce', args, ctx.requester);
        return { text: 'Announced.', private: true, kind: 'info' };
      },
    }),
    defineCommand({
      name: 'slow',
      description: 'Takes its time',
      options: [{ name: 'secret', description: 'answer privately', type: 'boolean', required: false }],
      args: z.object({ secret: z.boolean().optional() }),
      access: 'everyone',
      async execute(args, ctx) {
        record('slow', args, ctx.requester);
        await gate?.slow;
        return { text: 'finally done', private: args.secret === true, kind: 'info' };
      },
    }),
    defineCommand({
      name: 'boom',
      description: 'Always fails',
      options: [],
      args: z.object({}),
      access: 'everyone',
      execute() {
        throw new Error('database exploded at /srv/secret/path.ts:12');
      },
    }),
    defineCommand({
      name: 'ask',
      description: 'Asks the course assistant',
      options: [{ name: 'question', description: 'your question', type: 'string', required: true }],
      args: z.object({ question: z.string().min(1) }),
      access: 'everyone',
      execute(args, ctx): Reply {
        record('ask', args, ctx.requester);
        if (/grade|exam/i.test(args.question)) {
          return { text: 'The exam counts for **60%**.', private: false, kind: 'answer' };
        }
        return { text: 'I am not sure; a TA will look at it.', private: false, kind: 'fallback' };
      },
    }),
  ];
}
