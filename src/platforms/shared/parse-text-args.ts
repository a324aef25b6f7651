// Parses a line typed after a command (`/course deadlines 3`, `ask "why is it nan"`) into the command's options.
import type { CommandOption } from '../../core/command.ts';

interface Token {
  value: string;
  start: number;
}

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };

/** Splits on whitespace; quoted parts (straight or curly quotes) stay one token, without their quotes. */
export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i] ?? '')) i++;
    if (i >= line.length) break;
    const start = i;
    let value = '';
    while (i < line.length && !/\s/.test(line[i] ?? '')) {
      const ch = line[i] ?? '';
      const close = QUOTES[ch];
      if (close) {
        const end = line.indexOf(close, i + 1);
        if (end > i) {
          value += line.slice(i + 1, end);
          i = end + 1;
          continue;
        }
      }
      value += ch;
      i++;
    }
    tokens.push({ value, start });
  }
  return tokens;
}

/**
 * Positional values fill the options in order; `name=value` sets one by name. A long-text option, or the last
 * string option left, takes the rest of the line as typed (so `ask how do I submit?` and
 * `announce Lab moved to room 3` need no quotes, and a multi-line text keeps its line breaks); options after a
 * long text are set by name (`announce at=2026-03-02T10:00 Lab moved`). Values are only converted when they
 * look right: the command's zod schema reports the rest.
 */
export function parseTextArgs(options: readonly CommandOption[], line: string): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  const tokens = tokenize(line);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const named = /^([a-z][\w-]*)=([\s\S]*)$/i.exec(token.value);
    const byName = named && options.find((o) => o.name === named[1] && !(o.name in args));
    if (named && byName) {
      args[byName.name] = convert(byName, named[2] ?? '');
      continue;
    }
    const unset = options.filter((o) => !(o.name in args));
    const option = unset[0];
    if (!option) break;
    const swallows = option.type === 'text' || (option.type === 'string' && unset.length === 1);
    if (swallows && i < tokens.length - 1) {
      args[option.name] = line.slice(token.start).trim();
      break;
    }
    args[option.name] = convert(option, token.value);
  }
  return args;
}

function convert(option: CommandOption, value: string): unknown {
  switch (option.type) {
    case 'integer':
    case 'number':
      return /^[-+]?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    case 'boolean':
      if (/^(true|yes|on|1)$/i.test(value)) return true;
      if (/^(false|no|off|0)$/i.test(value)) return false;
      return value;
    default:
      return value;
  }
}

/** For free-text messages (discussion board, mentions, DMs): the command's first string option gets the text. */
export function freeTextArgs(options: readonly CommandOption[], text: string): Record<string, unknown> {
  const option = options.find((o) => o.type === 'string' || o.type === 'text');
  return option ? { [option.name]: text } : {};
}

/** Long multi-line options (`text`), which both platforms collect through a modal when they are missing. */
export function longTextOptions(options: readonly CommandOption[]): CommandOption[] {
  return options.filter((o) => o.type === 'text');
}
