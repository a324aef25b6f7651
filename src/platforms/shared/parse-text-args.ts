// Maps free text onto a command call: a bare command name runs that command, and so does a command line that starts
// with / or ! ("/deadlines 3"); anything else is a question for `ask`. Command lines are parsed by
// src/core/command-line.ts, so every platform shares one syntax.
import { parseCommandArgs } from '../../core/command-line.ts';
import { worksOn, type CommandDefinition, type CommandOption, type Platform } from '../../core/command.ts';
import { helpAskedOn } from '../../self-knowledge/render-help.ts';

/** For free-text messages (discussion board, mentions, DMs): the command's first string option gets the text. */
export function freeTextArgs(options: readonly CommandOption[], text: string): Record<string, unknown> {
  const option = options.find((o) => o.type === 'string' || o.type === 'text');
  return option ? { [option.name]: text } : {};
}

export interface FreeTextCall {
  name: string;
  args: Record<string, unknown>;
  /** True when the text called a command by its name: the student asked for that command, not a question. */
  bare: boolean;
}

/**
 * What free text from a platform means. A message that is only a command's name ("help", "deadlines", "/subscribe",
 * "subscribe?") runs that command when it needs no arguments and works here; otherwise it gets that command's help.
 * A command line that starts with / or ! ("/deadlines 3", "!practicals thu-a") runs its command with the rest read
 * as the web chat reads it (command-line.ts), or gets the command's help when the rest does not fit its options or
 * the command does not work here; a command's name followed by words without / or ! ("practicals on friday?") is a
 * question. Anything else is a question for `ask`. Undefined when there is no `ask` to send it to.
 */
export function freeTextCall(
  commands: ReadonlyMap<string, CommandDefinition>,
  text: string,
  platform: Platform,
): FreeTextCall | undefined {
  const trimmed = text.trim();
  const name = /^[/!]?([a-z][\w-]{0,39})[\s?!.]*$/i.exec(trimmed)?.[1]?.toLowerCase();
  const command = name === undefined ? undefined : commands.get(name);
  if (command) {
    const runnable = command.options.every((o) => !o.required) && worksOn(command, platform);
    if (runnable) return { name: command.name, args: {}, bare: true };
    if (commands.has('help')) return { name: 'help', args: { command: command.name }, bare: true };
  }
  // ("help grade" without the slash, as a student types it into a channel: help on that command)
  const helpOn = helpAskedOn(trimmed);
  if (helpOn !== undefined && commands.has(helpOn) && commands.has('help'))
    return { name: 'help', args: { command: helpOn }, bare: true };
  const line = /^[/!]([a-z][\w-]{0,39})\s+(\S[\s\S]*)$/i.exec(trimmed);
  const lineCommand = line ? commands.get((line[1] ?? '').toLowerCase()) : undefined;
  if (line && lineCommand) {
    const parsed = parseCommandArgs(lineCommand, line[2] ?? '');
    if (parsed.ok && worksOn(lineCommand, platform))
      return { name: lineCommand.name, args: parsed.args, bare: true };
    if (commands.has('help')) return { name: 'help', args: { command: lineCommand.name }, bare: true };
  }
  const ask = commands.get('ask');
  return ask ? { name: 'ask', args: freeTextArgs(ask.options, text), bare: false } : undefined;
}

/** Long multi-line options (`text`), which both platforms collect through a modal when they are missing. */
export function longTextOptions(options: readonly CommandOption[]): CommandOption[] {
  return options.filter((o) => o.type === 'text');
}
