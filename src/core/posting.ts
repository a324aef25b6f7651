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

export interface Poster {
  /** Identifies the destination in delivery records, e.g. `feed`, `discord`, `slack`. */
  readonly name: string;
  readonly platform: Platform;
  /**
   * Posts to the course's announcement channel on this platform. `signal` aborts when the outbox gives up on the
   * call (its time-out): a platform client that queues calls must drop it then, or it would still post it later
   * while the outbox retries it.
   */
  postToChannel(post: Post, signal?: AbortSignal): Promise<void>;
  /** Direct message to one user of this platform (opted-in reminders). Absent when the platform cannot DM. */
  sendDirect?(userId: string, post: Post, signal?: AbortSignal): Promise<void>;
}
