// The shapes of the course content files (faq/*.yaml, faq/course.yaml, schedules/*.yaml), checked with zod at load.
import { z } from 'zod';
import {
  describeDate,
  impossibleDateReason,
  LOCAL_DATE_PATTERN,
  parseLocalTime,
} from '../time/local-time.ts';
import { zoneProblem } from '../time/zone-advice.ts';
import { CONTENT_LIMITS } from './content-limits.ts';
import { deadlineLateSchema, gradingSchema } from './grading-schema.ts';
import { repliesSchema } from './reply-wording.ts';

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const idSchema = z
  .string({ error: 'is required: a short id of lowercase letters, digits, "-" or "_"' })
  .max(64, { error: 'is longer than 64 characters' })
  .regex(ID, {
    error: (i) => `${JSON.stringify(i.input)} is not an id: use lowercase letters, digits, "-" or "_"`,
  });
const text = (what: string, max: number) =>
  z
    .string({
      // A field written with nothing after it (`title:`) reads as null: it is empty, not of the wrong kind.
      error: (i) =>
        i.input === undefined
          ? `is required: ${what}`
          : i.input === null
            ? `is empty: write ${what}`
            : `must be text (put it in quotes): ${what}`,
    })
    .trim()
    .min(1, { error: `is empty: write ${what}` })
    .max(max, { error: `is longer than ${max} characters` });

const requestExamples = z.array(text('a private request as a student would write it', 300)).max(500);
const kindExamples = requestExamples.nullable().transform((v) => v ?? []);
/** The kinds of private request a course may give examples of (the unanswered channel's come from its name). */
export const REQUEST_EXAMPLE_KINDS = ['extension', 'circumstances', 'grade', 'private'] as const;
export type RequestExampleKind = (typeof REQUEST_EXAMPLE_KINDS)[number];

/** A course's private-request examples by kind; a plain list counts as `private` (no particular kind). */
export function requestExamplesByKind(
  examples: readonly string[] | Partial<Record<RequestExampleKind, readonly string[]>> | undefined,
): Record<RequestExampleKind, readonly string[]> {
  const isList = (x: typeof examples): x is readonly string[] => Array.isArray(x);
  const byKind: Partial<Record<RequestExampleKind, readonly string[]>> = isList(examples)
    ? { private: examples }
    : (examples ?? {});
  return {
    extension: byKind.extension ?? [],
    circumstances: byKind.circumstances ?? [],
    grade: byKind.grade ?? [],
    private: byKind.private ?? [],
  };
}

// ---------- FAQ entries ----------

export const faqEntrySchema = z.strictObject({
  id: idSchema,
  title: text('a short title', 200),
  questions: z
    .array(text('a question as a student would type it', 300), {
      error: (i) =>
        i.input === undefined || i.input === null
          ? 'is required: a list of questions'
          : 'must be a list of questions, one "- question" per line below it',
    })
    .min(2, { error: 'needs at least two ways students phrase the question' })
    .max(100, { error: 'has more than 100 questions' }),
  // A number among the tags (`tags: [lab, 1, 2]`) is a word like any other: YAML reads it as a number.
  tags: z
    .array(
      z
        .union([z.number().transform(String), z.string()], {
          error: 'must be text (put it in quotes): a tag',
        })
        .pipe(text('a tag', 50)),
    )
    .max(30)
    .default([]),
  answer: text('the answer in Markdown', 8000),
  see_also: z.array(idSchema).max(10).default([]),
});
export const faqFileSchema = z
  .array(faqEntrySchema, { error: 'must be a list of FAQ entries (each starting with "- id:")' })
  .max(1000);
export type FaqEntry = z.infer<typeof faqEntrySchema>;

// ---------- The course file ----------

const WORD = /^[a-z0-9][a-z0-9'-]{0,39}$/;

// (an address copied as a mail program or a browser's address bar shows it is refused with the address to write)
const emailSchema = z.email({
  error: (i) => {
    const bare = typeof i.input === 'string' ? /^mailto:(.+)$/i.exec(i.input.trim())?.[1] : undefined;
    return bare !== undefined && z.email().safeParse(bare).success
      ? `${JSON.stringify(i.input)} is not an e-mail address: write the address alone, ${JSON.stringify(bare)}`
      : `${JSON.stringify(i.input)} is not an e-mail address such as staff@university.edu (until the real one is known, a placeholder such as staff@example.edu is accepted, with a warning)`;
  },
});
const urlSchema = z.url({
  protocol: /^https?$/,
  error: (i) => {
    const host = typeof i.input === 'string' && /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(i.input.trim());
    return host
      ? `${JSON.stringify(i.input)} is not a web address: write it with https:// in front, ${JSON.stringify(`https://${String(i.input).trim()}`)}`
      : `${JSON.stringify(i.input)} is not an http(s) URL`;
  },
});

/**
 * Where private requests go when it is not (only) the course e-mail: an e-mail address, a web form's URL, or a named
 * channel ("Messages on Blackboard"), with a link when it has one (`{ name, url }`).
 */
const channelTextSchema = z
  .string()
  .trim()
  .min(1, { error: "is empty: write the address, the form's URL or the channel's name" })
  .max(300)
  .transform((v, ctx): PrivateChannel => {
    if (/^https?:\/\//i.test(v)) {
      if (urlSchema.safeParse(v).success) return { kind: 'form', url: v };
    } else if (!/@/.test(v) || /\s/.test(v)) return { kind: 'named', name: v };
    else if (emailSchema.safeParse(v).success) return { kind: 'email', address: v };
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(v)} is neither an e-mail address nor an http(s) URL: write the address, the form's URL, or the channel's name (such as Messages on Blackboard)`,
    });
    return z.NEVER;
  });
const channelObjectSchema = z
  .strictObject({
    name: text('the name students know the channel by, such as Messages on Blackboard', 200),
    url: urlSchema.optional(),
  })
  .transform((c): PrivateChannel => ({ kind: 'named', name: c.name, ...(c.url && { url: c.url }) }));
/**
 * Where private requests go when it is not (only) the course e-mail: an e-mail address, a web form's URL, or a named
 * channel ("Messages on Blackboard"), with a link when it has one (`{ name, url }`).
 */
const privateChannelSchema = z.unknown().transform((v, ctx): PrivateChannel => {
  if (typeof v !== 'string' && (typeof v !== 'object' || v === null || Array.isArray(v))) {
    ctx.addIssue({
      code: 'custom',
      message:
        "must be an e-mail address, a web form's URL, a channel's name (Messages on Blackboard), or { name, url }",
    });
    return z.NEVER;
  }
  const parsed = typeof v === 'string' ? channelTextSchema.safeParse(v) : channelObjectSchema.safeParse(v);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: v } as z.core.$ZodRawIssue);
  return z.NEVER;
});
export type PrivateChannel =
  | { kind: 'email'; address: string }
  | { kind: 'form'; url: string }
  | { kind: 'named'; name: string; url?: string };

export const courseSchema = z
  .strictObject({
    name: text('the course name', 200),
    code: z.string().trim().max(50).optional(),
    // A minimal course file is `name` and `contacts.email` or `contacts.private_channel` (a course that answers from its documents alone): the
    // rest has wording defaults, and without `grading` the grade calculator and late-penalty lines are off.
    website: urlSchema.optional(),
    contacts: z.strictObject({
      /** The course e-mail; private requests are sent here unless `private_channel` names another channel. */
      email: emailSchema.optional(),
      /** Where private requests go when not to `email` (a web form, "Messages on Blackboard"). */
      private_channel: privateChannelSchema.optional(),
      /** The person private requests reach, as replies name them ("Dr. Reyes"); without it replies name `role` alone. */
      coordinator: text('the name of the person private requests reach', 200).optional(),
      /** How replies refer to that person ("the instructor"); see contactRole for the default. */
      role: text('how replies refer to that person, such as "the instructor"', 100).optional(),
      discussion_board: text('where the discussion board is (a name or URL)', 300).default(
        "the course's discussion board",
      ),
      discussion_board_url: urlSchema.optional(),
    }),
    // Who teaches, all optional (many syllabi name nobody): the names count as people when a "who" question is
    // answered, and one lecturer who is also the coordinator makes replies say "the instructor".
    staff: z
      .strictObject(
        {
          lecturers: z.array(text("a lecturer's name", 200)).default([]),
          /** '' when the course file names no coordinator (a name's users skip empty names). */
          coordinator: text("the coordinator's name", 200).default(''),
          teaching_assistants: z.array(text("a TA's name", 200)).default([]),
          /** Anyone else the syllabus names on the staff: a faculty assistant, graders, a lab manager. */
          others: z.array(text("a staff member's name", 200)).default([]),
        },
        {
          error: (i) =>
            i.code === 'invalid_type'
              ? 'must list lecturers, coordinator, teaching_assistants or others under it (indented), or be left out'
              : undefined,
        },
      )
      .optional(),
    private_requests: z
      .strictObject({
        unanswered_channel: z.string().trim().min(1).max(200).optional(),
        // a list (read as private requests of no particular kind), or lists by kind, which picks the reply's wording
        examples: z
          .union(
            [
              requestExamples,
              // (a kind left with no examples, "private:" alone once its last example is deleted, has none)
              z.strictObject({
                extension: kindExamples.optional(),
                circumstances: kindExamples.optional(),
                grade: kindExamples.optional(),
                private: kindExamples.optional(),
              }),
            ],
            {
              error:
                'must be a list of private requests, or lists under extension, circumstances, grade or private (one kind of request each)',
            },
          )
          .default([]),
      })
      .default({ examples: [] }),
    // Chat commands the course does not use (`gradcheck` in a course without derivatives): left out of `help`, the web
    // page and the bot's answers about itself, and refused when typed. Which names exist is checked where the
    // commands are known (`validate`, `start`).
    commands: z
      .strictObject({
        off: z
          .array(
            z.string().regex(/^[a-z]+$/, {
              error: (i) =>
                `${JSON.stringify(i.input)} is not a command's name: write it as \`help\` lists it, such as gradcheck`,
            }),
            { error: 'must be a list of command names, such as [gradcheck]' },
          )
          .max(20)
          .default([]),
      })
      .default({ off: [] }),
    declined: z.array(text('a question the course does not answer here', 300)).max(500).default([]),
    synonyms: z
      .record(
        z.string(),
        z
          .array(
            z.string().regex(WORD, {
              error: (i) =>
                `${JSON.stringify(i.input)} is not one lower-case word: list each word students use on its own (a phrase cannot be a synonym)`,
            }),
            { error: 'must be a list of words students use, such as [lab, tutorial]' },
          )
          .min(1)
          .max(30),
      )
      .superRefine((synonyms, ctx) => {
        for (const key of Object.keys(synonyms)) {
          if (WORD.test(key)) continue;
          const word = key
            .toLowerCase()
            .split(/[^a-z0-9'-]+/)
            .find((w) => WORD.test(w));
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `${JSON.stringify(key)} is not one lower-case word: a synonym maps one word the FAQ uses to the words students use for it${
              word ? `; use one word of it, such as ${word}: [${(synonyms[key] ?? []).join(', ')}]` : ''
            }`,
          });
        }
      })
      .default({}),
    replies: repliesSchema,
    grading: gradingSchema.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.contacts.email === undefined && c.contacts.private_channel === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['contacts', 'email'],
        message:
          "is required: the e-mail private requests are sent to (or, when they go elsewhere, contacts.private_channel: a web form's URL or a channel such as Messages on Blackboard)",
      });
    else if (c.contacts.email === undefined) {
      const openings = [
        [['redirect'], c.replies?.redirect],
        ...Object.entries(c.replies?.redirect_for ?? {}).map(
          ([reason, s]) => [['redirect_for', reason], s] as const,
        ),
      ] as const;
      for (const [path, opening] of openings)
        if (opening?.includes('{email}'))
          ctx.addIssue({
            code: 'custom',
            path: ['replies', ...path],
            message:
              'uses {email}, but contacts has no email: write {private_channel} where the bot puts where to write',
          });
    }
  });
export type Course = z.infer<typeof courseSchema>;

// ---------- Schedules ----------

export const EVENT_TYPES = ['deadline', 'practical', 'lecture', 'exam', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/**
 * Other words by which students name events of a type, whatever their titles: "when is class" is about the lectures
 * (a course's own words for its events go in their aliases, or in the course file's synonyms).
 */
export const EVENT_TYPE_WORDS: Readonly<Record<EventType, readonly string[]>> = {
  deadline: [],
  practical: [],
  lecture: ['class'],
  exam: [],
  other: [],
};
export const LEAD_PATTERN = /^([1-9]\d{0,3})([mhdw])$/;

const localTimeText = z
  .union([z.string(), z.number()], {
    error: 'is required: a local time YYYY-MM-DD HH:mm',
  })
  .transform(String);
const localDateText = z
  .union([z.string(), z.number()])
  .transform(String)
  .refine((s) => LOCAL_DATE_PATTERN.test(s) && impossibleDateReason(s) === null, {
    error: (i) => describeDate(String(i.input)),
  });

/** A group written as the syllabus names it ("Tuesday section"), with the id to write ("tuesday-section"). */
function notAGroupId(issue: { input: unknown }): string {
  const written = String(issue.input);
  const id = written
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '');
  const such = ID.test(id) ? `, such as ${JSON.stringify(id)}` : '';
  return `${JSON.stringify(written)} is not a group id: use lowercase letters, digits, "-" or "_"${such}`;
}

const TBA_NOTE_MAX = 200;

/**
 * The type of an event that a syllabus names otherwise ("lab", "midterm"), to say which type to write (and to name a
 * course's practical sessions by its own word: `practicals`).
 */
export const TYPE_OF: Readonly<Record<string, EventType>> = {
  lab: 'practical',
  laboratory: 'practical',
  tutorial: 'practical',
  section: 'practical',
  recitation: 'practical',
  seminar: 'practical',
  workshop: 'practical',
  class: 'lecture',
  lesson: 'lecture',
  assignment: 'deadline',
  homework: 'deadline',
  submission: 'deadline',
  project: 'deadline',
  midterm: 'exam',
  final: 'exam',
  test: 'exam',
  holiday: 'other',
  break: 'other',
};

/**
 * Which type to write for a word that is not one: the type a syllabus's word for a kind of event is ("a lab is type
 * practical", also for "labs"), or the type itself for its plural ("write exam" for "exams"); null for other words.
 */
export function typeHint(written: string): string | null {
  const word = written.trim().toLowerCase();
  for (const w of [word, ...(word.endsWith('s') ? [word.slice(0, -1)] : [])]) {
    const type = Object.hasOwn(TYPE_OF, w) ? TYPE_OF[w] : undefined;
    if (type) return `${/^[aeiou]/.test(w) ? 'an' : 'a'} ${w} is type ${type}`;
    if (w !== word && (EVENT_TYPES as readonly string[]).includes(w)) return `write ${w}`;
  }
  return null;
}

export const eventSchema = z.strictObject({
  id: idSchema,
  type: z.enum(EVENT_TYPES, {
    error: (i) => {
      if (i.input === undefined) return `is required: one of ${EVENT_TYPES.join(', ')}`;
      const hint = typeHint(String(i.input));
      return `${JSON.stringify(i.input)} is not one of ${EVENT_TYPES.join(', ')}${hint ? `: ${hint}` : ''}`;
    },
  }),
  title: text('a title', 200),
  description: z.string().max(2000).optional(),
  group: z
    .string()
    .regex(ID, { error: notAGroupId })
    // (`subscribe exam` reads a kind of event where the group goes as the types: no group may be named like one)
    .refine((g) => !(EVENT_TYPES as readonly string[]).includes(g), {
      error: (i) =>
        `${JSON.stringify(i.input)} is a kind of event (${EVENT_TYPES.join(', ')}), which students filter by: name the group otherwise, such as "${String(i.input)}-group"`,
    })
    .optional(),
  /** No date yet ("date to be announced"): `true`, or a note on when it will be known; no `due` or `start` then. */
  tba: z
    .union([z.literal(true), z.string()], {
      error: (i) =>
        i.input === false
          ? 'is false: leave "tba" out and give the date once it is known'
          : `must be true, or a note in quotes such as tba: "announced in week 5" (${TBA_NOTE_MAX} characters at most)`,
    })
    .superRefine((v, ctx) => {
      if (typeof v !== 'string') return;
      if (v.trim() === '')
        ctx.addIssue({
          code: 'custom',
          message: 'is empty: write true, or a note on when the date will be known',
        });
      else if (v.length > TBA_NOTE_MAX)
        ctx.addIssue({ code: 'custom', message: `is longer than ${TBA_NOTE_MAX} characters` });
    })
    .transform((v) => (v === true ? v : v.trim()))
    .optional(),
  due: localTimeText.optional(),
  start: localTimeText.optional(),
  /** `tba`: the date (`start` as a date) is known, the time is announced later. */
  time: z
    .string({ error: 'must be tba (the time is announced later); a known time goes in "start"' })
    .transform((v) => v.trim().toLowerCase())
    .refine((v) => v === 'tba', {
      error: (i) =>
        `${JSON.stringify(i.input)} is not tba: "time" is only for a time announced later (time: tba); a known time goes in "start" ("2027-01-20 13:30")`,
    })
    .optional(),
  end: localTimeText.optional(),
  weekly_until: localDateText.optional(),
  daily_until: localDateText.optional(),
  skip: z.array(localDateText).max(100).default([]),
  aliases: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
  location: z.string().trim().max(300).optional(),
  url: urlSchema.optional(),
  remind: z
    .array(
      z.string().regex(LEAD_PATTERN, {
        error: (i) => `${JSON.stringify(i.input)} is not a lead time like 7d, 1w, 2h or 30m`,
      }),
    )
    .max(10)
    .optional(),
  /** This deadline's own late policy, over the course file's `grading.late`. */
  late: deadlineLateSchema.optional(),
  /** The Canvas assignment this deadline stands for: it overrides the one imported from Canvas. */
  canvas_id: z
    .number({ error: 'must be the number in the assignment address (/assignments/1234)' })
    .int({ error: 'must be a whole number' })
    .positive({ error: 'must be a positive number' })
    .optional(),
});

export const timezoneSchema = z
  .string({
    error: (i) =>
      i.input === undefined || i.input === null
        ? 'is required: an IANA time zone such as Europe/Amsterdam'
        : `${JSON.stringify(i.input)} is not a time zone: write an IANA time zone such as Europe/Amsterdam`,
  })
  .superRefine((zone, ctx) => {
    const problem = zoneProblem(zone);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** The file's outer shape; each event is then checked on its own so one bad event does not hide the others. */
export const scheduleFileSchema = z.strictObject({
  course: text('the course name shown in calendars', 200),
  timezone: z.unknown(),
  events: z
    .array(z.unknown(), { error: 'is required: a list of events' })
    .max(CONTENT_LIMITS.events, { error: `has more than ${CONTENT_LIMITS.events} events` }),
  canvas: z
    .strictObject({
      /** Canvas section id -> group: a section's own due date (an assignment override) becomes that group's. */
      sections: z
        .record(z.string(), z.string().regex(ID, { error: notAGroupId }))
        .superRefine((sections, ctx) => {
          if (Object.keys(sections).length > 500) {
            ctx.addIssue({ code: 'custom', message: 'has more than 500 sections' });
            return;
          }
          for (const key of Object.keys(sections)) {
            if (!/^\d{1,20}$/.test(key)) {
              ctx.addIssue({
                code: 'custom',
                path: [key],
                message: `${JSON.stringify(key)} is not a Canvas section number (the number in /sections/123)`,
              });
            }
          }
        })
        .default({}),
    })
    .optional(),
});
export type ScheduleFile = z.infer<typeof scheduleFileSchema>;
export type RawEvent = z.infer<typeof eventSchema>;

/** Re-exported so the schedule checks can describe local-time problems the same way everywhere. */
export function describeLocalTime(value: string, zone: string): string | null {
  const parsed = parseLocalTime(value, zone);
  if (parsed.ok) return null;
  if (parsed.reason === 'nonexistent') {
    return `"${value}" does not exist in ${zone} (the clocks skip it); pick a time outside the change`;
  }
  const seconds = /^(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}):\d{2}$/.exec(value.trim());
  if (seconds) return `"${value}" has seconds, which the schedule does not use: write "${seconds[1]}"`;
  const twelve = /^(\d{4}-\d{2}-\d{2}) (\d{1,2})(?::(\d{2}))? ?([ap])\.? ?m\.?$/i.exec(value.trim());
  const hour = Number(twelve?.[2]);
  if (twelve && hour >= 1 && hour <= 12) {
    const h24 = (hour % 12) + (twelve[4]?.toLowerCase() === 'p' ? 12 : 0);
    const time = `${twelve[1]} ${String(h24).padStart(2, '0')}:${twelve[3] ?? '00'}`;
    return `"${value}" is on the 12-hour clock: write "${time}"`;
  }
  const impossible = impossibleDateReason(value);
  if (impossible) return `"${value}" is not a real time: ${impossible}`;
  return `"${value}" is not a local time YYYY-MM-DD HH:mm`;
}
