// Questions that ask for the student's own record: a grade, a score, a result, whether their hand-in arrived, the late
// days they have left. No content answers these (the bot sees no gradebook), so they go to the course's private
// channel, as a request about a grade does, however closely an entry on grading matches their words.
import { normalize } from './text.ts';

/** What a record holds: a grade, a score, a mark, a result, a percentage. */
const RECORD = String.raw`(?:grades?|scores?|marks?|results?|percentages?|standing|points?|pts)`;

/**
 * How a grade is made, or what it would be, not what it is: "what is my final grade based on", "what is my grade
 * going to depend on", "what is my grade if I skip the final".
 */
const HOW_MADE = String.raw`(?!\s+(?:(?:be|is|are|will|going to|gonna)\s+)*(?:if|when|with|calculated|computed|based|made|determined|put|composed|weighted|worked|decided|depends?|out of|comes? from|consists?)\b)`;

/**
 * The forms: "what's my current grade", "what is my midterm score", "my current grade?", "my memo grade?", "what did I
 * get on the midterm", "can you tell me what I got on quiz 2", "could you tell me what grade I got on the exam", "could
 * you tell me my exam score", "did I pass milestone 1?", "is my final grade in yet",
 * "can u tell me what my current grade in the class is". Not "what would my final grade be", "how is my grade
 * calculated", "how much is the exam worth toward my final grade", "I got 18 points over the assignments, did I pass
 * them?" (numbers given: the calculator's), "how do I find out what my grade is" (where grades are shown).
 */
const OWN_RECORD = [
  new RegExp(String.raw`\bwhat (?:is|was|are)\s+my\s+(?:[\w-]+\s+){0,3}?${RECORD}\b${HOW_MADE}`),
  new RegExp(
    String.raw`^(?:and\s+)?my\s+(?:[\w-]+\s+){0,3}?${RECORD}(?:\s+(?:so far|rn|right now|now|pls|please))?\s*\??$`,
  ),
  /\bwhat (?:grade |score |mark )?did i (?:get|score|receive|make)\b|\bwhat (?:grade |score |mark )?i got (?:on|for|in)\b/,
  // (asked to be shown: "could you tell me my exam score", "can u send me my grades")
  new RegExp(String.raw`\b(?:tell|show|give|send) me my\s+(?:[\w-]+\s+){0,3}?${RECORD}\b${HOW_MADE}`),
  /\bis my (?:final |overall |course )?grade (?:in|up|out|posted|available)\b/,
  // (asked indirectly: "can you tell me what my current grade in the class is")
  new RegExp(
    String.raw`^(?!.*\bhow (?:do|can|would|will) i\b).*\bwhat my\s+(?:[\w-]+\s+){0,3}?${RECORD}\b(?:\s+(?:in|for|on)\s+(?:[\w-]+\s+){0,3}?)?\s*(?:is|was|are)\b${HOW_MADE}`,
  ),
];

/** "did I pass X", unless it gives the student's scores ("I got 18 points, did I pass?": the calculator's). */
const DID_I_PASS = /\bdid i (?:pass|fail)\b/;
const GIVES_SCORES = /\b(?:got|have|scored|with)\b[^?]*\d|\d\s*(?:%|points?|pts|\/)/;

/**
 * What the course holds of the student's own work: whether a hand-in arrived ("can u check if my lab 6 upload went
 * through", "did my essay get submitted", "did Dr. Salter receive my letter") and what is left of their late days
 * ("how many late days do I have left"; not "how many days do I have left for assignment 2", the deadline's).
 */
const OWN_WORK = [
  /(?:\b(?:can|could|would|will) (?:you|u|someone|anyone|somebody|the \w+) (?:pls |please )?|^(?:pls |please )?)(?:check|see|confirm|verify|tell me|let me know)\b[^?.]*\b(?:if|whether|that) my\b[^?.]*\b(?:upload(?:ed)?|submitted|submission|went through|got through|turned in|handed in|received|came through|got in)\b/,
  /\bdid my\b[^?.]*\b(?:upload|go through|get submitted|submit|get (?:in|through)|arrive)\b/,
  /\bdid (?:you|u|the \w+|dr\.? \w+|professor \w+|prof \w+) (?:get|receive|see)\b[^?.]*\bmy\b/,
  /\bhow many (?:late|grace|slip|free) (?:days?|passes|tokens|hours) (?:do i have|have i got|have i|are) (?:left|remaining|used)\b/,
];

/**
 * Whether a question asks for the student's own record: `grade` for a grade or score, `private` for what the course
 * holds of their work; null for any other question.
 */
export function ownRecord(question: string): 'grade' | 'private' | null {
  // (every form speaks of "my" or "I": most questions are passed over before they are read)
  if (!/\b(?:my|i)\b/i.test(question)) return null;
  const text = normalize(question).replace(/\s+/g, ' ').trim();
  if (OWN_RECORD.some((re) => re.test(text)) || (DID_I_PASS.test(text) && !GIVES_SCORES.test(text)))
    return 'grade';
  return OWN_WORK.some((re) => re.test(text)) ? 'private' : null;
}
