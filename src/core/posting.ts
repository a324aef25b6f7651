// How the core posts to the outside world. Each platform (and the web feed) implements Poster; the core never
// calls Discord, Slack or HTTP itself.
import type { Platform, Reply } from './command.ts';

export interface Post {
  /** Stable id of what is posted (reminder or announcement), used for de-duplication. */
  id: string;
  kind: 'reminder' | 'announcement';
  /** Markdown. Instants may appear as `{{time:N}}` placeholders described by `times`. */
  text: string;
  times?: Reply['times'];
  eventId?: string;
}

/** One try at delivering a post, as the outbox makes it. */
export interface DeliveryAttempt {
  /**
   * Aborts when the outbox gives up on the call (its time-out): a platform client that queues calls must drop it
   * then, or it would still post it later while the outbox retries it.
   */
  signal: AbortSignal;
  /**
   * 1 on the first try. A later try may follow one that reached the platform without an answer (a time-out after
   * the request was sent): the platform must not post the item twice (`Post.id` names it).
   */
  number: number;
  /** When the item was queued: no earlier try can have posted it before then. */
  queuedAt: Date;
}

export interface Poster {
  /** Identifies the destination in delivery records, e.g. `feed`, `discord`, `slack`. */
  readonly name: string;
  readonly platform: Platform;
  /**
   * Sending an item again never posts it twice, however long after the first try (the platform is asked first),
   * so a send interrupted by a crash is simply tried again.
   */
  readonly idempotent?: boolean;
  /** Posts to the course's announcement channel on this platform. */
  postToChannel(post: Post, attempt?: DeliveryAttempt): Promise<void>;
  /** Direct message to one user of this platform (opted-in reminders). Absent when the platform cannot DM. */
  sendDirect?(userId: string, post: Post, attempt?: DeliveryAttempt): Promise<void>;
}
