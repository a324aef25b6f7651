// Small talk: a message made only of greetings, thanks, acknowledgements and goodbyes ("hey, how's it going",
// "great, thanks a lot!", "ok bye"), from the engine's course-independent phrases (knowledge/small-talk.yaml). Such a
// message asks nothing of the course; its words must not be read as a question ("that helps" near an entry on help,
// "see you" near a meeting request).
//
// The message, normalised as every question is, must be covered from start to end by those phrases, word for word,
// with function words (STOPWORDS) allowed between them. Matching whole phrases rather than single words keeps a
// question with one of their words ("is the exam good practice", "a good morning lecture") a question.
import { knowledge } from './knowledge.ts';
import { STOPWORDS, tokens } from './text.ts';

/** A test for small talk over the given phrases. */
export function smallTalkTest(phrases: readonly string[]): (text: string) => boolean {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const w = tokens(phrase);
    const first = w[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push(w);
    byFirst.set(first, list);
  }
  return (text: string): boolean => {
    const w = tokens(text);
    // reached[i]: the first i words are covered; phrased[i]: by at least one phrase.
    const reached = new Array<boolean>(w.length + 1).fill(false);
    const phrased = new Array<boolean>(w.length + 1).fill(false);
    reached[0] = true;
    for (let i = 0; i < w.length; i++) {
      if (!reached[i]) continue;
      const word = w[i] as string;
      if (STOPWORDS.has(word)) {
        reached[i + 1] = true;
        phrased[i + 1] ||= phrased[i] as boolean;
      }
      for (const phrase of byFirst.get(word) ?? []) {
        const end = i + phrase.length;
        if (end <= w.length && phrase.every((p, k) => w[i + k] === p)) {
          reached[end] = true;
          phrased[end] = true;
        }
      }
    }
    return w.length > 0 && (phrased[w.length] as boolean);
  };
}

let shipped: ((text: string) => boolean) | undefined;

/** True when the message is small talk by the engine's own phrases (knowledge/small-talk.yaml). */
export function isSmallTalk(text: string): boolean {
  shipped ??= smallTalkTest(knowledge().smallTalk);
  return shipped(text);
}
