// The commands registered once on a platform (Discord's slash commands, the Slack manifest): those the course offers
// (`offers`, as help lists them), judged on the content as the running bot has it, whose schedule holds the deadlines
// read from Canvas when Canvas is configured.
import { commands } from '../../commands/index.ts';
import type { Config } from '../config.ts';
import type { Content } from '../content/load-content.ts';
import { offers, type CommandDefinition } from '../core/command.ts';
import { canvasSettings } from '../platforms/canvas/canvas-config.ts';
import { withStoredCanvasDeadlines } from '../platforms/canvas/deadline-sync.ts';
import { listsNoDates } from '../schedule/no-dates.ts';

export function offeredCommands(
  content: Content,
  config: Config,
  warn: (line: string) => void,
): CommandDefinition[] {
  const canvas = canvasSettings(config) !== null;
  const asRun = canvas
    ? { ...content, schedule: withStoredCanvasDeadlines(content.schedule, config.databaseFile) }
    : content;
  if (canvas && listsNoDates(asRun.schedule)) {
    warn(
      'Note: no dates yet, in the schedule or from Canvas, so deadlines, subscribe, unsubscribe and remindme are left out. Run this again once the bot has read the Canvas assignments (`canvas deadlines` shows them).',
    );
  }
  return commands.filter((c) => offers(asRun, c));
}
