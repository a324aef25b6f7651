// A platform's Poster (channel posts and direct messages) as an outbox destination.
import type { Poster } from '../core/posting.ts';
import type { Destination, OutboxItem } from './outbox.ts';

export function posterDestination(poster: Poster, options: { idempotent?: boolean } = {}): Destination {
  return {
    name: poster.name,
    direct: poster.sendDirect !== undefined,
    ...((options.idempotent ?? poster.idempotent) && { idempotent: true }),
    async deliver(item: OutboxItem, signal: AbortSignal) {
      const post = item.post;
      if (!post)
        throw new Error(`no renderer for ${item.kind} items, so ${poster.name} cannot post ${item.id}`);
      const attempt = { signal, number: item.attempt, queuedAt: item.queuedAt };
      if (item.recipient === undefined) return poster.postToChannel(post, attempt);
      if (!poster.sendDirect) throw new Error(`${poster.name} cannot send direct messages`);
      return poster.sendDirect(item.recipient, post, attempt);
    },
  };
}
