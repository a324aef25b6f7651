// Posts reminders and announcements to Discord over REST: the announcement channel, or a DM to one user.
//
// Never twice within Discord's window: each post carries a nonce made from the item's id with `enforce_nonce`, so
// when a try timed out after Discord took the post, the next try (30 s later, then 1 and 2 minutes) gets the
// message created then instead of a second one. Discord keeps nonces for a few minutes only, and its messages
// carry nothing else a later try could look for: a send interrupted by a crash is not tried again (see the outbox).
import { createHash } from 'node:crypto';
import { Routes, type REST } from 'discord.js';
import { z } from 'zod';
import type { Post, Poster } from '../../core/posting.ts';
import { requireChannel } from '../shared/platform-adapter.ts';
import { renderForDiscord } from '../shared/render-reply.ts';

const channelResponse = z.object({ id: z.string().min(1) });

/** Discord's nonces are at most 25 characters: a hash of the item's id. */
export function nonceFor(itemId: string): string {
  return createHash('sha256').update(itemId).digest('base64url').slice(0, 25);
}

export function createDiscordPoster(rest: REST, announceChannelId: string | undefined): Poster {
  const body = (post: Post) => ({
    content: renderForDiscord(post),
    // A post never pings anyone: an announcement text containing @everyone stays plain text.
    allowed_mentions: { parse: [] },
    nonce: nonceFor(post.id),
    enforce_nonce: true,
  });
  return {
    name: 'discord',
    platform: 'discord',
    // The signal also takes a call off discord.js's per-route queue: behind a hung call, a timed-out post would
    // otherwise still be sent when the queue moves, while the outbox sends it again.
    async postToChannel(post, attempt) {
      const channel = requireChannel(announceChannelId, 'DISCORD_ANNOUNCE_CHANNEL_ID');
      await rest.post(Routes.channelMessages(channel), { body: body(post), signal: attempt?.signal });
    },
    async sendDirect(userId, post, attempt) {
      const signal = attempt?.signal;
      const dm = channelResponse.parse(
        await rest.post(Routes.userChannels(), { body: { recipient_id: userId }, signal }),
      );
      await rest.post(Routes.channelMessages(dm.id), { body: body(post), signal });
    },
  };
}
