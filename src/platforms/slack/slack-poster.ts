// Posts reminders and announcements to Slack: chat.postMessage to the channel, or a DM via conversations.open.
import type { webApi } from '@slack/bolt';
import type { Poster } from '../../core/posting.ts';
import { requireChannel } from '../shared/platform-adapter.ts';
import { renderForSlack } from '../shared/render-reply.ts';

export function createSlackPoster(client: webApi.WebClient, announceChannelId: string | undefined): Poster {
  return {
    name: 'slack',
    platform: 'slack',
    async postToChannel(post) {
      const channel = requireChannel(announceChannelId, 'SLACK_ANNOUNCE_CHANNEL_ID');
      await client.chat.postMessage({
        channel,
        text: renderForSlack(post),
        unfurl_links: false,
      });
    },
    async sendDirect(userId, post) {
      await sendDm(client, userId, renderForSlack(post));
    },
  };
}

export async function sendDm(client: webApi.WebClient, userId: string, text: string): Promise<void> {
  const opened = await client.conversations.open({ users: userId });
  const channel = opened.channel?.id;
  if (!channel) throw new Error('Slack did not open a direct-message channel');
  await client.chat.postMessage({ channel, text, unfurl_links: false });
}
