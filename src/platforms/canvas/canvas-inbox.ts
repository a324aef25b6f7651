// The Canvas inbox (CANVAS_INBOX_REPLY=on): a new conversation from a student gets one reply (through the outbox),
// the redirect to where private requests go (the course e-mail, a form or a named channel), plus the FAQ's answer when the message is a general question it answers.
// Staff and the bot's own conversations are ignored; each conversation is claimed in SQLite before its reply.
import { z } from 'zod';
import type { Reply } from '../../core/command.ts';
import { DOCUMENT_SOURCE } from '../../engine/passages/render-quote.ts';
import type { Core } from '../../core/core.ts';
import type { CommandRunner } from '../../core/run-command.ts';
import type { Course } from '../../content/schemas.ts';
import {
  canvasInboxGreeting,
  contactPhrase,
  fillWording,
  isCanvasInbox,
  privateChannel,
} from '../../content/reply-wording.ts';
import { renderFallback } from '../../core/render-text.ts';
import type { CanvasClient } from './canvas-client.ts';
import { markdownToPlainText } from './canvas-html.ts';
import type { People } from './canvas-people.ts';
import { readCanvasState, writeCanvasState, type ReplyClaims } from './canvas-store.ts';
import { askAsStudent, questionText, queueReply, replyItemId } from './canvas-replies.ts';

const summarySchema = z.object({ id: z.number().int() });
const conversationSchema = z.object({
  id: z.number().int(),
  messages: z
    .array(
      z.object({
        id: z.number().int(),
        author_id: z.number().int(),
        body: z.string().max(500_000),
        created_at: z.string().optional(),
      }),
    )
    .max(5000),
});

/** Newest conversations looked at per poll (Canvas lists the inbox newest first). */
const PER_POLL = 50;
const STARTED_KEY = 'inbox_started';

export interface Inbox {
  poll(people: People): Promise<void>;
}

export function createInbox(deps: {
  core: Core;
  runner: CommandRunner;
  client: CanvasClient;
  claims: ReplyClaims;
}): Inbox {
  const { core, client, claims } = deps;

  async function reply(conversationId: number, people: People): Promise<void> {
    const id = String(conversationId);
    const state = claims.state('inbox', id);
    if (state !== undefined && state !== 'claimed') return;
    if (state === 'claimed' && core.outbox.status(replyItemId('inbox', id)).length > 0) {
      return claims.finish('inbox', id, 'queued', core.clock.now());
    }
    const conversation = await client.get(`/conversations/${conversationId}`, conversationSchema);
    const first = [...conversation.messages].sort((a, b) => a.id - b.id)[0];
    const now = core.clock.now();
    if (!first || people.isStaffOrSelf(first.author_id)) {
      if (state === undefined) claims.note('inbox', [id], 'ignored', now);
      return;
    }
    if (state === undefined && !claims.claim('inbox', id, now)) return;

    const answer = await askAsStudent(deps.runner, questionText(first.body, people), first.author_id);
    if (answer?.refused === 'rate_limited') return claims.release('inbox', id);
    const body = inboxReplyText(core.content.course, answer);
    queueReply(core, claims, id, { kind: 'inbox', payload: { conversationId, body } });
    core.log.info('canvas: inbox reply queued', { withAnswer: answer?.kind === 'answer' });
  }

  return {
    async poll(people) {
      const started = readCanvasState(core.db, STARTED_KEY) === true;
      const list = await client.get('/conversations', z.array(summarySchema).max(PER_POLL * 2), {
        scope: 'inbox',
        per_page: PER_POLL,
      });
      if (!started) {
        // Conversations from before the inbox was switched on are not answered.
        claims.note(
          'inbox',
          list.map((c) => String(c.id)),
          'seen',
          core.clock.now(),
        );
        writeCanvasState(core.db, STARTED_KEY, true);
        return;
      }
      for (const c of list) await reply(c.id, people);
    },
  };
}

/** Canvas messages are plain text: the redirect to the private channel, and the FAQ's answer when it has one. */
export function inboxReplyText(course: Course, answer: (Reply & { refused?: unknown }) | undefined): string {
  const { discussion_board: name, discussion_board_url: url } = course.contacts;
  const board = url ? `${name} (${url})` : name;
  const lines = [
    markdownToPlainText(canvasInboxGreeting(course)),
    '',
    `For anything personal (an extension, illness, your grade, your own circumstances), ${whereToWrite(course)}. Include ${course.replies?.include?.private ?? 'your full name, your student number, the course and what it is about'}.`,
    '',
    course.replies?.general_questions
      ? markdownToPlainText(
          fillWording(course.replies.general_questions, {
            board,
            course: course.name,
            contact: contactPhrase(course),
          }),
        )
      : `Questions that others may have too are best asked on ${board}.`,
  ];
  if (answer?.kind === 'answer' && !answer.refused) {
    lines.push(
      '',
      answer.sources?.some((source) => source.id.startsWith(DOCUMENT_SOURCE))
        ? 'Your message looks like a question the course documents answer:'
        : 'Your message looks like a question the course FAQ answers:',
      '',
      markdownToPlainText(renderFallback(answer.text, answer.times)),
    );
  }
  return lines.join('\n');
}

/** Where a personal matter goes, in plain text: "e-mail a@b (mailto:…)", "use the form …: URL", "write to … through …". */
function whereToWrite(course: Course): string {
  const channel = privateChannel(course);
  switch (channel.kind) {
    case 'email': {
      const subject = encodeURIComponent(`${course.code ? `${course.code}: ` : ''}${course.name}`);
      return `e-mail ${channel.address} (mailto:${channel.address}?subject=${subject})`;
    }
    case 'form':
      return `use the form for private requests: ${channel.url}`;
    case 'named':
      if (isCanvasInbox(channel)) return `answer here: ${contactPhrase(course)} reads these messages`;
      return `write to ${contactPhrase(course)} through ${channel.name}${channel.url ? ` (${channel.url})` : ''}`;
  }
}
