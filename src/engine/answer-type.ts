// What kind of answer a question asks for, checked against the entry that would answer it.
import { canonicalText } from './normalize.ts';

/** A question asking for a person ("who writes the exam questions"). */
const ASKS_WHO = /\bwho(m|se)?\b/;

/** Words by which an answer names people of the course. */
const PEOPLE = /\b(lecturers?|coordinator|teaching assistants?|tas?|staff|teachers?)\b/i;

/**
 * False when the question asks for a person and the entry's answer names none: "who writes the exam questions"
 * shares its words with the exam-format entry, but an answer without a person in it does not answer it. The
 * staff's names count as people, so a FAQ for another course works the same.
 */
export function answersWho(question: string, answer: string, names: readonly string[]): boolean {
  if (!ASKS_WHO.test(canonicalText(question))) return true;
  if (PEOPLE.test(answer)) return true;
  const lower = answer.toLowerCase();
  return names.some((n) => n.trim() !== '' && lower.includes(n.toLowerCase()));
}
