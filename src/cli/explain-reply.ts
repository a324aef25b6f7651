// Why the answer engine's model decides a question as it does, said for a TA trying questions out (`ask --why`) or
// reading what students asked that went unanswered (`gaps --why`).
import type { Explanation } from '../engine/model.ts';

const DECLINED_BY: Record<NonNullable<Explanation['declined']>['by'], string> = {
  course: 'a topic the course file declines (`declined`)',
  engine: "one of the engine's examples of questions off the course's topic",
  detail: "one of the engine's examples of details syllabi often leave out",
};

/** An entry scoring at least this share of the answer threshold is near enough to be worth a phrasing more. */
const NEAR = 0.5;

/**
 * Why the model decides a question as it does: the entries nearest the question and the request gate's view, each
 * beside the course's threshold, and advice when the question falls just short of an entry. It scores the message
 * whole, as the model does before the engine's checks (a question about the schedule, a long message's sentences
 * alone), so it can differ from the reply. One line each, without indent.
 */
export function whyLines(why: Explanation): string[] {
  const { answer, redirect } = why.thresholds;
  const n = (x: number): string => x.toFixed(2);
  const entries = why.nearest.map((e) => `${e.entry.id} ${n(e.score)}`).join(', ') || 'none';
  const lines = [
    `nearest FAQ entries: ${entries} (an entry answers from ${n(answer)})`,
    `private request: ${n(why.request)} (sent to the course's contact from ${n(redirect)})`,
  ];
  // (for a question the gate sends on, what it is nearest among the rest says nothing)
  if (why.declined && why.request < redirect)
    lines.push(`nearest of all: ${DECLINED_BY[why.declined.by]} (similarity ${n(why.declined.similarity)})`);
  // (advice only for a question near an entry: one off the course's topic or far from every entry needs none)
  const [best] = why.nearest;
  if (best && best.score < answer && best.score >= answer * NEAR && !why.declined)
    lines.push(
      `to have ${best.entry.id} answer questions like this one, add one like it to that entry's \`questions\``,
    );
  return lines;
}

/** `ask --why`: the lines under a heading, after the reply. */
export function formatWhy(why: Explanation): string {
  return `why (the model's view of the whole message):\n${whyLines(why)
    .map((l) => `  ${l}`)
    .join('\n')}\n`;
}

/** The same as JSON, beside the reply's fields. */
export function whyJson(why: Explanation): object {
  return {
    nearest: why.nearest.map((e) => ({ id: e.entry.id, score: round(e.score) })),
    answerAt: why.thresholds.answer,
    request: round(why.request),
    redirectAt: why.thresholds.redirect,
    ...(why.declined && { declined: { by: why.declined.by, similarity: round(why.declined.similarity) } }),
  };
}
const round = (x: number): number => Math.round(x * 1000) / 1000;
