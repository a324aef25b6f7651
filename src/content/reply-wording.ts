// The course file's `replies` section: the wording of the bot's own replies (redirects, fallbacks), with defaults, and
// the {placeholders} each sentence may use. The engine fills them in; validation refuses an unknown placeholder.
import { z } from 'zod';
import type { PrivateChannel } from './schemas.ts';

/** Why a question is sent to the course e-mail; each reason has its own subject and list of what to include. */
export const REDIRECT_REASONS = ['extension', 'circumstances', 'grade', 'private', 'channel'] as const;
export type RedirectReason = (typeof REDIRECT_REASONS)[number];

/** The placeholders each sentence may use: {contact} the person private requests reach, {email} their address, … */
const PLACEHOLDERS = {
  redirect: ['contact', 'email', 'private_channel', 'course'],
  general_questions: ['board', 'course', 'contact'],
  unanswered_channel: ['channel'],
  fallback: ['board', 'course'],
  no_topic: ['course'],
  canvas_inbox: ['course', 'contact'],
  include: [],
  subject: [],
} as const;
type Field = keyof typeof PLACEHOLDERS;

export const DEFAULT_WORDING = {
  redirect:
    'This sounds like a personal or administrative matter for the course staff, so please send an **e-mail** to {contact}: {email}.',
  /** The redirect's first line when private requests go to a web form or a named channel, not an e-mail. */
  redirect_channel:
    'This sounds like a personal or administrative matter for the course staff, so please write to {contact} through {private_channel}.',
  /**
   * The first line of the redirect of a question about the unanswered channel itself ("why does nobody answer my
   * Canvas messages"), after the sentence about that channel, when the course words no redirect of its own.
   */
  redirect_about_channel:
    'For anything personal or administrative, please send an **e-mail** to {contact} instead: {email}.',
  redirect_channel_about_channel:
    'For anything personal or administrative, please write to {contact} through {private_channel} instead.',
  /**
   * After a quote that answers a question the bot cannot tell from a private request (a course of documents alone:
   * see docs/documents.md), where to write if it is about the student's own case.
   */
  own_case: 'If you are asking about your own case, please send an **e-mail** to {contact}: {email}.',
  own_case_channel:
    'If you are asking about your own case, please write to {contact} through {private_channel}.',
  unanswered_channel: "Please don't use {channel}: they are not answered.",
  fallback: "I don't know the answer to that from the course information, and I'd rather not guess.",
  no_topic: 'I answer questions about how {course} runs: its rules, deadlines and who to contact.',
  /** The reply to a Canvas message opens with this, then says that such messages are not read (see canvasInboxGreeting). */
  canvas_inbox: 'Hello! This is the {course} course bot.',
  include: {
    extension:
      'your name and student number, which assignment, the deadline you are asking to move and why, and any documents that support it',
    circumstances:
      'your name and student number, what is going on (only as much as you are comfortable sharing), which assignments or exams it affects, and what you are asking for',
    grade:
      'your name and student number, the assignment or exam and the question(s) concerned, and why you think the grading should be looked at again',
    channel: 'your name and student number, and your question with enough context to answer it in one reply',
    private: 'your name and student number, what it is about, and what you are asking for',
  } satisfies Record<RedirectReason, string>,
  /** The suggested e-mail subject, after the course code in brackets. */
  subject: {
    extension: 'Extension request',
    circumstances: 'Personal circumstances',
    grade: 'Question about my grade',
    channel: 'Question for the course staff',
    private: 'Private question',
  } satisfies Record<RedirectReason, string>,
} as const;

/** Where general questions go, worded for each reply when the course file does not word it once for all. */
export const DEFAULT_GENERAL_QUESTIONS = {
  redirect: 'Questions of general use (that other students could have too) belong on {board}.',
  fallback:
    'Please ask on {board}: staff and other students answer there, and everyone benefits from the answer.',
  no_topic: 'For anything else, ask on {board}.',
} as const;

/** `oneOf`: the sentence must contain at least one of these placeholders. */
function sentence(field: Field, max: number, oneOf: readonly string[] = []) {
  const allowed: readonly string[] = PLACEHOLDERS[field];
  return z
    .string({ error: 'must be text (put it in quotes)' })
    .trim()
    .min(1, { error: 'is empty: leave the field out to use the default wording' })
    .max(max, { error: `is longer than ${max} characters` })
    .superRefine((s, ctx) => {
      for (const [, name] of s.matchAll(/\{([^{}]*)\}/g)) {
        if (!allowed.includes(name ?? '')) {
          ctx.addIssue({
            code: 'custom',
            message:
              allowed.length === 0
                ? `{${name}} is not filled in here: this text takes no placeholders`
                : `{${name}} is not a placeholder here: use ${allowed.map((a) => `{${a}}`).join(', ')}`,
          });
        }
      }
      if (oneOf.length > 0 && !oneOf.some((name) => s.includes(`{${name}}`)))
        ctx.addIssue({
          code: 'custom',
          message: `must contain ${oneOf.map((n) => `{${n}}`).join(' or ')}, where the bot puts where to write`,
        });
    });
}

/** One text per kind of private request, each optional. */
function perReason(make: () => z.ZodOptional<z.ZodType<string>>) {
  return z
    .strictObject({
      extension: make(),
      circumstances: make(),
      grade: make(),
      channel: make(),
      private: make(),
    } satisfies Record<RedirectReason, unknown>)
    .optional();
}

export const repliesSchema = z
  .strictObject({
    /** Opens a redirect: to whom private requests go. */
    redirect: sentence('redirect', 500, ['email', 'private_channel']).optional(),
    /** Where questions of general use go: in redirects, fallbacks and replies to messages without a question. */
    general_questions: sentence('general_questions', 500).optional(),
    /** Said of `private_requests.unanswered_channel`. */
    unanswered_channel: sentence('unanswered_channel', 300).optional(),
    /** Opens a fallback: the bot does not know. */
    fallback: sentence('fallback', 500).optional(),
    /** What the bot answers, said to a message without a question ("hi"). */
    no_topic: sentence('no_topic', 500).optional(),
    /** Opens the reply to a Canvas message (CANVAS_INBOX_REPLY): the whole greeting, that such messages are not read. */
    canvas_inbox: sentence('canvas_inbox', 500).optional(),
    /**
     * Opens the redirect of one kind of private request, in place of `redirect`: a course without extensions states
     * that in the reply to an extension request, and still says where to write.
     */
    redirect_for: perReason(() => sentence('redirect', 500, ['email', 'private_channel']).optional()),
    /** What to include in the e-mail, per kind of private request. */
    include: perReason(() => sentence('include', 500).optional()),
    /** The suggested e-mail subject, per kind of private request (after the course code). */
    subject: perReason(() => sentence('subject', 100).optional()),
  })
  .optional();
export type Replies = z.infer<typeof repliesSchema>;

/** Fills {name} placeholders; a name without a value stays as written (validation refuses unknown ones). */
export function fillWording(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([^{}]*)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] ?? whole) : whole,
  );
}

interface ContactFields {
  contacts: { coordinator?: string | undefined; role?: string | undefined };
  staff?: { lecturers: readonly string[]; coordinator: string } | undefined;
}

/**
 * How replies refer to the person private requests reach: `contacts.role` when given; else "the instructor" when the
 * staff is one lecturer who is also the coordinator (`staff.coordinator`, else `contacts.coordinator`), "the
 * coordinator" when a name is given, "the course staff".
 */
export function contactRole(course: ContactFields): string {
  if (course.contacts.role) return course.contacts.role;
  const staff = course.staff;
  const coordinator = staff?.coordinator || course.contacts.coordinator || '';
  if (staff?.lecturers.length === 1 && coordinator !== '' && sameName(staff.lecturers[0] ?? '', coordinator))
    return 'the instructor';
  return course.contacts.coordinator ? 'the coordinator' : 'the course staff';
}

/** Abbreviated titles as names are written ("Prof. Hale"); "Dr." is a degree, not a role, so it is not here. */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  prof: 'professor',
  instr: 'instructor',
  coord: 'coordinator',
  lect: 'lecturer',
  asst: 'assistant',
  assoc: 'associate',
};
/** Words before a title that do not change whose title it is ("Assistant Professor Hale" is a professor). */
const RANKS = new Set(['assistant', 'associate', 'adjunct', 'visiting', 'senior', 'full']);
/** Words of a role that are not its title: "the", "a", "your". */
const NOT_TITLES = new Set(['the', 'a', 'an', 'your', 'our']);

/** A word as a title, lower case, without a trailing "." and with its abbreviation spelled out: "Prof." → professor. */
function titleWord(word: string): string {
  const w = word.toLowerCase().replace(/[.,:;]+$/, '');
  return TITLE_ABBREVIATIONS[w] ?? w;
}

/**
 * Whether the name starts with the role's title ("Professor Martin Hale", "Prof. Hale" as "the professor"), so that
 * saying both would say it twice. A rank before the title ("Assistant Professor Hale") is looked past.
 */
function nameHasRole(name: string, role: string): boolean {
  const roleWords = new Set(
    role
      .split(/\s+/)
      .map(titleWord)
      .filter((w) => w !== '' && !NOT_TITLES.has(w)),
  );
  const [first = '', second = ''] = name.trim().split(/\s+/).map(titleWord);
  return roleWords.has(first) || (RANKS.has(first) && roleWords.has(second));
}

/**
 * "the coordinator (Dana Reyes)"; the name alone when it starts with the role's title ("Professor Martin Hale", not
 * "the professor (Professor Martin Hale)"); the role alone when the course file names nobody.
 */
export function contactPhrase(course: ContactFields): string {
  const name = course.contacts.coordinator;
  const role = contactRole(course);
  if (!name) return role;
  return nameHasRole(name, role) ? name : `${role} (${name})`;
}

interface ChannelFields {
  contacts: { email?: string | undefined; private_channel?: PrivateChannel | undefined };
}

/** Where private requests go: `contacts.private_channel`, else the course e-mail (the schema requires one of them). */
export function privateChannel(course: ChannelFields): PrivateChannel {
  const { private_channel: channel, email } = course.contacts;
  return channel ?? { kind: 'email', address: email ?? '' };
}

/**
 * The private channel in Markdown: an address linked with a mail subject, a form linked as "the form for private
 * requests", a channel's name in bold (linked when it has a URL).
 */
export function privateChannelMarkdown(course: ChannelFields, subject: string): string {
  const channel = privateChannel(course);
  switch (channel.kind) {
    case 'email':
      return `[${channel.address}](mailto:${channel.address}?subject=${encodeURIComponent(subject)})`;
    case 'form':
      return `[the form for private requests](${channel.url})`;
    case 'named':
      return channel.url ? `[**${channel.name}**](${channel.url})` : `**${channel.name}**`;
  }
}

/**
 * The first line of a redirect: `replies.redirect_for` of its reason, else `replies.redirect`, else "send an
 * **e-mail** to …" when private requests go to an e-mail and "write to … through …" when they go to a form or a
 * named channel.
 */
export function redirectOpening(
  course: ChannelFields & ContactFields & { name: string; replies?: Replies },
  subject: string,
  reason?: RedirectReason,
): string {
  const isEmail = privateChannel(course).kind === 'email';
  const byDefault =
    reason === 'channel'
      ? isEmail
        ? DEFAULT_WORDING.redirect_about_channel
        : DEFAULT_WORDING.redirect_channel_about_channel
      : isEmail
        ? DEFAULT_WORDING.redirect
        : DEFAULT_WORDING.redirect_channel;
  return fillWording(
    (reason && course.replies?.redirect_for?.[reason]) ?? course.replies?.redirect ?? byDefault,
    redirectValues(course, subject),
  );
}

/** The values of the redirect's placeholders. */
function redirectValues(
  course: ChannelFields & ContactFields & { name: string },
  subject: string,
): Record<string, string> {
  const { email } = course.contacts;
  const channel = privateChannelMarkdown(course, subject);
  return {
    contact: contactPhrase(course),
    // (the course e-mail, linked as the channel links one; the channel itself when there is no e-mail)
    email: email ? privateChannelMarkdown({ contacts: { email } }, subject) : channel,
    private_channel: channel,
    course: course.name,
  };
}

/** Where to write about one's own case, said after a quote (DEFAULT_WORDING.own_case). */
export function ownCaseLine(
  course: ChannelFields & ContactFields & { name: string },
  subject: string,
): string {
  const isEmail = privateChannel(course).kind === 'email';
  return fillWording(
    isEmail ? DEFAULT_WORDING.own_case : DEFAULT_WORDING.own_case_channel,
    redirectValues(course, subject),
  );
}

/** Said of Canvas messages when the course file names no unanswered channel that is about Canvas. */
export const DEFAULT_CANVAS_NOT_READ = 'Messages sent here on Canvas are not read by the staff.';

interface GreetingFields extends ContactFields {
  contacts: ContactFields['contacts'] & ChannelFields['contacts'];
  name: string;
  private_requests?: { unanswered_channel?: string | undefined } | undefined;
  replies?: Replies;
}

/**
 * The first line of the reply to a Canvas message: `replies.canvas_inbox` when the course words it; else a hello
 * and, when `private_requests.unanswered_channel` is about Canvas, the sentence every redirect says of that channel
 * (`replies.unanswered_channel`), or else that messages sent here on Canvas are not read by the staff.
 */
export function canvasInboxGreeting(course: GreetingFields): string {
  const own = course.replies?.canvas_inbox;
  if (own) return fillWording(own, { course: course.name, contact: contactPhrase(course) });
  const hello = fillWording(DEFAULT_WORDING.canvas_inbox, { course: course.name });
  const privately = course.contacts.private_channel;
  if (privately && isCanvasInbox(privately))
    return `${hello} ${capitalise(contactPhrase(course))} reads these messages too and answers personal matters here.`;
  const channel = course.private_requests?.unanswered_channel;
  const notRead =
    channel && /\bcanvas\b/i.test(channel)
      ? fillWording(course.replies?.unanswered_channel ?? DEFAULT_WORDING.unanswered_channel, { channel })
      : DEFAULT_CANVAS_NOT_READ;
  return `${hello} ${notRead}`;
}

/** A private channel that is Canvas's own messages ("Canvas Inbox", "Messages on Canvas"). */
export function isCanvasInbox(channel: PrivateChannel): boolean {
  return channel.kind === 'named' && /\bcanvas\b/i.test(channel.name);
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "Jamie Carter" and "Professor Jamie Carter" are one person; case and spacing do not matter. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const [x, y] = [norm(a), norm(b)];
  return x !== '' && y !== '' && (x.endsWith(y) || y.endsWith(x));
}
