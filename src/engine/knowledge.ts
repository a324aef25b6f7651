// The engine's course-independent knowledge: example private requests, off-topic questions, small talk, details of
// a course that content often leaves out, general questions, and terse messages of both kinds (YAML beside this
// file), read once.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'knowledge');

import type { RedirectReason } from '../content/reply-wording.ts';
export { REDIRECT_REASONS, type RedirectReason } from '../content/reply-wording.ts';

const examples = z.array(z.string().min(1).max(300)).max(2000);
const privateSchema = z.strictObject({
  extension: examples,
  circumstances: examples,
  grade: examples,
  private: examples,
});

export interface Knowledge {
  privateRequests: Readonly<Record<Exclude<RedirectReason, 'channel'>, readonly string[]>>;
  offTopic: readonly string[];
  /** Small talk: greetings, openers, thanks, acknowledgements, goodbyes, remarks on a reply (small-talk.ts). */
  smallTalk: readonly string[];
  /** Questions about details of a course that its content often leaves out ("is the class curved"). */
  courseDetails: readonly string[];
  /** Questions that are not private requests, however personally put (for the request gate only). */
  generalQuestions: readonly string[];
  /**
   * Terse messages ("quiz 4 due date?", "regrade quiz 3"): general questions and private requests by kind, for a course
   * without FAQ entries only (model.ts).
   */
  terse: {
    general: readonly string[];
    requests: Readonly<Partial<Record<Exclude<RedirectReason, 'channel'>, readonly string[]>>>;
  };
}

let cached: Knowledge | undefined;

export function knowledge(): Knowledge {
  if (!cached) {
    const read = (name: string): unknown => parse(readFileSync(path.join(DIR, name), 'utf8'));
    cached = {
      privateRequests: privateSchema.parse(read('private-requests.yaml')),
      offTopic: examples.parse(read('off-topic.yaml')),
      smallTalk: examples.parse(read('small-talk.yaml')),
      courseDetails: examples.parse(read('course-details.yaml')),
      generalQuestions: examples.parse(read('general-questions.yaml')),
      terse: z
        .strictObject({ general: examples, requests: privateSchema.partial() })
        .parse(read('terse-questions.yaml')),
    };
  }
  return cached;
}

/**
 * Messages sent through a channel that nobody reads (the course file names it, such as a learning platform's messages): example
 * questions about using it, made from its name.
 */
export function channelExamples(channel: string): string[] {
  const c = channel.toLowerCase();
  const platform = c.replace(/\s*(messages?|inbox|dms?|chat)$/, '').trim() || c;
  return [
    `can i send you a message on ${platform}`,
    `i sent a message on ${platform} but nobody answered`,
    `can i message the teacher through ${platform}`,
    `should i use ${c} to ask questions`,
    `why is nobody answering my ${c}`,
    `can i dm the ta on ${platform}`,
    `i wrote to the lecturer via ${platform} inbox`,
    `is it ok to contact staff via ${c}`,
  ];
}
