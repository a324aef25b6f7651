// Answers a question for a surface (chat, board, CLI) and records the outcome in the question log.
import type { Core } from '../core/core.ts';
import { errorMessage } from '../core/error-message.ts';
import { getAnswerEngine, type EngineReply } from '../engine/index.ts';
import { logQuestion, loggedQuestion, type Channel } from './question-store.ts';

export function askAndLog(core: Core, question: string, channel: Channel): EngineReply {
  const now = core.clock.now();
  const reply = getAnswerEngine(core.content).answer(question, now);
  try {
    logQuestion(core.db, loggedQuestion(question, reply, channel), now, core.config.questionLogRetentionDays);
  } catch (err) {
    // The student's answer matters more than the log entry: warn and carry on.
    core.log.warn('question log write failed', { error: errorMessage(err) });
  }
  return reply;
}
