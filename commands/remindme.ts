// `remindme on|off [leads]`: reminders as direct messages before deadlines and exams, optionally at your own times.
import { z } from 'zod';
import { defineCommand, type Reply } from '../src/core/command.ts';
import { errorReply } from '../src/core/run-command.ts';
import { DEFAULT_LEADS, parseLeadList } from '../src/reminders/leads.ts';
import { listsDates, noDatesText } from '../src/schedule/no-dates.ts';
import type { Content } from '../src/content/load-content.ts';

/** Turning reminders off always works; turning them on in a course without dates says why there will be none. */
const withoutDates = (content: Content, args?: { mode: 'on' | 'off' }): string | undefined =>
  args?.mode === 'off' ? undefined : noDatesText(content, 'I have no deadlines or exams to remind you of');

const MAX_LEADS = 5;

export default defineCommand({
  name: 'remindme',
  description: 'Get reminders before deadlines and exams as direct messages (on or off)',
  help: [
    'Usage: `remindme on`, `remindme on 1d,2h` (your own times before each deadline) or `remindme off`.',
    'Times: `30m`, `2h`, `1d` (same time of day, one calendar day earlier), `1w`.',
    `Without times you get each event's own reminders (by default ${DEFAULT_LEADS.deadline.join(', ')} before a deadline).`,
  ].join('\n'),
  options: [
    { name: 'mode', description: 'on or off', type: 'string', required: true, choices: ['on', 'off'] },
    {
      name: 'leads',
      description: 'When, e.g. 1d,2h (optional)',
      type: 'string',
      required: false,
      maxLength: 100,
    },
  ],
  args: z.strictObject({
    mode: z
      .string({ error: 'is required: on or off' })
      .trim()
      .toLowerCase()
      .pipe(z.enum(['on', 'off'], { error: 'must be on or off' })),
    leads: z.string().max(100, { error: 'is longer than 100 characters' }).optional(),
  }),
  access: 'everyone',
  // Direct messages exist on Discord and Slack only; the web chat has the feed and `subscribe` instead.
  platforms: ['discord', 'slack'],
  askedAs: [
    'can you remind me',
    'can you remind me before the deadline',
    'can I get reminders for deadlines',
    'will the bot notify me before the exam',
    'can I get notified before a deadline',
    'send me a reminder',
  ],
  rateLimit: { bucket: 'remindme', perMinute: 10 },
  withoutDates,
  offeredBy: listsDates,
  // (a student who opted in before the course turned the command off can still opt out)
  runsWhenOff: (args) => args.mode === 'off',
  execute(args, { core, clock, requester }): Reply {
    const none = withoutDates(core.content, args);
    if (none !== undefined) return { text: none, private: true, kind: 'info' };
    const { platform, userId } = requester;
    if (args.mode === 'off') {
      const was = core.reminders.optOut(platform, userId);
      return {
        text: was
          ? 'Direct-message reminders are off. Reminders still appear in the course channel and feed.'
          : 'Direct-message reminders were already off.',
        private: true,
        kind: 'info',
      };
    }
    if (!core.reminders.canDirect(platform)) {
      return errorReply(
        `Direct messages are not available here (${platform}). Reminders are posted in the course feed; ` +
          'use `subscribe` to get them in your calendar app.',
      );
    }
    let leads: string[] | undefined;
    if (args.leads !== undefined && args.leads.trim() !== '') {
      const parsed = parseLeadList(args.leads);
      if (!parsed.ok) {
        return errorReply(
          `\`leads\`: ${parsed.bad.map((b) => `"${b.slice(0, 20)}"`).join(', ')} ${parsed.bad.length === 1 ? 'is not a time' : 'are not times'} like 30m, 2h, 1d or 1w.`,
        );
      }
      if (parsed.leads.length > MAX_LEADS) return errorReply(`\`leads\`: give at most ${MAX_LEADS} times.`);
      leads = parsed.leads;
    }
    core.reminders.optIn({ platform, userId, ...(leads && { leads }) }, clock.now());
    return {
      text: leads
        ? `Done: you'll get a direct message ${leads.join(', ')} before each deadline and exam. \`remindme off\` stops them.`
        : "Done: you'll get each deadline's and exam's reminders as direct messages. `remindme off` stops them.",
      private: true,
      kind: 'info',
    };
  },
});
