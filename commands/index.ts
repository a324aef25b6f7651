// Every chat command, once. Discord registration, the Slack manifest, the web chat and `help` all read this list.
import type { CommandDefinition } from '../src/core/command.ts';

export const commands: CommandDefinition[] = [];
