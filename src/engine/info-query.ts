// A short query that ends in what it wants to know ("regrade deadline", "lab times", "extension policy",
// "withdrawal form"): it asks for information about a kind of request, not for the request itself, though its other
// words are a request's ("regrade", "extension"). Course-independent: English words for kinds of information.
import { normalize } from './text.ts';

/** At most this many words: a longer message says more than what it wants to know. */
const MAX_WORDS = 5;

/** What a query may ask of a thing, as its last word or two. */
const INFO_HEAD =
  /\b(?:deadlines?|due dates?|dates?|days?|times?|hours|schedule|site|website|page|link|url|location|room|policy|policies|rules?|form|forms|format|tag|subject line|address|procedure|process|requirements?|criteria|instructions|length|limit|weight|window)$/;

/**
 * A query about the student's own case ("sign my withdrawal form", "can i get more time") or that tells what
 * happened ("sick, missed deadline": a clause, a past tense) asks for something after all.
 */
const OWN_CASE = /\b(?:i|me|my|mine|we|us|our|you|your)\b|,|\b\w+ed\b/;

/** What it wants to know ends a phrase of its own: "lab report after the deadline" asks about the lab report. */
const IN_A_PHRASE =
  /\b(?:after|before|past|on|in|for|at|by|with|from|to|about|during|until|till|since)\s+(?:(?:the|a|an|this|that|next|last)\s+)?\S+$/;

/** True when the question is a short query that ends in what it wants to know (see above). */
export function asksAboutNotFor(question: string): boolean {
  const text = normalize(question).replace(/[?.!\s]+$/, '');
  const words = text.split(/\s+/).filter(Boolean);
  return (
    words.length >= 2 &&
    words.length <= MAX_WORDS &&
    INFO_HEAD.test(text) &&
    !OWN_CASE.test(text) &&
    !IN_A_PHRASE.test(text)
  );
}

/** A case put about someone else or anyone: "if someone is sick on the day of an exam", "suppose a student…". */
const HYPOTHETICAL =
  /(?:^|[\s,;:])(?:if|suppose|supposing|say|what if) (?:someone|somebody|anyone|anybody|a student|a classmate|a person|one)\b/;

/**
 * The student speaks of their own case: "if someone in my group", "someone added me" (in the text as normalize()
 * writes it: "I'm" is "i am").
 */
export const FIRST_PERSON = /\b(?:i|me|my|mine|myself|we|us|our|ours|ive)\b/;

/**
 * The student speaks of themselves alone ("my", "I"), not of the class as a whole: "when do we cover X" asks for the
 * course's plan, which the discussion board answers as well as anyone.
 */
export const FIRST_PERSON_SINGULAR = /\b(?:i|me|my|mine|myself|ive)\b/;

/**
 * True when the question puts a case about someone in general ("what happens if someone copies answers", "if a
 * student is sick on the day of an exam, what's needed to get a make-up?") and says nothing of the student's own: it
 * asks what the course's rules say, not for the staff to act on a case.
 */
export function asksHypothetically(question: string): boolean {
  const text = normalize(question);
  return HYPOTHETICAL.test(text) && !FIRST_PERSON.test(text);
}

/**
 * A question that opens by asking what the student must do and then puts the case as a condition or a purpose: "what
 * do I need if I'm sick on the day of a test", "what should we do if a group member stops answering", "what do I have
 * to do to get a make-up". It asks the course's rule for such a case. A case told first ("I was sick last week and
 * missed the deadline, what do I do?") is the student's own, told for the staff to act on, and does not open so.
 */
const ASKS_WHAT_TO_DO =
  /^\s*what (?:do|should|must|would|shall) (?:i|we) (?:need|have|do|bring|send|include|show|submit)\b(?: to (?:do|have|send|bring|show|submit|include|get))?(?: \w+)?? (?:if|when|whenever|in case|to|for|before|so)\b/;

/**
 * A question that opens by asking how long the student has, or by when ("how long do I have to ask for a regrade",
 * "how many days do we get after grades are posted", "by when do I need to hand in my letter"): it asks the course's
 * time limit, not for the staff to act.
 */
const ASKS_TIME_LIMIT =
  /^\s*(?:how long|how much time|how many (?:days|hours|weeks)|by when|until when|till when) (?:do|does|will|would|should|can|could|must) (?:i|we)\b/;

/**
 * A question how a grade or score is made up ("what makes up my grade", "how is my final mark calculated"): it asks
 * the course's rule, though it says "my". Not one that tells what happened ("what should I do, my grade was
 * calculated wrong": a clause before, or "was") or asks someone to act ("how will you work out my grade").
 */
const ASKS_HOW_MADE_UP =
  /^\s*(?:what|how|hows|whats)\b(?![^,;.]*\b(?:you|u|was|were)\b)[^,;.]*\b(?:makes? up|made up|calculated|computed|determined|weighted|broken down|worked out)\b/;

/**
 * A question that says it asks in general: "can I get an extension on homework in general", "in principle, can a
 * quiz be made up".
 */
const IN_GENERAL = /\b(?:in general|generally speaking|in principle|as a (?:general )?rule)\b/;

/**
 * True when the question asks the course's rule though it speaks of the student: what they must do for a case put as
 * a condition, how long they have for it, how a grade is made up, or anything it says it asks in general (see
 * above).
 */
export function asksForTheRule(question: string): boolean {
  const text = normalize(question);
  return (
    ASKS_WHAT_TO_DO.test(text) ||
    ASKS_TIME_LIMIT.test(text) ||
    ASKS_HOW_MADE_UP.test(text) ||
    IN_GENERAL.test(text)
  );
}

/**
 * A question by its first word: a question word ("how many absences can I have"), or a verb that asks whether
 * something is so ("will the lowest score be dropped", "do I need to hand in my code"); not one that asks someone to
 * act ("will you check it", "can someone") or asks leave ("can I"). The text as normalize() writes it.
 */
const ASKS_WHAT_IS_SO =
  /^\s*(?:(?:how|hows|what|whats|when|whens|where|wheres|which|who|whos|whose|why)\b|(?:is|are|will|does|do|did|was|were|should|shall|must|has|have)\b(?! (?:you|u|someone|anyone|somebody)\b))/;

/** True when the question asks what is so, whoever it is about (see ASKS_WHAT_IS_SO). */
export function asksWhatIsSo(question: string): boolean {
  return ASKS_WHAT_IS_SO.test(normalize(question));
}

/**
 * True when the question asks what is so ("is the lowest lab score dropped?", "are lectures recorded?") and says
 * nothing of the student's own: it asks what the course's rules say, which no one need be written to for. ("is it
 * possible to get an extension" asks it so too: the course's rule on extensions answers it.)
 */
export function asksInGeneral(question: string): boolean {
  return asksWhatIsSo(question) && !FIRST_PERSON.test(normalize(question));
}
