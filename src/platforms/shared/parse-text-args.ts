// Maps free text onto a command's options (board questions) and finds the long-text options (modals).
// Command lines (`/course deadlines 3`) are parsed by src/web/command-line.ts, so every platform shares one syntax.
import type { CommandOption } from '../../core/command.ts';

/** For free-text messages (discussion board, mentions, DMs): the command's first string option gets the text. */
export function freeTextArgs(options: readonly CommandOption[], text: string): Record<string, unknown> {
  const option = options.find((o) => o.type === 'string' || o.type === 'text');
  return option ? { [option.name]: text } : {};
}

/** Long multi-line options (`text`), which both platforms collect through a modal when they are missing. */
export function longTextOptions(options: readonly CommandOption[]): CommandOption[] {
  return options.filter((o) => o.type === 'text');
}
