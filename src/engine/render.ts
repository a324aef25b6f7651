// Builds the Markdown of each kind of reply; the wording students see lives here.
import type { Course } from '../content/schemas.ts';
import type { FaqEntry } from '../content/schemas.ts';
import type { RedirectReason } from './knowledge.ts';
import { MAX_QUESTION_CHARS } from './text.ts';

const SUBJECTS: Readonly<Record<RedirectReason, string>> = {
  extension: 'Extension request',
  circumstances: 'Personal circumstances',
  grade: 'Question about my grade',
  channel: 'Question for the course staff',
  private: 'Private question',
};

const WHAT_TO_INCLUDE: Readonly<Record<RedirectReason, string>> = {
  extension:
    'your name and student number, which assignment, the deadline you are asking to move and why, and any documents that support it',
  circumstances:
    'your name and student number, what is going on (only as much as you are comfortable sharing), which assignments or exams it affects, and what you are asking for',
  grade:
    'your name and student number, the assignment or exam and the question(s) concerned, and why you think the grading should be looked at again',
  channel: 'your name and student number, and your question with enough context to answer it in one reply',
  private: 'your name and student number, what it is about, and what you are asking for',
};

export function truncationNote(truncated: boolean): string {
  return truncated
    ? `\n\n_Your message was long, so I only read its first ${MAX_QUESTION_CHARS} characters. Ask one question at a time for the best answer._`
    : '';
}

export function boardName(course: Course): string {
  const { discussion_board: board, discussion_board_url: url } = course.contacts;
  return url ? `[${board}](${url})` : board;
}

/** Entries shown beside the best one: answered in full (see BOTH_RATIO), or named under "See also". */
export interface Beside {
  alsoAnswer?: FaqEntry;
  seeAlso?: FaqEntry;
}

export function renderAnswer(entry: FaqEntry, course: Course, { alsoAnswer, seeAlso }: Beside = {}): string {
  const answers = [
    entry.answer.trim(),
    ...(alsoAnswer ? [`**${alsoAnswer.title}**\n\n${alsoAnswer.answer.trim()}`] : []),
  ];
  const parts = [...answers];
  // The address lives in the course file (another course edits it), so an answer that says "e-mail the
  // coordinator" cannot spell it out: the reply adds it.
  const { email, coordinator } = course.contacts;
  const text = answers.join('\n');
  if (/\be-?mail/i.test(text) && !text.includes(email)) {
    parts.push(`E-mail: [${email}](mailto:${email})${coordinator ? ` (${coordinator})` : ''}`);
  }
  if (seeAlso) parts.push(`_See also: **${seeAlso.title}** (ask about it for details)._`);
  return parts.join('\n\n');
}

export function renderFallback(course: Course, near: FaqEntry[]): string {
  const parts = [
    "I don't know the answer to that from the course information, and I'd rather not guess.",
    `Please ask on ${boardName(course)}: staff and other students answer there, and everyone benefits from the answer.`,
  ];
  if (near.length > 0) {
    parts.push(
      `These entries are the closest I have, in case one of them helps:\n${near.map((e) => `- ${e.title}`).join('\n')}`,
    );
  }
  return parts.join('\n\n');
}

export function renderRedirect(course: Course, reason: RedirectReason): string {
  const { email, coordinator } = course.contacts;
  const subject = `[${course.code ?? course.name}] ${SUBJECTS[reason]}`;
  const mailto = `mailto:${email}?subject=${encodeURIComponent(subject)}`;
  return [
    `This sounds like a personal or administrative matter for the course staff, so please send an **e-mail** to the coordinator (${coordinator}): [${email}](${mailto}).`,
    `- Suggested subject: "${subject}"`,
    `- Include: ${WHAT_TO_INCLUDE[reason]}.`,
    '',
    ...(course.private_requests?.unanswered_channel
      ? [`Please don't use ${course.private_requests.unanswered_channel}: they are not answered.`]
      : []),
    `Questions of general use (that other students could have too) belong on ${boardName(course)}.`,
  ].join('\n');
}

export function renderEmpty(hadText: boolean): string {
  return hadText
    ? "I couldn't find any words in that message. Please type your question, for example: _what is the late penalty?_"
    : 'Please type a question about the course, for example: _what is the late penalty?_';
}

/** A message with words but nothing to look up ("hi", "thanks!"). */
export function renderNoTopic(course: Course): string {
  return [
    `I answer questions about how ${course.name} runs: its rules, deadlines and who to contact.`,
    `For anything else, ask on ${boardName(course)}.`,
  ].join('\n\n');
}
