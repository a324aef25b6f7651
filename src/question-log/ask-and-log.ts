// Answers a question for a surface (chat, board, CLI) and records the outcome in the question log.
import type { Core } from '../core/core.ts';
import { errorMessage } from '../core/error-message.ts';
import type { CommandDefinition } from '../core/command.ts';
import type { EngineReply } from '../engine/index.ts';
import { answerWithCommands } from '../self-knowledge/command-entries.ts';
import { logQuestion, loggedQuestion, type Channel } from './question-store.ts';

/**
 * With `commands`, questions about the bot's own commands are answered too (see src/self-knowledge/). With `event`
 * (platform and event id), a retry of an event already answered is answered again but not logged again.
 */
export function askAndLog(
  core: Core,
  question: string,
  channel: Channel,
  commands: readonly CommandDefinition[] = [],
  event?: string,
): EngineReply {
  const now = core.clock.now();
  const reply = answerWithCommands(core.content, commands, question, now);
  try {
    logQuestion(
      core.db,
      loggedQuestion(question, reply, channel),
      now,
      core.config.questionLogRetentionDays,
      event,
    );
  } catch (err) {
    // The student's answer matters more than the log entry: warn and carry on.
    core.log.warn('question log write failed', { error: errorMessage(err) });
  }
  return reply;
}
