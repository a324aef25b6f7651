// `help [command]`: generated from the command list, so it never disagrees with what the bot can do.
import { z } from 'zod';
import { defineCommand, offers, turnedOff } from '../src/core/command.ts';
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
    // (a command the course does not offer, such as the grade calculator without a grading model or one the course
    // file turns off, is not listed)
    // (one asked for by name is explained, as typed it runs; one the course file turns off is said to be off)
    const offered = commands.filter((c) => offers(core.content, c));
    // (a date command in a course without dates is explained too: typed, it says there are no dates)
    const known = commands.filter(
      (c) =>
        offers(core.content, c) || turnedOff(core.content, c) || c.withoutDates?.(core.content) !== undefined,
    );
    const named = args.command === undefined ? undefined : findCommand(known, args.command);
    if (named && turnedOff(core.content, named)) {
      return errorReply(
        `${core.content.course.name} does not use \`${named.name}\` here. Try \`help\` for the list.`,
      );
    }
    const help = renderHelp(named ? [named] : offered, requester.role, args.command, requester.platform);
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
