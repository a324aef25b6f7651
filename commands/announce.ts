// `announce TEXT [--at TIME]`, `announce list`, `announce cancel ID`: TA announcements to every platform's channel.
import { DateTime } from 'luxon';
import { z } from 'zod';
import { defineCommand, type Reply } from '../src/core/command.ts';
import type { Core } from '../src/core/core.ts';
import { errorReply } from '../src/core/run-command.ts';
import type { Announcement } from '../src/announcements/announcement-store.ts';
import type { AnnouncementService } from '../src/announcements/announcement-service.ts';
import { formatLocal, impossibleDateReason, parseLocalTime } from '../src/time/local-time.ts';

export const MAX_ANNOUNCEMENT_LENGTH = 2000;
const MAX_DAYS_AHEAD = 366;
const TRAILING_AT = /\s+--at\s+(.+)$/;

export default defineCommand({
  name: 'announce',
  description: 'Post an announcement to every platform, now or later (TA only); also `list` and `cancel ID`',
  help: [
    'Examples:',
    '- `announce The practical of Thursday is in room NU-2A05` (posts now)',
    '- `announce Reminder: assignment 2 is due tonight --at 2027-03-07 12:00` (local time in the course zone)',
    '- `announce list` (scheduled announcements with their ids)',
    '- `announce cancel 3`',
  ].join('\n'),
  options: [
    {
      name: 'text',
      description: 'The announcement (Markdown), or `list`, or `cancel ID`',
      type: 'text',
      required: true,
      maxLength: MAX_ANNOUNCEMENT_LENGTH,
    },
    {
      name: 'at',
      description: 'When to post: YYYY-MM-DD HH:mm, course time zone',
      type: 'string',
      required: false,
      maxLength: 16,
    },
  ],
  args: z.strictObject({
    text: z
      .string({ error: 'is required: the announcement, `list` or `cancel ID`' })
      .trim()
      .min(1, { error: 'is empty: write the announcement' })
      .max(MAX_ANNOUNCEMENT_LENGTH + 30, { error: `is longer than ${MAX_ANNOUNCEMENT_LENGTH} characters` }),
    at: z.string().trim().max(40, { error: 'is not a time YYYY-MM-DD HH:mm' }).optional(),
  }),
  access: 'ta',
  askedAs: ['how do I post an announcement', 'how do TAs announce something to everyone'],
  rateLimit: { bucket: 'announce', perMinute: 10 },
  async execute(args, { core }) {
    const store = core.announcements;
    const sub = subCommand(args.text, args.at);
    if (sub?.kind === 'invalid') return errorReply(sub.message);
    if (sub?.kind === 'list') return listReply(store, core);
    if (sub?.kind === 'cancel') return cancelReply(store, sub.id);
    let text = args.text;
    let at = args.at;
    // Typed command lines (Slack, web) have `--at` split off by parseCommandArgs; a TA who types it into
    // Discord's text option or modal, or into a web JSON `text`, still means the time.
    const trailing = TRAILING_AT.exec(text);
    if (at === undefined && trailing) {
      at = trailing[1]?.trim();
      text = text.slice(0, trailing.index).trim();
    }
    if (text.length > MAX_ANNOUNCEMENT_LENGTH) {
      return errorReply(`\`text\`: the announcement is longer than ${MAX_ANNOUNCEMENT_LENGTH} characters.`);
    }
    if (!text) return errorReply('`text`: the announcement is empty.');
    const now = core.clock.now();
    if (at === undefined || at === '') return postNow(store, text);
    return schedule(core, store, text, at, now);
  },
});

/** How long `announce` waits for the platforms before answering; slower ones keep going in the background. */
const REPLY_WAIT_MS = 3_000;

async function postNow(store: AnnouncementService, text: string): Promise<Reply> {
  const posted = await store.postNow(text, REPLY_WAIT_MS);
  if (!posted) {
    return errorReply('No announcement channel is configured on any platform, so there is nowhere to post.');
  }
  const { announcement: a, records } = posted;
  const sent = records.filter((r) => r.status === 'sent').map((r) => r.destination);
  const retrying = records.filter((r) => r.status === 'pending' && r.attempts > 0);
  const waiting = records.filter(
    (r) => r.status === 'sending' || (r.status === 'pending' && r.attempts === 0),
  );
  const givenUp = records.filter((r) => r.status === 'given_up');
  const lines = [`Announcement #${a.id} posted to ${sent.length ? sent.join(', ') : 'no channel yet'}.`];
  if (waiting.length) lines.push(`Still posting to ${waiting.map((r) => r.destination).join(', ')}.`);
  if (retrying.length) {
    lines.push(
      `It could not be posted to ${retrying.map((r) => r.destination).join(', ')} yet; the bot keeps trying for a day (see its log).`,
    );
  }
  if (givenUp.length) lines.push(`It was not posted to ${givenUp.map((r) => r.destination).join(', ')}.`);
  const problem = retrying.length + givenUp.length > 0;
  return { text: lines.join('\n'), private: true, kind: problem && !sent.length ? 'error' : 'info' };
}

function schedule(core: Core, store: AnnouncementService, text: string, at: string, now: Date): Reply {
  const zone = core.content.schedule.timezone;
  const parsed = parseLocalTime(at, zone);
  if (!parsed.ok) {
    const impossible = impossibleDateReason(at);
    return errorReply(
      parsed.reason === 'nonexistent'
        ? `\`at\`: ${at} does not exist in ${zone} (the clocks skip it). Pick another time.`
        : impossible
          ? `\`at\`: ${at} is not a real time: ${impossible}.`
          : `\`at\`: "${at.slice(0, 40)}" is not a time. Write it as YYYY-MM-DD HH:mm in ${zone}, for example 2027-03-01 09:00.`,
    );
  }
  const due = parsed.time.toJSDate();
  if (due.getTime() <= now.getTime()) {
    return errorReply(
      `\`at\`: ${at} is in the past (it is now ${formatLocal(now, zone)}). Leave out \`at\` to post now.`,
    );
  }
  if (parsed.time > DateTime.fromJSDate(now, { zone }).plus({ days: MAX_DAYS_AHEAD })) {
    return errorReply(`\`at\`: ${at} is more than a year ahead.`);
  }
  const a = store.schedule(text, due);
  return {
    text: `Announcement #${a.id} scheduled for ${formatLocal(due, zone)}. Cancel it with \`announce cancel ${a.id}\`.`,
    private: true,
    kind: 'info',
  };
}

function listReply(store: AnnouncementService, core: Core): Reply {
  const pending = store.pending();
  if (pending.length === 0) return { text: 'No announcements are scheduled.', private: true, kind: 'info' };
  const zone = core.content.schedule.timezone;
  const lines = [
    '**Scheduled announcements**',
    ...pending.map((a) => `- #${a.id} at ${formatLocal(a.dueAt, zone)}: ${preview(a)}`),
  ];
  return { text: lines.join('\n'), private: true, kind: 'info' };
}

/**
 * A text whose first word is `list` or `cancel` is that sub-command, and must be exactly its form: anything else
 * (`cancel 1 OR 1=1`, `list all`) is refused with its usage rather than posted to everyone as an announcement.
 */
const SUB_COMMAND = /^(list|cancel)(?=\s|$)/i;
const LIST_USAGE = '`announce list` takes nothing after `list`.';
const CANCEL_USAGE =
  '`announce cancel ID` takes one announcement id, a number, for example `announce cancel 3` (see `announce list`).';
const AVOID_SUB_COMMAND =
  'To post an announcement that begins with that word, begin it differently, for example with **bold**.';
const subCommandArgs = z.union([
  z.tuple([z.literal('list')]),
  z.tuple([
    z.literal('cancel'),
    z
      .string()
      .regex(/^#?\d{1,9}$/)
      .transform((id) => Number(id.replace('#', ''))),
  ]),
]);

type SubCommand = { kind: 'list' } | { kind: 'cancel'; id: number } | { kind: 'invalid'; message: string };

function subCommand(text: string, at: string | undefined): SubCommand | undefined {
  const name = SUB_COMMAND.exec(text)?.[1]?.toLowerCase();
  if (name === undefined) return undefined;
  const usage = name === 'list' ? LIST_USAGE : CANCEL_USAGE;
  const words = text.split(/\s+/);
  const parsed = subCommandArgs.safeParse([name, ...words.slice(1)]);
  if (!parsed.success || at !== undefined) {
    const why = at !== undefined ? `\`${name}\` takes no \`at\`. ` : '';
    return { kind: 'invalid', message: `${why}${usage} ${AVOID_SUB_COMMAND}` };
  }
  const [, id] = parsed.data;
  return id === undefined ? { kind: 'list' } : { kind: 'cancel', id };
}

function cancelReply(store: AnnouncementService, id: number): Reply {
  if (store.cancel(id)) return { text: `Announcement #${id} cancelled.`, private: true, kind: 'info' };
  const existing = store.get(id);
  return errorReply(
    existing
      ? `Announcement #${id} cannot be cancelled: it is ${existing.status === 'done' ? 'already posted' : existing.status}.`
      : `There is no announcement #${id}. See \`announce list\`.`,
  );
}

function preview(a: Announcement): string {
  const oneLine = a.text.replace(/\s+/g, ' ');
  return oneLine.length > 80 ? `${oneLine.slice(0, 80)}…` : oneLine;
}
