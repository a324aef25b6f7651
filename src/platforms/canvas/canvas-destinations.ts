// Canvas as outbox destinations: board replies and inbox replies (enqueued by name), and announcements. The reply
// destinations look on Canvas before posting, so a send interrupted by a crash is repeated without a double post.
import { z } from 'zod';
import type { Destination, OutboxItem } from '../../delivery/outbox.ts';
import { renderFallback } from '../../core/render-text.ts';
import type { CanvasClient } from './canvas-client.ts';
import { markdownToHtml, markdownToPlainText } from './canvas-html.ts';

export const BOARD_DESTINATION = 'canvas-board';
export const INBOX_DESTINATION = 'canvas-inbox';
export const BOARD_REPLY_KIND = 'canvas-board-reply';
export const INBOX_REPLY_KIND = 'canvas-inbox-reply';

/** A check and a post, each with the client's own time-out and retries. */
const TIMEOUT_MS = 90_000;

const boardPayload = z.object({ topicId: z.string(), entryId: z.number().int(), html: z.string() });
export type BoardReplyPayload = z.infer<typeof boardPayload>;
const inboxPayload = z.object({ conversationId: z.number().int(), body: z.string() });
export type InboxReplyPayload = z.infer<typeof inboxPayload>;

const idOnly = z.object({ id: z.number().int() });
const replySchema = z.object({ id: z.number().int(), user_id: z.number().int().optional() });
const conversationSchema = z.object({
  messages: z.array(z.object({ author_id: z.number().int() })).max(5000),
});

export function boardReplyDestination(
  client: CanvasClient,
  courseId: string,
  selfId: () => Promise<number>,
): Destination {
  const course = `/courses/${encodeURIComponent(courseId)}`;
  return {
    name: BOARD_DESTINATION,
    broadcast: false,
    idempotent: true,
    timeoutMs: TIMEOUT_MS,
    async deliver(item: OutboxItem) {
      const p = boardPayload.parse(item.payload);
      const entry = `${course}/discussion_topics/${encodeURIComponent(p.topicId)}/entries/${p.entryId}`;
      const me = await selfId();
      const replies = await client.getAll(`${entry}/replies`, replySchema);
      if (replies.some((r) => r.user_id === me)) return; // already there (a send interrupted after Canvas took it)
      await client.post(`${entry}/replies`, { message: p.html }, idOnly);
    },
  };
}

export function inboxReplyDestination(client: CanvasClient, selfId: () => Promise<number>): Destination {
  return {
    name: INBOX_DESTINATION,
    broadcast: false,
    idempotent: true,
    timeoutMs: TIMEOUT_MS,
    async deliver(item: OutboxItem) {
      const p = inboxPayload.parse(item.payload);
      const me = await selfId();
      const conversation = await client.get(`/conversations/${p.conversationId}`, conversationSchema);
      if (conversation.messages.some((m) => m.author_id === me)) return;
      await client.post(`/conversations/${p.conversationId}/add_message`, { body: p.body }, z.unknown());
    },
  };
}

const TITLE_MAX = 80;

/**
 * `announce` posts a Canvas announcement too. Reminders are not posted there: Canvas already notifies students
 * of due dates, and an announcement per reminder would bury the real ones.
 */
export function announcementDestination(
  client: CanvasClient,
  courseId: string,
  kinds: readonly string[],
): Destination {
  return {
    name: 'canvas',
    kinds,
    timeoutMs: TIMEOUT_MS,
    async deliver(item: OutboxItem) {
      if (!item.post) throw new Error(`no renderer for ${item.kind} items, so Canvas cannot post ${item.id}`);
      const text = renderFallback(item.post.text, item.post.times);
      await client.post(
        `/courses/${encodeURIComponent(courseId)}/discussion_topics`,
        {
          title: announcementTitle(text),
          message: markdownToHtml(text),
          is_announcement: true,
          published: true,
        },
        idOnly,
      );
    },
  };
}

/** The first line of the text as plain text, cut at a word: Canvas lists announcements by title. */
export function announcementTitle(text: string): string {
  const line =
    markdownToPlainText(text)
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  if (!line) return 'Announcement';
  if (line.length <= TITLE_MAX) return line;
  const cut = line.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}
