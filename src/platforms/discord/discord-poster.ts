// Posts reminders and announcements to Discord over REST: the announcement channel, or a DM to one user.
import { Routes, type REST } from 'discord.js';
import { z } from 'zod';
import type { Logger } from '../../core/logger.ts';
import type { Post, Poster } from '../../core/posting.ts';
import { renderForDiscord } from '../shared/render-reply.ts';

const channelResponse = z.object({ id: z.string().min(1) });

export function createDiscordPoster(rest: REST, announceChannelId: string | undefined, log: Logger): Poster {
  let warned = false;
  const body = (post: Post) => ({
    content: renderForDiscord(post),
    // A post never pings anyone: an announcement text containing @everyone stays plain text.
    allowed_mentions: { parse: [] },
  });
  return {
    name: 'discord',
    platform: 'discord',
    async postToChannel(post) {
      if (!announceChannelId) {
        if (!warned) log.warn('discord: DISCORD_ANNOUNCE_CHANNEL_ID is not set; channel posts are skipped');
        warned = true;
        return;
      }
      await rest.post(Routes.channelMessages(announceChannelId), { body: body(post) });
    },
    async sendDirect(userId, post) {
      const dm = channelResponse.parse(
        await rest.post(Routes.userChannels(), { body: { recipient_id: userId } }),
      );
      await rest.post(Routes.channelMessages(dm.id), { body: body(post) });
    },
  };
}
