// A message that asks two things at once ("when is the exam and how many questions does it have?", "Is the essay
// individual? What is the word limit?") is answered part by part: each question it asks is answered alone, and when
// two or more are answered from different sources, the reply gives each answer in turn.
import type { EngineReply } from './index.ts';
import { isContentWord, sentencesIn, tokens } from './text.ts';

/** The words a question starts with. */
const QUESTION_START =
  '(?:how|what|whats|when|whens|where|wheres|which|who|whos|whose|why|is|are|was|were|do|does|did|can|could|will|' +
  'would|should|shall|may|must|am|has|have|had)';

/** Where a sentence goes on with a second question: "..., and how many questions does it have". */
const NEXT_QUESTION = new RegExp(String.raw`,?\s+and(?:\s+also)?\s+(?=${QUESTION_START}\b)`, 'i');

/** A pronoun standing for what the question before named ("and how long does it take"). */
const PRONOUN = /\b(?:it|they|them)\b/i;

/**
 * What a question is about: its content words ("when's the exam" -> "the exam"), normalised as every question is, so
 * that a contraction's "s" is not one of them.
 */
function subjectOf(question: string): string {
  const kept = tokens(question).filter(isContentWord);
  return kept.length > 0 ? `the ${kept.join(' ')}` : '';
}

/**
 * The questions a message asks, each with words enough to be asked alone, or [] when it asks one: its sentences
 * that end with a question mark (or, without one, the whole message), each cut where it goes on with another
 * question ("... and when is it due"). A part that speaks of what the one before named by a pronoun gets that
 * part's words in its place.
 */
export function questionParts(text: string): string[] {
  const sentences = sentencesIn(text);
  const asking = sentences.filter((s) => s.endsWith('?'));
  const parts = (asking.length > 0 ? asking : [text.trim()])
    .flatMap((s) => s.split(NEXT_QUESTION))
    .map((p) => p.replace(/[?.!\s]+$/, '').trim());
  if (parts.length < 2 || parts.some((p) => tokens(p).length < 3)) return [];
  return parts.map((part, i) => {
    const before = parts[i - 1];
    if (before === undefined || !PRONOUN.test(part)) return part;
    const subject = subjectOf(before);
    return subject === '' ? part : part.replace(PRONOUN, subject);
  });
}

/**
 * The reply to a message from the replies to its parts: each part's answer in turn when two or more parts are
 * answered from different sources, else the reply to the whole. A private request is answered as a whole, and so is
 * a message one of whose parts is one. The whole is asked only when needed: a message of questions alone whose parts
 * are answered is not asked again as a whole (a long message costs several questions: long-message.ts), but one that
 * also tells something ("I was ill last week.") is, since that may make it a private request.
 */
export function answerByParts(
  text: string,
  whole: () => EngineReply,
  ask: (part: string) => EngineReply,
): EngineReply {
  const parts = questionParts(text);
  if (parts.length < 2) return whole();
  const replies = parts.map(ask);
  if (replies.some((r) => r.kind === 'redirect')) return whole();
  const answered: EngineReply[] = [];
  const seen = new Set<string>();
  for (const r of replies) {
    const first = r.sources[0]?.id;
    if (r.kind !== 'answer' || first === undefined || seen.has(first)) continue;
    seen.add(first);
    answered.push(r);
  }
  if (answered.length < 2) return whole();
  const onlyAsks = sentencesIn(text).every((s, _, all) => all.length === 1 || s.endsWith('?'));
  if (!onlyAsks) {
    const reply = whole();
    if (reply.kind === 'redirect') return reply;
  }
  const sources = new Map<string, EngineReply['sources'][number]>();
  for (const r of answered) for (const s of r.sources) if (!sources.has(s.id)) sources.set(s.id, s);
  return { kind: 'answer', text: answered.map((r) => r.text).join('\n\n'), sources: [...sources.values()] };
}
