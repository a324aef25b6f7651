// Every chat command, once. Discord registration, the Slack manifest, the web chat and `help` all read this list.
import type { CommandDefinition } from '../src/core/command.ts';
import announce from './announce.ts';
import grade from './grade.ts';
import help from './help.ts';

export const commands: CommandDefinition[] = [grade, announce, help];
