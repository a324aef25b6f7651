// Turns a typed command line ("/deadlines 3", "/announce Hi --at 2027-03-01 09:00") into command arguments.
import type { CommandDefinition, CommandOption } from './command.ts';

export type ParsedArgs = { ok: true; args: Record<string, unknown> } | { ok: false; message: string };

/**
 * Reads the rest of a command line against the command's options:
 * - `--name value` sets an option by name (the value runs to the next `--option` or the end);
 * - the other words fill the remaining options in order (but a `flagOnly` one), one word each, except that a `text` option,
 *   or the last option to receive words when it takes a string, takes everything left (spaces and newlines kept).
 * Numbers and booleans are converted when they look like one; anything else is passed on for the command's
 * own validation to name the problem.
 */
export function parseCommandArgs(command: CommandDefinition, rest: string): ParsedArgs {
  const byName = new Map(command.options.map((o) => [o.name, o]));
  const flag = /(?:^|\s)--([a-z][\w-]*)(?=\s|$)/gi;
  const flags: { option: CommandOption; start: number; valueStart: number }[] = [];
  for (const m of rest.matchAll(flag)) {
    const option = byName.get((m[1] ?? '').toLowerCase());
    if (option) flags.push({ option, start: m.index, valueStart: m.index + m[0].length });
  }
  const args: Record<string, unknown> = {};
  let empty: CommandOption | undefined;
  flags.forEach((f, i) => {
    const end = flags[i + 1]?.start ?? rest.length;
    const value = rest.slice(f.valueStart, end).trim();
    if (value === '' && f.option.type !== 'boolean') empty ??= f.option;
    args[f.option.name] = value === '' && f.option.type === 'boolean' ? true : convert(f.option, value);
  });
  if (empty)
    return { ok: false, message: `\`--${empty.name}\` needs a value. See \`help ${command.name}\`.` };
  let positional = rest.slice(0, flags[0]?.start ?? rest.length).trim();
  const open = command.options.filter((o) => !(o.name in args) && !o.flagOnly);
  for (let i = 0; i < open.length && positional !== ''; i++) {
    const option = open[i] as CommandOption;
    const isLast = i === open.length - 1;
    if (option.type === 'text' || (isLast && option.type === 'string')) {
      args[option.name] = positional;
      positional = '';
      break;
    }
    const m = /^(\S+)\s*([\s\S]*)$/.exec(positional);
    args[option.name] = convert(option, m?.[1] ?? '');
    positional = m?.[2] ?? '';
  }
  if (positional !== '') {
    // (a word left over that looks like an option the command does not have is named as such)
    const unknown = /(?:^|\s)--([a-z][\w-]*)/i.exec(rest)?.[1];
    if (unknown !== undefined && !byName.has(unknown.toLowerCase())) {
      const names = command.options.map((o) => `\`--${o.name}\``).join(', ');
      return {
        ok: false,
        message: `\`${command.name}\` has no option \`--${unknown}\`${names ? `; its options are ${names}` : ''}. See \`help ${command.name}\`.`,
      };
    }
    const n = command.options.filter((o) => !o.flagOnly).length;
    return {
      ok: false,
      message:
        n === 0
          ? `\`${command.name}\` takes no arguments.`
          : `\`${command.name}\` takes at most ${n} argument${n === 1 ? '' : 's'}; "${positional.slice(0, 40)}" is left over. See \`help ${command.name}\`.`,
    };
  }
  return { ok: true, args };
}

function convert(option: CommandOption, value: string): unknown {
  if ((option.type === 'integer' || option.type === 'number') && /^-?\d+(\.\d+)?$/.test(value))
    return Number(value);
  if (option.type === 'boolean') {
    if (/^(true|yes|on)$/i.test(value)) return true;
    if (/^(false|no|off)$/i.test(value)) return false;
  }
  return value;
}
