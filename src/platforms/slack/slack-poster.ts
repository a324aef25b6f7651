// Posts reminders and announcements to Slack: chat.postMessage to the channel, or a DM via conversations.open.
//
// Never twice: each post carries the item's id in its message metadata, and a later try first looks for it in the
// conversation since the item was queued (conversations.history). A try that timed out after Slack took the post
// (the answer never came back) is then found there and counts as delivered, instead of being posted again. Every
// call has the WebClient's time-out, and a try the outbox has given up on starts no further call.
import type { webApi } from '@slack/bolt';
import type { DeliveryAttempt, Post, Poster } from '../../core/posting.ts';
import { requireChannel } from '../shared/platform-adapter.ts';
import { renderForSlack } from '../shared/render-reply.ts';

/** The metadata event type of the bot's posts; its payload's `item` is the outbox item's id. */
export const POST_EVENT_TYPE = 'course_bot_post';
/** Slack's clock and ours may differ a little: the look-up starts this much before the item was queued. */
const CLOCK_MARGIN_MS = 5 * 60_000;
/** Pages of history read at most (200 messages each) before concluding the post is not there. */
const MAX_PAGES = 5;

export function createSlackPoster(client: webApi.WebClient, announceChannelId: string | undefined): Poster {
  return {
    name: 'slack',
    platform: 'slack',
    idempotent: true,
    async postToChannel(post, attempt) {
      const channel = requireChannel(announceChannelId, 'SLACK_ANNOUNCE_CHANNEL_ID');
      await postOnce(client, channel, post, attempt);
    },
    async sendDirect(userId, post, attempt) {
      const channel = await openDm(client, userId);
      await postOnce(client, channel, post, attempt);
    },
  };
}

async function postOnce(
  client: webApi.WebClient,
  channel: string,
  post: Post,
  attempt: DeliveryAttempt | undefined,
): Promise<void> {
  if (attempt && attempt.number > 1 && (await alreadyPosted(client, channel, post.id, attempt.queuedAt)))
    return;
  // The outbox gave up on this try while an earlier call (opening the DM, the look-up) hung: post nothing now.
  attempt?.signal.throwIfAborted();
  await client.chat.postMessage({
    channel,
    text: renderForSlack(post),
    unfurl_links: false,
    metadata: { event_type: POST_EVENT_TYPE, event_payload: { item: post.id } },
  });
}

/** Whether a message of the bot carrying this item's id is in the conversation since `since`. */
async function alreadyPosted(
  client: webApi.WebClient,
  channel: string,
  itemId: string,
  since: Date,
): Promise<boolean> {
  const oldest = ((since.getTime() - CLOCK_MARGIN_MS) / 1000).toFixed(6);
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const history = await client.conversations.history({
      channel,
      oldest,
      limit: 200,
      include_all_metadata: true,
      ...(cursor && { cursor }),
    });
    const found = history.messages?.some(
      (m) =>
        m.metadata?.event_type === POST_EVENT_TYPE &&
        (m.metadata.event_payload as { item?: unknown } | undefined)?.item === itemId,
    );
    if (found) return true;
    cursor = history.response_metadata?.next_cursor;
    if (!cursor) return false;
  }
  return false;
}

async function openDm(client: webApi.WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  const channel = opened.channel?.id;
  if (!channel) throw new Error('Slack did not open a direct-message channel');
  return channel;
}

/** A direct message in answer to a user (not an outbox item: nothing to de-duplicate). */
export async function sendDm(client: webApi.WebClient, userId: string, text: string): Promise<void> {
  const channel = await openDm(client, userId);
  await client.chat.postMessage({ channel, text, unfurl_links: false });
}
