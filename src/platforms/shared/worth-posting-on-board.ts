import type { Reply } from '../../core/command.ts';

/** On a discussion board the bot speaks only when it is sure: an answer, or a redirect to the staff's e-mail. */
export function worthPostingOnBoard(reply: Reply): boolean {
  return reply.kind === 'answer' || reply.kind === 'redirect';
}
