// A long message may hold its question among context or asides: the parts of it that can stand as a question alone.

/** Messages of at least this many words may be context followed by the question. */
const LONG_MESSAGE_WORDS = 12;

/** A clause that points back at something named before it ("when is the exam for that course"): not standalone. */
const POINTS_ELSEWHERE =
  /\b(that|the other|this other|their|its) (course|class|module|subject|programme|program|university)\b/i;

const isLong = (text: string): boolean => text.split(/\s+/).length >= LONG_MESSAGE_WORDS;
const enough = (c: string): boolean => c.split(/\s+/).length >= 3;

/** A message's sentences with words enough to stand alone. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[?.!;])\s+/)
    .map((c) => c.trim())
    .filter(enough);
}

/**
 * The parts of a long message that have words enough to be a question of their own: each sentence (the question
 * may come first, followed by an aside: "do we hand in our code or just the report? my code is messy") and the
 * last clause (context, then the question: "I'm a part-time student with two kids, how long does ...").
 */
export function focusClauses(text: string): string[] {
  if (!isLong(text)) return [];
  const clauses = text
    .split(/[.?!;:,]+|\s(?:but|so|and so|anyway)\s/i)
    .map((c) => c.trim())
    .filter(enough);
  const last = clauses.length > 1 ? clauses.at(-1) : undefined;
  return [...new Set([...focusSentences(text), ...(last ? [last] : [])])].filter(
    (c) => !POINTS_ELSEWHERE.test(c),
  );
}

/** The sentences of a long message that has more than one, each with words enough to stand alone. */
export function focusSentences(text: string): string[] {
  if (!isLong(text)) return [];
  const sentences = sentencesOf(text);
  return sentences.length > 1 ? sentences : [];
}
