// Builds the Markdown of each kind of reply. The course file words what is the course's (who private requests reach,
// where general questions go, what to include); the defaults are in content/reply-wording.ts.
import type { Course } from '../content/schemas.ts';
import type { FaqEntry } from '../content/schemas.ts';
import {
  contactPhrase,
  DEFAULT_GENERAL_QUESTIONS,
  DEFAULT_WORDING,
  fillWording,
  ownCaseLine,
  redirectOpening,
} from '../content/reply-wording.ts';
import type { RedirectReason } from './knowledge.ts';
import { MAX_QUESTION_CHARS } from './text.ts';

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

/**
 * An e-mail address written in an answer ("psych-sona@example.edu", "<a@b.org>", a mailto: link), or one kept as
 * redacted in a syllabus ("<EMAIL>", "<TA_EMAIL>", "[redacted e-mail]"): either way the answer names whom to write to.
 */
const EMAIL_ADDRESS =
  /[\w.%+-]+@[\w-]+(\.[\w-]+)*\.[a-z]{2,}\b|<[A-Z_]*EMAIL[A-Z_]*>|\[(redacted )?e-?mail( address)?( redacted)?\]/i;

/**
 * Words before "e-mail" that make it one the student receives or reads ("you will receive an e-mail", "check your
 * e-mail").
 */
const RECEIVED_BEFORE =
  /\b(receive[sd]?|receiving|get|gets|getting|got|check|checks|checking|read|reads|confirmation|notifications?|automatic|automated|your|their)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * True when an answer tells the student to write by e-mail ("e-mail the coordinator", "ask by e-mail") and gives no
 * address: not when every e-mail it names is one the student gets or reads ("you will receive an e-mail to book a
 * make-up", "check your e-mail daily", "a confirmation e-mail", "we will e-mail you").
 */
function asksToWrite(answer: string): boolean {
  if (EMAIL_ADDRESS.test(answer)) return false;
  for (const m of answer.matchAll(/\be-?mail(s|ed|ing)?\b/gi)) {
    const before = answer.slice(Math.max(0, m.index - 40), m.index);
    const after = answer.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (!RECEIVED_BEFORE.test(before) && !/^\s+(to\s+)?you\b/i.test(after)) return true;
  }
  return false;
}

export function renderAnswer(entry: FaqEntry, course: Course, { alsoAnswer, seeAlso }: Beside = {}): string {
  const answers = [
    entry.answer.trim(),
    ...(alsoAnswer ? [`**${alsoAnswer.title}**\n\n${alsoAnswer.answer.trim()}`] : []),
  ];
  const parts = [...answers];
  // The address lives in the course file (another course edits it), so an answer that says "e-mail the
  // coordinator" cannot spell it out: the reply adds it. An answer that gives an address itself (the course's, or
  // another office's that students should write to instead) gets none: the course's would contradict it.
  const { email, coordinator } = course.contacts;
  if (email && answers.some(asksToWrite) && !answers.some((a) => a.includes(email))) {
    parts.push(`E-mail: [${email}](mailto:${email})${coordinator ? ` (${coordinator})` : ''}`);
  }
  if (seeAlso) parts.push(`_See also: **${seeAlso.title}** (ask about it for details)._`);
  return parts.join('\n\n');
}

/** Where general questions go, in the words of the course file or of the default for this kind of reply. */
function generalQuestions(course: Course, kind: keyof typeof DEFAULT_GENERAL_QUESTIONS): string {
  return fillWording(course.replies?.general_questions ?? DEFAULT_GENERAL_QUESTIONS[kind], {
    board: boardName(course),
    course: course.name,
    contact: contactPhrase(course),
  });
}

/** A fallback: the bot does not know, where to ask instead, where to write about one's own case, the nearest entries. */
export function renderFallback(course: Course, near: FaqEntry[], ownCase?: string): string {
  const parts = [
    fillWording(course.replies?.fallback ?? DEFAULT_WORDING.fallback, {
      board: boardName(course),
      course: course.name,
    }),
    generalQuestions(course, 'fallback'),
    ...(ownCase ? [ownCase] : []),
  ];
  if (near.length > 0) {
    parts.push(
      `These entries are the closest I have, in case one of them helps:\n${near.map((e) => `- ${e.title}`).join('\n')}`,
    );
  }
  return parts.join('\n\n');
}

/**
 * A fallback in the course's own words: an entry whose answer says the course does not give what was asked, given
 * whole (what it does say, and where to ask instead), then where general questions go.
 */
export function renderUnstated(course: Course, entry: FaqEntry): string {
  return [renderAnswer(entry, course), generalQuestions(course, 'fallback')].join('\n\n');
}

function redirectSubject(course: Course, reason: RedirectReason): string {
  return `[${course.code ?? course.name}] ${course.replies?.subject?.[reason] ?? DEFAULT_WORDING.subject[reason]}`;
}

/** Where to write if a question answered by a quote is about the student's own case (with its e-mail subject). */
export function renderOwnCase(course: Course, reason: RedirectReason): string {
  return ownCaseLine(course, redirectSubject(course, reason));
}

export function renderRedirect(course: Course, reason: RedirectReason): string {
  const replies = course.replies;
  const subject = redirectSubject(course, reason);
  const channel = course.private_requests?.unanswered_channel;
  const opening = redirectOpening(course, subject, reason);
  const notAnswered = channel
    ? fillWording(replies?.unanswered_channel ?? DEFAULT_WORDING.unanswered_channel, { channel })
    : null;
  // (a question about the unanswered channel itself, "why does nobody answer my messages there", is answered first)
  const aboutChannel = reason === 'channel' && notAnswered !== null;
  return [
    aboutChannel ? `${notAnswered} ${opening}` : opening,
    // (a subject line is for an e-mail: not for a form or a direct message the opening sends to instead)
    ...(opening.includes('](mailto:') ? [`- Suggested subject: "${subject}"`] : []),
    `- Include: ${replies?.include?.[reason] ?? DEFAULT_WORDING.include[reason]}.`,
    '',
    ...(notAnswered !== null && !aboutChannel ? [notAnswered] : []),
    generalQuestions(course, 'redirect'),
  ].join('\n');
}

/** What the course's information says on the subject of a private request, below the redirect. */
export function renderRelated(entry: { title: string; answer: string }): string {
  return `What the course information says about **${entry.title.replace(/\*/g, '')}**:\n\n${entry.answer.trim()}`;
}

export function renderEmpty(hadText: boolean): string {
  return hadText
    ? "I couldn't find any words in that message. Please type your question, for example: _what is the late penalty?_"
    : 'Please type a question about the course, for example: _what is the late penalty?_';
}

/** A message with words but nothing to look up ("hi", "thanks!"). */
export function renderNoTopic(course: Course): string {
  return [
    fillWording(course.replies?.no_topic ?? DEFAULT_WORDING.no_topic, { course: course.name }),
    generalQuestions(course, 'no_topic'),
  ].join('\n\n');
}
