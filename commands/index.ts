// Every chat command, once. Discord registration, the Slack manifest, the web chat and `help` all read this list.
import type { CommandDefinition } from '../src/core/command.ts';
import announce from './announce.ts';
import ask from './ask.ts';
import grade from './grade.ts';
import gradcheck from './gradcheck.ts';
import help from './help.ts';
import deadlines from './deadlines.ts';
import practicals from './practicals.ts';
import subscribe from './subscribe.ts';
import unsubscribe from './unsubscribe.ts';
import remindme from './remindme.ts';

export const commands: CommandDefinition[] = [
  ask,
  grade,
  gradcheck,
  announce,
  deadlines,
  practicals,
  subscribe,
  unsubscribe,
  remindme,
  help,
];
