// A long message may hold its question among context or asides: the parts of it that can stand as a question alone.
import type { Decision, ScoredEntry } from './model.ts';
import { asksStaffToAct } from './staff-action.ts';
import { analyze } from './text.ts';

/**
 * Messages of at least this many words may be context followed by the question, or a question followed by an aside
 * ("do I have to buy my own headset?? kinda broke rn"). (Measured 8, 10 and 12 on the tuning sets: 8 and 10 alike,
 * one question more right than 12.)
 */
const LONG_MESSAGE_WORDS = 10;

/** A clause that points back at something named before it ("when is the exam for that course"): not standalone. */
const POINTS_ELSEWHERE =
  /\b(that|the other|this other|their|its) (course|class|module|subject|programme|program|university)\b/i;

/**
 * A clause that goes on from the one before it ("and when does it take place", "or do they meet online") with a
 * pronoun for what that one named: alone, it would be asked of whatever an entry's "it" is.
 */
const GOES_ON_ABOUT = /^(?:and|or|also|plus)\b.*\b(?:it|its|they|them|their|those|these|he|she|him|her)\b/i;

/**
 * A last clause that goes on with what the clause before it lists ("how is the grade split between the homework, the
 * quizzes, and the project", "how are the parts weighted, including the exams"): it names one item of the question,
 * not the question. A clause that asks on ("and how long does it take", "or do we pick our own") is one.
 */
const CONTINUES_LIST =
  /^(?:and|or|nor|plus|as well as|including|along with|together with|like|such as|especially|particularly)\b(?!\s+(?:how|what|when|where|who|whom|which|why|whether|if|is|are|was|were|do|does|did|can|could|will|would|should|shall|may|might|must|am|have|has|had|i|we|you)\b)/i;

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
 * last clause (context, then the question: "I'm a part-time student with two kids, how long does ..."). In a message
 * that asks with a question mark, a sentence that only tells ("I'm planning a trip with friends.") is context, not a
 * question, unless a question points back at it ("A friend said the exam is open book. Is that true?").
 */
export function focusClauses(text: string): string[] {
  if (!isLong(text)) return [];
  const clauses = text
    .split(/[.?!;:,]+|\s(?:but|so|and so|anyway)\s/i)
    .map((c) => c.trim())
    .filter(enough);
  const tail = clauses.length > 1 ? clauses.at(-1) : undefined;
  const last =
    tail !== undefined && !GOES_ON_ABOUT.test(tail) && !CONTINUES_LIST.test(tail) ? tail : undefined;
  const all = focusSentences(text);
  const asks = all.filter((s) => s.endsWith('?'));
  const told = asks.length === 0 || asks.some(asksOfWhatCameBefore);
  const sentences = all.filter((s) => told || !/[.!]$/.test(s));
  return [...new Set([...sentences, ...(last ? [last] : [])])].filter((c) => !POINTS_ELSEWHERE.test(c));
}

/** Who a question put indirectly is asked of: "can you tell me", "does anyone know". */
const ASKED_OF = String.raw`(?:you|u|someone|somebody|anyone|anybody|any of you|y['’]?all)`;
/** The words that wrap a question put indirectly, each followed by what it asks ("... how", "... whether"). */
const WRAPPINGS = [
  // "can you tell me", "could you please explain", "would someone let me know", "would you be able to tell me"
  String.raw`(?:can|could|would|will)\s+${ASKED_OF}\s+(?:please\s+|pls\s+|maybe\s+|be\s+able\s+to\s+)?` +
    String.raw`(?:tell|remind|show|explain(?:\s+to)?|clarify(?:\s+for)?|let|break\s+down|say|` +
    String.raw`help\s+me\s+(?:understand|figure\s+out))` +
    String.raw`(?:\s+(?:me|us))?(?:\s+know)?`,
  // "would you mind telling me"
  String.raw`(?:would|do)\s+${ASKED_OF}\s+mind\s+(?:telling|explaining)(?:\s+(?:me|us))?`,
  // "do you know", "does anyone know", "anyone know"
  String.raw`(?:(?:do|does)\s+)?${ASKED_OF}\s+know`,
  // "I was wondering", "I'm just wondering", "I'd like to know", "I wonder"
  String.raw`i(?:['’]m|\s+am|\s+was)\s+(?:just\s+)?wondering|i(?:['’]d|\s+would)\s+like\s+to\s+know|i\s+wonder`,
  // "please tell me", "tell us", "explain"
  String.raw`(?:please\s+)?(?:(?:tell|remind|show)\s+(?:me|us)|explain)`,
];
/** The wrapping words at the start of a sentence (after a greeting or "so"), before a question word. */
const WRAPPED = new RegExp(
  String.raw`(?:^|(?<=[.?!;]\s+))(?:(?:hi|hey|hello)\W+)?(?:(?:so|and|but|also),?\s+)?` +
    String.raw`(?:${WRAPPINGS.join('|')})\s+(?=(?:how|what|what['’]?s|when|where|which|who|whom|why|whether|if)\b)`,
  'gi',
);

/**
 * The question a message puts indirectly, "could you tell me how the parts are weighted", "I was wondering when the
 * lab opens": without the words that wrap it, or null when no such words wrap a question in it. Only the words
 * that ask: "I want to know how to prepare. Will there be practice exams?" says what the student is after, and its
 * question follows.
 */
export function unwrappedQuestion(text: string): string | null {
  const out = text.replace(WRAPPED, '');
  return out !== text && out.trim().length > 0 ? out : null;
}

/** The sentences of a long message that has more than one, each with words enough to stand alone. */
export function focusSentences(text: string): string[] {
  if (!isLong(text)) return [];
  const sentences = sentencesOf(text);
  return sentences.length > 1 ? sentences : [];
}

/**
 * A sentence of a long message that asks nothing ("my grandfather died last week") keeps the message a request when
 * the request gate gives it at least this probability alone; context such as "I work part-time" scores lower.
 */
const STATEMENT_REQUEST = 0.8;

/**
 * A message the gate reads as a request is answered by one of its questions only when that question alone is
 * answered at least this confidently: "is that allowed?" or "what can I do about the exam?" after a circumstance
 * lean on it, and a weak match alone would answer something else (measured on the tuning sets, docs/engine.md).
 */
const SENTENCE_OVER_REQUEST = 0.5;

/**
 * A question asking leave for the student ("can I", "could I", "am I allowed to", "is it OK if I") is a request in
 * a message the gate reads as one with at least this probability: "I have a family wedding that night. Can I take
 * the exam another day?". Below it, context the gate only leans on ("I can't make it to Tuesday's lecture. Can I
 * watch a recording?") leaves the question to answer (measured on the tuning sets, docs/engine.md).
 */
const LEAVE_REQUEST = 0.55;
const ASKS_LEAVE =
  /^(?:(?:so|but|and|then|or),? )?(?:(?:can|could|may|might) i|(?:am i|would i be) (?:allowed|able|permitted) to|is (?:it|that) (?:ok(?:ay)?|alright|all right|possible|fine) (?:if i|for me to)|would it be (?:ok(?:ay)?|possible|alright) (?:if i|for me to))\b/i;

/**
 * A question about what the sentence before it told ("is that allowed?", "does this count?", "will it be ok?"): its
 * subject points back, and it has two content words at most. Alone it would be asked of whatever an entry's
 * "that" is.
 */
const POINTS_BACK =
  /^(?:(?:so|but|and|then|or),? )?(?:is|was|would|will|does|did|do|can|could|should|are)\s+(?:that|this|it|they|those|these)\b/i;
const asksOfWhatCameBefore = (sentence: string): boolean =>
  POINTS_BACK.test(sentence) && analyze(sentence).length <= 2;

/**
 * A question that asks someone to do something ("can you make sure I get extra time?", "could someone check my
 * mark?"), not one that only wraps what it asks ("can you tell me where the slides are?": unwrappedQuestion).
 */
const ASKS_SOMEONE = new RegExp(
  String.raw`^(?:(?:so|but|and|then|or),? )?(?:can|could|would|will)\s+${ASKED_OF}\b`,
  'i',
);
/** A question what the student should do ("what should we do?"): advice on their own case. */
const ASKS_ADVICE = /\bwhat (?:should|can|could|do) (?:i|we) do\b/i;

/** A question that asks for the student, not about the course: leave, an act of the staff, or advice. */
const asksForStudent = (sentence: string): boolean =>
  ASKS_LEAVE.test(sentence) ||
  (ASKS_SOMEONE.test(sentence) && unwrappedQuestion(sentence) === null) ||
  ASKS_ADVICE.test(sentence) ||
  asksStaffToAct(sentence);

/**
 * Of a message the gate reads as a request, the decision that answers it instead, or null: sentences of context
 * about the student ("I work three days a week. Is the essay individual?") can make a whole message read as a
 * request when its question is a general one. That question answers, unless one of the sentences is a request on
 * its own, a question ("can I hand it in later?") or a circumstance ("my grandfather died last week"), or the
 * question asks leave after context and the whole message (`whole.score`, the gate's probability) is a request
 * enough. A question that leans on its context for its subject ("I finished the take-home problem. Who do I send it
 * to?") is too weak alone: then the entry the whole message is nearest (`whole.related`, above every kind of request
 * at the answer threshold) answers, when no question of the message asks for the student (asksForStudent).
 */
export function answeringSentence(
  sentences: readonly { sentence: string; asks: boolean; d: Decision }[],
  whole: { score: number; related?: ScoredEntry | undefined },
): Decision | null {
  const answered = sentences
    .filter((j) => j.asks && j.d.kind === 'answer' && !asksOfWhatCameBefore(j.sentence))
    .sort((a, b) => b.d.score - a.d.score)[0];
  // (a statement asks nothing itself: it keeps the message a request only when the gate is sure of it alone)
  const request = sentences.some(
    (j) => j.d.kind === 'redirect' && (j.asks || j.d.score >= STATEMENT_REQUEST),
  );
  if (request) return null;
  const leave =
    answered !== undefined &&
    whole.score >= LEAVE_REQUEST &&
    ASKS_LEAVE.test(answered.sentence) &&
    sentences.some((j) => j !== answered && j.d.kind === 'redirect');
  if (answered && !leave && answered.d.score >= SENTENCE_OVER_REQUEST) return answered.d;
  const questions = sentences.filter((j) => j.asks);
  if (!whole.related || questions.length === 0 || questions.some((j) => asksForStudent(j.sentence)))
    return null;
  return { kind: 'answer', entries: [whole.related], score: whole.related.score };
}
