// The Canvas discussion board: new entries and replies in the board topics go to `ask`; an answer or a redirect
// goes to the outbox as a reply to that entry (the entry claimed in SQLite first); fallbacks stay silent (the
// question log has them, for `gaps`).
import { z } from 'zod';
import type { Reply } from '../../core/command.ts';
import type { Core } from '../../core/core.ts';
import type { CommandRunner } from '../../core/run-command.ts';
import { renderFallback } from '../../core/render-text.ts';
import { worthPostingOnBoard } from '../shared/worth-posting-on-board.ts';
import { CanvasError, type CanvasClient } from './canvas-client.ts';
import { escapeHtml } from '../../http/escape-html.ts';
import { markdownToHtml } from './canvas-html.ts';
import type { People } from './canvas-people.ts';
import { readCanvasState, writeCanvasState, type ReplyClaims } from './canvas-store.ts';
import { askAsStudent, questionText, queueReply, replyItemId } from './canvas-replies.ts';

interface Entry {
  id: number;
  user_id?: number | undefined;
  parent_id?: number | null | undefined;
  message?: string | null | undefined;
  deleted?: boolean | undefined;
  replies?: Entry[] | undefined;
}

const entrySchema: z.ZodType<Entry> = z.lazy(() =>
  z.object({
    id: z.number().int(),
    user_id: z.number().int().optional(),
    parent_id: z.number().int().nullish(),
    message: z.string().max(500_000).nullish(),
    deleted: z.boolean().optional(),
    replies: z.array(entrySchema).max(10_000).optional(),
  }),
);
const viewSchema = z.object({ view: z.array(entrySchema).max(10_000) });
const topicSchema = z.object({ id: z.number().int() });

const STARTED_KEY = 'board_started';

export interface DiscussionBoard {
  poll(people: People): Promise<void>;
}

export interface BoardDeps {
  core: Core;
  runner: CommandRunner;
  client: CanvasClient;
  claims: ReplyClaims;
  courseId: string;
  /** Empty: every discussion topic that is not an announcement. */
  topicIds: readonly string[];
}

export function createDiscussionBoard(deps: BoardDeps): DiscussionBoard {
  const { core, client, claims } = deps;
  const course = `/courses/${encodeURIComponent(deps.courseId)}`;

  async function topics(): Promise<string[]> {
    if (deps.topicIds.length) return [...deps.topicIds];
    // The default list leaves announcements out (only_announcements=true would list them instead).
    return (await client.getAll(`${course}/discussion_topics`, topicSchema)).map((t) => String(t.id));
  }

  async function answer(topicId: string, entry: Entry, people: People): Promise<void> {
    const id = String(entry.id);
    const state = claims.state('board', id);
    if (state !== undefined && state !== 'claimed') return;
    const now = core.clock.now();
    if (entry.deleted || entry.user_id === undefined || people.isStaffOrSelf(entry.user_id)) {
      if (state === undefined) claims.note('board', [id], 'ignored', now);
      return;
    }
    if (state === 'claimed') {
      // Claimed by a run that stopped before it finished: the reply may already be in the outbox.
      if (core.outbox.status(replyItemId('board', id)).length > 0)
        return claims.finish('board', id, 'queued', now);
    } else if (!claims.claim('board', id, now)) return;

    const reply = await askAsStudent(deps.runner, questionText(entry.message ?? '', people), entry.user_id);
    // Too many questions from one student in a minute: asked again at a later poll, not dropped.
    if (reply?.refused === 'rate_limited') return claims.release('board', id);
    if (!reply || reply.refused || reply.private || !worthPostingOnBoard(reply)) {
      return claims.finish('board', id, 'silent', core.clock.now());
    }
    const html = boardReplyHtml(reply, core.config.publicUrl);
    queueReply(core, claims, id, { kind: 'board', payload: { topicId, entryId: entry.id, html } });
    core.log.info('canvas: board reply queued', { topic: topicId, kind: reply.kind });
  }

  return {
    async poll(people) {
      const first = readCanvasState(core.db, STARTED_KEY) !== true;
      // One topic failing (a wrong id in CANVAS_BOARD_TOPIC_IDS, a hiccup) does not keep the others unanswered.
      const failures: unknown[] = [];
      for (const topicId of await topics()) {
        try {
          await pollTopic(topicId, first, people);
        } catch (err) {
          failures.push(err);
        }
      }
      // A topic that does not exist has nothing to take a first look at; anything else is looked at again.
      const retryFirstLook = failures.some((e) => !(e instanceof CanvasError && e.failure === 'not_found'));
      if (first && !retryFirstLook) writeCanvasState(core.db, STARTED_KEY, true);
      if (failures.length) throw failures[0];
    },
  };

  async function pollTopic(topicId: string, first: boolean, people: People): Promise<void> {
    const view = await client.get(
      `${course}/discussion_topics/${encodeURIComponent(topicId)}/view`,
      viewSchema,
    );
    const entries = flatten(view.view);
    if (first) {
      // What was on the board before the bot first looked is not answered, however old.
      claims.note(
        'board',
        entries.map((e) => String(e.id)),
        'seen',
        core.clock.now(),
      );
      return;
    }
    for (const entry of entries) await answer(topicId, entry, people);
  }
}

function flatten(entries: readonly Entry[], out: Entry[] = []): Entry[] {
  for (const e of entries) {
    out.push(e);
    if (e.replies) flatten(e.replies, out);
  }
  return out;
}

/**
 * The bot's reply on the board: the answer as sanitised HTML, its sources (FAQ entries, schedule events, passages of
 * the course documents) as on Discord and Slack, marked as the bot's, with a link to the FAQ.
 */
export function boardReplyHtml(reply: Pick<Reply, 'text' | 'times' | 'sources'>, publicUrl: string): string {
  const parts = [markdownToHtml(renderFallback(reply.text, reply.times))];
  if (reply.sources?.length) {
    parts.push(`<p><em>Sources: ${escapeHtml(reply.sources.map((s) => s.title).join(', '))}</em></p>`);
  }
  parts.push(
    `<p><em>🤖 This is an automatic answer from the course bot. More answers: <a href="${escapeHtml(`${publicUrl}/`)}">the course FAQ</a>.</em></p>`,
  );
  return parts.join('\n');
}
