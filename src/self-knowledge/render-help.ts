// The text of `help`, and of the bot's generated answers about itself, from the command definitions.
import { worksOn, type CommandDefinition, type Platform, type Role } from '../core/command.ts';
import { andList } from '../core/and-list.ts';
import type { Content } from '../content/load-content.ts';

const PLATFORM_NAMES: Record<Platform, string> = {
  discord: 'Discord',
  slack: 'Slack',
  canvas: 'Canvas',
  web: 'the web chat',
  cli: 'the command line',
};

/** `deadlines [count]`, `announce <text> [at]`: required options in <>, optional ones in []. */
export function usageLine(c: CommandDefinition): string {
  const opts = c.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
  return [c.name, ...opts].join(' ');
}

/** " (Discord and Slack only)" for a command that does not work everywhere; "" otherwise. */
export function platformNote(c: CommandDefinition): string {
  if (!c.platforms) return '';
  return ` (${andList(c.platforms.map((p) => PLATFORM_NAMES[p]))} only)`;
}

/** A command's description, in the course's words when it has some for this content (`describedFor`). */
export function descriptionFor(c: CommandDefinition, content?: Content): string {
  return (content && c.describedFor?.(content)) ?? c.description;
}

/** One command in full: description, usage, options with their bounds, and its examples. */
export function renderCommandHelp(c: CommandDefinition, content?: Content): string {
  const lines = [
    `**${c.name}**${c.access === 'ta' ? ' (teaching assistants only)' : ''}${platformNote(c)}: ${descriptionFor(c, content)}`,
  ];
  lines.push('', `Usage: \`${usageLine(c)}\``);
  if (c.options.length) {
    lines.push('');
    for (const o of c.options) {
      const range = o.min !== undefined || o.max !== undefined ? `${o.min ?? '…'} to ${o.max ?? '…'}` : '';
      const bounds = [
        o.choices ? `one of ${o.choices.join(', ')}` : '',
        // (a description that gives the range already, "How many (1 to 20, default 5)", is not followed by it again)
        o.description.includes(range) ? '' : range,
        o.maxLength ? `at most ${o.maxLength} characters` : '',
      ].filter(Boolean);
      lines.push(
        `- \`${o.name}\`${o.required ? '' : ' (optional)'}: ${o.description}${bounds.length ? ` (${bounds.join('; ')})` : ''}`,
      );
    }
  }
  if (c.help) lines.push('', c.help);
  return lines.join('\n');
}

/**
 * The name of the command a message asks help on, typed as words without the slash that runs help ("help grade",
 * "Help /deadlines?"); undefined for anything else ("help me"). Whether it is a command's name is the caller's to check.
 */
export function helpAskedOn(text: string): string | undefined {
  return /^help\s+[/!]?([a-z][\w-]{0,39})[\s?!.]*$/i.exec(text.trim())?.[1]?.toLowerCase();
}

/** The command a name asks about ("grade", "/grade", "Grade"), if there is one. */
export function findCommand(
  commands: readonly CommandDefinition[],
  name: string,
): CommandDefinition | undefined {
  return commands.find((x) => x.name === name.trim().replace(/^\//, '').toLowerCase());
}

/**
 * The list of commands a role may run, or one command explained (null when there is no such command).
 * With a platform, commands that do not work there are left out; without one (an answer that any platform may
 * show), they are listed with the platforms where they work. With the course's content, each is described in its
 * words.
 */
export function renderHelp(
  commands: readonly CommandDefinition[],
  role: Role,
  name?: string,
  platform?: Platform,
  content?: Content,
): string | null {
  const visible = commands.filter(
    (c) => (c.access === 'everyone' || role === 'ta') && (!platform || worksOn(c, platform)),
  );
  if (name) {
    const c = findCommand(commands, name);
    return c ? renderCommandHelp(c, content) : null;
  }
  const lines = ['**Commands**', ''];
  for (const c of visible)
    lines.push(`- \`${usageLine(c)}\`: ${descriptionFor(c, content)}${platform ? '' : platformNote(c)}`);
  lines.push('', 'Ask a question in plain words, or see `help COMMAND` for one command with examples.');
  return lines.join('\n');
}
