// The commands registered once on a platform (Discord's slash commands, the Slack manifest): those the course offers
// (`offers`, as help lists them), judged on the content as the running bot has it, whose schedule holds the deadlines
// read from Canvas when Canvas is configured.
import type { Config } from '../config.ts';
import type { Content } from '../content/load-content.ts';
import { offers, type CommandDefinition } from '../core/command.ts';
import { canvasSettings } from '../platforms/canvas/canvas-config.ts';
import { listsNoDates } from '../schedule/no-dates.ts';
import { scheduleAsRun } from './load-or-report.ts';

export function offeredCommands(
  commands: readonly CommandDefinition[],
  content: Content,
  config: Config,
  warn: (line: string) => void,
): CommandDefinition[] {
  const asRun = { ...content, schedule: scheduleAsRun(content.schedule, config) };
  if (canvasSettings(config) && listsNoDates(asRun.schedule)) {
    warn(
      'Note: no dates yet, in the schedule or from Canvas, so deadlines, subscribe, unsubscribe and remindme are left out. Run this again once the bot has read the Canvas assignments (`canvas deadlines` shows them).',
    );
  }
  return commands.filter((c) => offers(asRun, c));
}
