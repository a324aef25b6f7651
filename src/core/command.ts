// The contract every chat command implements, whatever platform it runs on (Discord, Slack, web, CLI).
import type { z } from 'zod';
import type { Content } from '../content/load-content.ts';
import type { Clock } from './clock.ts';
import type { Core } from './core.ts';

export type Platform = 'web' | 'discord' | 'slack' | 'canvas' | 'cli';
export type Role = 'student' | 'ta';

/** Who is asking. `userId` is the platform's own id (never stored with question text). */
export interface Requester {
  platform: Platform;
  userId: string;
  role: Role;
  displayName?: string;
  /** Whom rate limits count against when not the user alone (web requests without a session share one). */
  limitKey?: string;
  /**
   * The incoming event this request answers, when the platform names it (Slack's event_id, a Discord message or
   * interaction, a web request's Idempotency-Key): a retry of the event carries the same id, so what the command
   * records (the question log) is recorded once.
   */
  eventId?: string;
}

export interface ReplySource {
  id: string;
  title: string;
  score: number;
}

export interface ReplyLink {
  label: string;
  url: string;
}

/**
 * What a command returns. Adapters render it: Discord embed / Slack blocks / HTML.
 * `times` lists instants mentioned in `text` as `{{time:N}}` placeholders so each platform can show them
 * in the reader's own zone (Discord `<t:UNIX:F>`, Slack `<!date^...>`); `fallback` is the course-zone text.
 */
export interface Reply {
  text: string;
  private: boolean;
  kind?: 'answer' | 'redirect' | 'fallback' | 'info' | 'error';
  sources?: ReplySource[];
  links?: ReplyLink[];
  times?: { at: Date; fallback: string }[];
  /** Machine-readable result for JSON APIs (for example the gradient checker's JSON). */
  data?: unknown;
}

export type OptionType = 'string' | 'text' | 'integer' | 'number' | 'boolean';

/** One option of a command, enough to build a Discord slash option, a Slack usage line and a web form. */
export interface CommandOption {
  name: string;
  description: string;
  type: OptionType; // 'text' is a long multi-line string (Discord modal, Slack modal, web textarea)
  required: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  choices?: readonly string[];
  /** On a typed command line only as `--name value`, never filled by position (an option most uses leave out). */
  flagOnly?: boolean;
}

export interface CommandContext {
  requester: Requester;
  clock: Clock;
  core: Core;
  /** Every command of the runner (for `help`, and for the bot's answers about itself). */
  commands: readonly CommandDefinition[];
}

export interface CommandDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  /** Help text: usage examples, shown by `help NAME`. */
  help?: string;
  options: readonly CommandOption[];
  /** Validates the arguments after the platform has parsed them into an object keyed by option name. */
  args: S;
  access: 'everyone' | 'ta';
  /** Where the command works; every platform when left out. Lists and `help` on other platforms leave it out. */
  platforms?: readonly Platform[];
  /**
   * How students ask for this command in plain words ("can you remind me"). With the description and help they
   * make the bot's generated answers about itself (see src/self-knowledge/), so the bot knows its own commands.
   */
  askedAs?: readonly string[];
  /**
   * For a command that only reads the course's content: what it says, without arguments, at a time. A question
   * answered by its generated entry gets this instead of the command explained ("which deadlines are coming up" lists
   * the deadlines), in chat and in `ask` on the command line.
   */
  whenAsked?: (content: Content, now: Date) => Reply;
  /**
   * Whether the course's content offers the command at all (the grade calculator needs a grading model); offered
   * when left out. The bot's answers about itself leave out a command its course does not offer.
   */
  offeredBy?: (content: Content) => boolean;
  /** A command every course has (`ask`, `help`): the course file cannot turn it off. */
  alwaysOn?: boolean;
  /**
   * What the command still does when the course file turns it off: undoing what a student turned on before
   * (`remindme off`, `unsubscribe`). Left out: nothing.
   */
  runsWhenOff?: (args: z.infer<S>) => boolean;
  /**
   * A line the command's help adds for this course's content, such as the calculator's example with the course's own
   * parts; undefined when it adds nothing. (The help text itself is one for every course.)
   */
  courseHelp?: (content: Content) => string | undefined;
  /**
   * The command's description in the course's own words, where the general one would mislead (the calculator's parts
   * in a course graded in parts, the course's name for its practical sessions); undefined: the general one.
   */
  describedFor?: (content: Content) => string | undefined;
  /**
   * For a command about the course's dates: what it says, instead of running, when the course lists none it works
   * with (`deadlines` in a course without deadlines); undefined when there are some. Asked about the command in plain
   * words ("what are the deadlines"), the bot says this rather than explaining the command.
   */
  withoutDates?: (content: Content, args?: z.infer<S>) => string | undefined;
  /** Per-user rate limit; commands sharing a bucket share the budget. Default: `general`, 30 a minute. */
  rateLimit?: { bucket: string; perMinute: number };
  execute(args: z.infer<S>, ctx: CommandContext): Promise<Reply> | Reply;
}

/** Typed helper for command modules: `export default defineCommand({ ... })` infers `args` from the schema. */
export function defineCommand<S extends z.ZodType>(definition: CommandDefinition<S>): CommandDefinition {
  return definition as unknown as CommandDefinition;
}

/**
 * Whether the course offers a command: its content has what the command works with (`offeredBy`), and the course
 * file does not turn it off (`commands.off`). A command that is not offered is left out of `help`, the web page and
 * the bot's answers about itself.
 */
export function offers(content: Content, command: CommandDefinition): boolean {
  return !turnedOff(content, command) && (command.offeredBy?.(content) ?? true);
}

/**
 * Whether the bot explains a command to this course (its entry among the bot's answers about itself, `help NAME`):
 * one it offers, and a date command in a course without dates, which says so when asked about ("how do I get the
 * deadlines in my calendar": there are none) though it is not listed.
 */
export function explains(content: Content, command: CommandDefinition): boolean {
  return (
    offers(content, command) ||
    (!turnedOff(content, command) && command.withoutDates?.(content) !== undefined)
  );
}

/** What the bot says of a command the course file turns off, typed or asked about by name. */
export function notUsedHere(content: Content, command: CommandDefinition): string {
  return `${content.course.name} does not use \`${command.name}\` here. Try \`help\` for the list.`;
}

/** Whether the course file turns the command off (`commands.off`; never `ask` or `help`). */
export function turnedOff(content: Content, command: CommandDefinition): boolean {
  return command.alwaysOn !== true && content.course.commands.off.includes(command.name);
}

/**
 * What is wrong with the course file's `commands.off`: each name that is no command, or one that cannot be off, with
 * its place in the list (`index`, for the line it is on).
 */
export function commandsOffProblems(
  content: Content,
  commands: readonly CommandDefinition[],
): { index: number; message: string }[] {
  return content.course.commands.off.flatMap((name, index) => {
    const message = commandOffProblem(name, commands);
    return message === undefined ? [] : [{ index, message }];
  });
}

/** What is wrong with one name of `commands.off`, or undefined when that command can be off. */
function commandOffProblem(name: string, commands: readonly CommandDefinition[]): string | undefined {
  const command = commands.find((c) => c.name === name);
  const can = commands.filter((c) => c.alwaysOn !== true).map((c) => c.name);
  if (command === undefined)
    return `"${name}" is no command of the bot; the commands that can be off are ${can.join(', ')}`;
  if (command.alwaysOn === true) return `"${name}" cannot be turned off (${can.join(', ')} can)`;
  return undefined;
}

/** Whether a command works on a platform (no `platforms` list: everywhere). */
export function worksOn(command: CommandDefinition, platform: Platform): boolean {
  return command.platforms === undefined || command.platforms.includes(platform);
}
