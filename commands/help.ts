// `help [command]`: generated from the command list, so it never disagrees with what the bot can do.
import { z } from 'zod';
import { defineCommand, explains, notUsedHere, offers, turnedOff } from '../src/core/command.ts';
import { errorReply } from '../src/core/run-command.ts';
import { findCommand, renderHelp } from '../src/self-knowledge/render-help.ts';

export default defineCommand({
  name: 'help',
  description: 'List the commands, or explain one: help [command]',
  help: 'Examples: `help`, `help deadlines`.',
  options: [
    { name: 'command', description: 'A command to explain', type: 'string', required: false, maxLength: 40 },
  ],
  args: z.strictObject({
    command: z.string().max(40, { error: 'is longer than 40 characters' }).optional(),
  }),
  access: 'everyone',
  alwaysOn: true,
  askedAs: [
    'what can you do',
    'what can this bot do',
    'what commands are there',
    'how do I use this bot',
    'what can I ask you',
    'how does the course bot work',
    'who are you',
  ],
  execute(args, { requester, commands, core }) {
    // (the list holds the commands the course offers: not the grade calculator without a grading model, nor one the
    // course file turns off; one asked for by name is explained when the bot explains it, or said to be off)
    const offered = commands.filter((c) => offers(core.content, c));
    const known = commands.filter((c) => explains(core.content, c) || turnedOff(core.content, c));
    const named = args.command === undefined ? undefined : findCommand(known, args.command);
    if (named && turnedOff(core.content, named)) return errorReply(notUsedHere(core.content, named));
    const help = renderHelp(
      named ? [named] : offered,
      requester.role,
      args.command,
      requester.platform,
      core.content,
    );
    const extra = named?.courseHelp?.(core.content);
    const text = help === null || extra === undefined ? help : `${help}\n\n${extra}`;
    if (text === null) {
      return errorReply(
        `There is no command \`${(args.command ?? '').slice(0, 40)}\`. Try \`help\` for the list.`,
      );
    }
    return { text, private: true, kind: 'info' };
  },
});
