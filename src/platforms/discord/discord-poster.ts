// Posts reminders and announcements to Discord over REST: the announcement channel, or a DM to one user.
import { Routes, type REST } from 'discord.js';
import { z } from 'zod';
import type { Post, Poster } from '../../core/posting.ts';
import { requireChannel } from '../shared/platform-adapter.ts';
import { renderForDiscord } from '../shared/render-reply.ts';

const channelResponse = z.object({ id: z.string().min(1) });

export function createDiscordPoster(rest: REST, announceChannelId: string | undefined): Poster {
  const body = (post: Post) => ({
    content: renderForDiscord(post),
    // A post never pings anyone: an announcement text containing @everyone stays plain text.
    allowed_mentions: { parse: [] },
  });
  return {
    name: 'discord',
    platform: 'discord',
    // The signal also takes a call off discord.js's per-route queue: behind a hung call, a timed-out post would
    // otherwise still be sent when the queue moves, while the outbox sends it again.
    async postToChannel(post, signal) {
      const channel = requireChannel(announceChannelId, 'DISCORD_ANNOUNCE_CHANNEL_ID');
      await rest.post(Routes.channelMessages(channel), { body: body(post), signal });
    },
    async sendDirect(userId, post, signal) {
      const dm = channelResponse.parse(
        await rest.post(Routes.userChannels(), { body: { recipient_id: userId }, signal }),
      );
      await rest.post(Routes.channelMessages(dm.id), { body: body(post), signal });
    },
  };
}
