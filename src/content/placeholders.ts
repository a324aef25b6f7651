// Placeholders a new course may still have in place: they load fine, but students would see them.
import type { Content } from './load-content.ts';
import { DEFAULT_SCHEDULE_FILE } from './load-content.ts';
import { loadSchedule } from './load-schedule.ts';
import { SKELETON_SCHEDULE } from '../init-course/init-course.ts';

/** How the skeleton's FAQ answers begin until a TA writes them. */
export const TODO = 'TODO:';

/** Domains reserved for examples (RFC 2606): nobody receives mail there. */
const EXAMPLE_DOMAIN = /(^|\.)example\.(org|com|net|edu)$/i;

export interface PlaceholderContext {
  /** PUBLIC_URL as configured; unset means calendar links point at localhost. */
  publicUrl: string | undefined;
}

/** One line per placeholder still in place, saying what to change; empty when there are none. */
export function placeholderWarnings(content: Content, ctx: PlaceholderContext): string[] {
  const out: string[] = [];
  const { course, schedule } = content;
  const channel = course.contacts.private_channel;
  for (const [field, email] of [
    ['contacts.email', course.contacts.email],
    ['contacts.private_channel', channel?.kind === 'email' ? channel.address : undefined],
  ] as const) {
    if (email && EXAMPLE_DOMAIN.test(email.split('@')[1] ?? ''))
      out.push(
        // (with a private channel of another kind, the e-mail only appears in answers that tell students to e-mail)
        field === 'contacts.email' && channel && channel.kind !== 'email'
          ? `course.yaml ${field} is ${email}, an example address: answers that tell students to e-mail would show it (private requests go to contacts.private_channel). Put the course's real address there, or leave contacts.email out.`
          : `course.yaml ${field} is ${email}, an example address: private requests would be sent nowhere. Put the course's real address there.`,
      );
  }
  for (const [field, url] of [
    ['website', course.website],
    ['contacts.discussion_board_url', course.contacts.discussion_board_url],
    [
      'contacts.private_channel',
      channel?.kind === 'form' ? channel.url : channel?.kind === 'named' ? channel.url : undefined,
    ],
  ] as const) {
    if (url && EXAMPLE_DOMAIN.test(new URL(url).hostname))
      out.push(`course.yaml ${field} is ${url}, an example address: put the course's own there.`);
  }
  for (const [file, label] of [
    [DEFAULT_SCHEDULE_FILE, "the sample term's dates (schedules/sample.yaml)"],
    [SKELETON_SCHEDULE, 'the placeholder dates init-course wrote'],
  ] as const) {
    const dates = startTimes(file);
    const same = schedule.events.filter((e) => dates.has(e.start)).length;
    if (same > 0 && (same >= 3 || same === schedule.events.length)) {
      out.push(
        `${same} of the schedule's ${schedule.events.length} events are on ${label}: replace them with this term's.`,
      );
    }
  }
  const todo = content.faq.filter((e) => e.answer.trimStart().startsWith(TODO));
  if (todo.length > 0) {
    out.push(
      `${todo.length} FAQ answer${todo.length === 1 ? '' : 's'} still start${todo.length === 1 ? 's' : ''} with ${TODO} (${todo
        .slice(0, 5)
        .map((e) => e.id)
        .join(', ')}${todo.length > 5 ? ', …' : ''}): write the course's answer.`,
    );
  }
  if (ctx.publicUrl && EXAMPLE_DOMAIN.test(new URL(ctx.publicUrl).hostname))
    out.push(`PUBLIC_URL is ${ctx.publicUrl}, an example address: set it to the address students use.`);
  return out;
}

/**
 * An unset PUBLIC_URL: a setting of the running bot, not of the content. `start` warns of it; `validate`, which a TA
 * runs while writing content, notes it apart from the content's placeholders.
 */
export function unsetPublicUrl(ctx: PlaceholderContext): string | null {
  return ctx.publicUrl
    ? null
    : 'PUBLIC_URL is not set: calendar links would read webcal://localhost…, which only works on this machine. Set it to the address students use when you deploy the bot (docs/deploying.md); it does not affect the content.';
}

function startTimes(file: string): Set<string> {
  const loaded = loadSchedule(file);
  return new Set(loaded.ok ? loaded.value.events.map((e) => e.start) : []);
}
