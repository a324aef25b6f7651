// The discussion board on Slack: Q&A channel messages, app mentions and DMs go to `ask`; answers go in thread.
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { freeTextCall } from '../shared/parse-text-args.ts';
import { renderForSlack } from '../shared/render-reply.ts';
import { worthPostingOnBoard } from '../shared/worth-posting-on-board.ts';
import { slackRequester, type SlackHandlerDeps } from './handle-command.ts';
import { slackQuestionText } from './message-text.ts';

const slackMessage = z.object({
  text: z.string().optional(),
  user: z.string().optional(),
  channel: z.string(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  channel_type: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
});
type SlackMessage = z.infer<typeof slackMessage>;
const FILE_SHARE = 'file_share';

export interface SlackBoardDeps extends SlackHandlerDeps {
  qaChannelIds: ReadonlySet<string>;
  /** An answer to an event was posted: Slack works both ways (events in, Web API out). */
  answered?: () => void;
}

export function registerMessageHandlers(app: App, deps: SlackBoardDeps): void {
  app.event('app_mention', async ({ event, context, client, body }) => {
    const message = slackMessage.safeParse(event);
    if (!message.success) return;
    await handle(
      message.data,
      'mention',
      { botUserId: context.botUserId, client, eventId: body.event_id },
      deps,
    );
  });

  app.message(async ({ message: raw, context, client, body }) => {
    const parsed = slackMessage.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    const via = { botUserId: context.botUserId, client, eventId: body.event_id };
    if (message.channel_type === 'im') return handle(message, 'direct', via, deps);
    if (!deps.qaChannelIds.has(message.channel)) return;
    // A mention in a Q&A channel also arrives as app_mention; answer it once, there.
    if (context.botUserId && message.text?.includes(`<@${context.botUserId}>`)) return;
    await handle(message, 'board', via, deps);
  });
}

/** The event's context: the bot's own user id, the client to answer with, and the event's id (Slack's retries keep it). */
interface Via {
  botUserId: string | undefined;
  client: App['client'];
  eventId: string;
}

async function handle(
  message: SlackMessage,
  mode: 'board' | 'mention' | 'direct',
  { botUserId, client, eventId }: Via,
  deps: SlackBoardDeps,
): Promise<void> {
  // Edits, joins and bot posts (this bot's too) carry a subtype or a bot_id: never answer them. A message with a
  // file (a screenshot of the error) is a question like any other when it has text.
  const question = message.subtype === undefined || message.subtype === FILE_SHARE;
  if (!question || message.bot_id || !message.user || message.user === botUserId) return;
  const text = slackQuestionText(message.text ?? '');
  if (!text) return;
  const call = freeTextCall(deps.runner.commands, text, 'slack');
  if (!call) return;
  const reply = await deps.runner.run(
    call.name,
    call.args,
    slackRequester(message.user, deps, undefined, eventId),
  );
  // A board only gets confident answers, unless the student named a command.
  if (mode === 'board' && !call.bare && !worthPostingOnBoard(reply)) return;
  const rendered = renderForSlack(reply);
  const threadTs = mode === 'direct' ? message.thread_ts : (message.thread_ts ?? message.ts);
  if (reply.private && mode !== 'direct') {
    await client.chat.postEphemeral({
      channel: message.channel,
      user: message.user,
      text: rendered,
      thread_ts: threadTs,
    });
    deps.answered?.();
    return;
  }
  await client.chat.postMessage({
    channel: message.channel,
    text: rendered,
    thread_ts: threadTs,
    unfurl_links: false,
  });
  deps.answered?.();
}
