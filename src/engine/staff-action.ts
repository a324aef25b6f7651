// Questions that ask the staff to do something for the student: enrol or drop them, approve or waive something, move
// or reopen a piece of work, fix a record, write a letter of recommendation. No content does these, so a question of
// that form that nothing answers goes to the course's private channel, not to the discussion board; and one that asks
// them to act on the student's own case goes there even when a FAQ entry is on its subject (index.ts).
import { FIRST_PERSON, asksAboutNotFor } from './info-query.ts';
import { normalize, QUESTION_WORD } from './text.ts';

/** Who is asked: the bot standing in for the staff, or someone of the staff. */
const WHO = String.raw`(?:u|you|someone|somebody|anyone|the (?:prof|professor|instructor|lecturer|teacher|ta|tas|staff)|prof(?:essor)? \w+|dr\.? \w+)`;

/** What the staff would do: acts on the student's enrolment, work or record, not telling or explaining. */
const ACT = String.raw`(?:approve|add|drop|enrol+|unenrol+|override|waive|excuse|extend|move|switch|transfer|reopen|open|accept|fix|bump|round|regrade|sign|reset|unlock|grant|let me|put me|register)`;

/** Acts named with the student as their object: "drop me from the course", "excuse me from the demo". */
const ON_ME = /\b(?:drop me|add me|enrol+ me|excuse me from|approve my|waive my|let me in)\b/;
/** A letter of recommendation is always the staff's to write. */
const LETTER = /\b(?:recommendation letter|letter of recommendation|reference letter|letter of reference)\b/;

/**
 * Asking someone of the staff to do something: "can u", "could you please", "would Prof. Lee be willing to", "any
 * chance you could".
 */
const ASKED = String.raw`\b(?:(?:can|could|would|will)\s+${WHO}|(?:any|is there a|is there any) (?:chance|way) ${WHO}\s+(?:can|could|would|will|might))\s+(?:(?:pls|please|just|still|maybe|possibly|kindly|be willing to|be able to)\s+)*`;

/** At most this many words make a request put as a few words (asksTersely). */
const TERSE_WORDS = 6;

/** Acts a request put as a few words names: not "drop" alone ("drop lowest quiz?" asks whether one is dropped). */
const TERSE_ACT =
  /\b(?:extensions?|extend|regrade|re-grade|reschedule|makeup|make-up|make up|excused?|swap|switch|drop (?:the |this )?(?:class|course))\b/;

/** Words that make a few words a question, or a question about the rule ("extension policy for labs"). */
const QUESTION_OR_RULE = new RegExp(String.raw`\b(?:${QUESTION_WORD}|policy|policies|rules?)\b`);

/** What makes a few words the student's own request: a numbered piece of work, "please" or "help", what it is for. */
const ITS_OWN = /\d|\b(?:pls|please|plz|help|for|on)\b/;

/**
 * A request put as a few words, with no question in them: the act and what it falls on, "extension on essay 2",
 * "regrade quiz 4", "reschedule test 1", "makeup for the missed field trip", "drop the course help". Only with what
 * makes it the student's own (ITS_OWN), and not a query that ends in what it wants to know ("extension request
 * form", "regrade deadline": info-query.ts).
 */
function asksTersely(text: string): boolean {
  return (
    text.split(/\s+/).filter(Boolean).length <= TERSE_WORDS &&
    TERSE_ACT.test(text) &&
    !QUESTION_OR_RULE.test(text) &&
    ITS_OWN.test(text) &&
    !asksAboutNotFor(text)
  );
}

const FORMS = [
  // "can u unenroll me", "could you approve that for me", "would Prof. Lee sign my form", "can someone fix it"
  new RegExp(String.raw`${ASKED}${ACT}\b`),
  // "drop me from the course", "add me to the course pls"
  ON_ME,
  // "waitlist override please"
  /\boverride\b/,
  LETTER,
];

/** True when the question asks the staff to act for the student (see above). */
export function asksStaffToAct(question: string): boolean {
  const text = normalize(question);
  return FORMS.some((form) => form.test(text)) || asksTersely(text);
}

/**
 * True when the question asks for what only the staff give, whatever else it resembles: a letter of recommendation
 * ("would Prof. Lee write me a recommendation letter" is near "write me a cover letter", which no one of the staff
 * writes), or an act named on the student ("drop me from the course", "excuse me from the demo").
 */
export function asksStaffOnly(question: string): boolean {
  const text = normalize(question);
  // (a letter written for the student: not "how do I write a recommendation letter")
  return (LETTER.test(text) && /\b(?:me|my)\b/.test(text)) || ON_ME.test(text);
}

/** What is acted on is the student's own: "me", "my grade", "it", a few words on ("the deadline for me"). */
const OWN = String.raw`(?:me|my|mine|it|that|this|them)`;

/**
 * The request forms above whose act falls on the student's own case: "can u bump me up", "could you regrade my
 * essay", "can you extend the deadline for me". Not "will you accept late work", which asks what the rule is.
 */
const OWN_FORMS = [
  new RegExp(String.raw`${ASKED}(?:let me|put me|${ACT}\s+(?:[\w'%.-]+\s+){0,3}?${OWN}\b)`),
  ON_ME,
  LETTER,
];

/**
 * The act asked for last, its object left unsaid ("... but I did hand it in, can u fix?"): what it falls on is what
 * the student said before it, their own case when they spoke of themselves.
 */
const ELIDED = new RegExp(String.raw`${ASKED}${ACT}(?:\s+(?:pls|please|thanks|thx|asap))*\W*$`);

/** True when the question asks the staff to act on the student's own case (OWN_FORMS, or put as a few words). */
export function asksStaffToActForMe(question: string): boolean {
  const text = normalize(question);
  if (OWN_FORMS.some((form) => form.test(text)) || asksTersely(text)) return true;
  const elided = ELIDED.exec(text);
  return elided !== null && FIRST_PERSON.test(text.slice(0, elided.index));
}
