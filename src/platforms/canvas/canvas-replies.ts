// What the board and the inbox share: asking as a Canvas student, and handing a claimed item's reply to the
// outbox in the same transaction that marks the claim done.
import type { Reply } from '../../core/command.ts';
import type { Core } from '../../core/core.ts';
import type { CommandRunner } from '../../core/run-command.ts';
import { freeTextArgs } from '../shared/parse-text-args.ts';
import {
  BOARD_DESTINATION,
  BOARD_REPLY_KIND,
  INBOX_DESTINATION,
  INBOX_REPLY_KIND,
  type BoardReplyPayload,
  type InboxReplyPayload,
} from './canvas-destinations.ts';
import type { ClaimKind, ReplyClaims } from './canvas-store.ts';
import { MAX_QUESTION_LENGTH } from '../../core/question-limit.ts';
import { htmlToText } from './canvas-html.ts';
import { closeMentionGaps, MENTION_GAP } from '../shared/remove-mentions.ts';
import type { People } from './canvas-people.ts';
import { escapeRegExp } from '../../core/escape-regexp.ts';

/** A reply still not on Canvas after this long (the outbox kept failing) is given up. */
const REPLY_WINDOW_MS = 2 * 86_400_000;

/**
 * What a board entry or a message asks: its text (mentions left out by htmlToText), without the bot's own name
 * typed as a mention ("@Course Bot, when is the exam"): that addresses the bot, and its words ("course", "bot")
 * would pull the question towards other answers.
 */
export function questionText(html: string, people: Pick<People, 'selfNames'>): string {
  let text = htmlToText(html);
  for (const name of people.selfNames) {
    const escaped = escapeRegExp(name.trim()).replace(/\s+/g, '\\s+');
    text = text.replace(
      new RegExp(`(?<![\\p{L}\\p{N}_@.])@${escaped}(?![\\p{L}\\p{N}_])`, 'giu'),
      MENTION_GAP,
    );
  }
  return closeMentionGaps(text);
}

/** `ask` through the runner (its rate limit, its question log), as the Canvas user `userId`. */
export async function askAsStudent(
  runner: CommandRunner,
  question: string,
  userId: number,
): Promise<(Reply & { refused?: unknown }) | undefined> {
  const ask = runner.commands.get('ask');
  // (a post longer than `ask` takes is cut there, not refused: a board entry often tells its context after the
  // question, and a refused one would get no reply at all)
  const text = question.slice(0, MAX_QUESTION_LENGTH).trimEnd();
  if (!ask || !text) return undefined;
  return runner.run('ask', freeTextArgs(ask.options, text), {
    platform: 'canvas',
    userId: String(userId),
    role: 'student',
  });
}

type Queued = { kind: 'board'; payload: BoardReplyPayload } | { kind: 'inbox'; payload: InboxReplyPayload };

/** The outbox item id of the reply to a claimed entry or conversation. */
export function replyItemId(kind: ClaimKind, id: string): string {
  return `canvas-${kind}:${id}`;
}

export function queueReply(core: Core, claims: ReplyClaims, claimId: string, reply: Queued): void {
  const now = core.clock.now();
  core.db.transaction(() => {
    core.outbox.enqueue({
      id: replyItemId(reply.kind, claimId),
      kind: reply.kind === 'board' ? BOARD_REPLY_KIND : INBOX_REPLY_KIND,
      payload: reply.payload,
      expiresAt: new Date(now.getTime() + REPLY_WINDOW_MS),
      destinations: [reply.kind === 'board' ? BOARD_DESTINATION : INBOX_DESTINATION],
    });
    claims.finish(reply.kind, claimId, 'queued', now);
  })();
}
