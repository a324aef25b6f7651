// `help [command]`: generated from the command list, so it never disagrees with what the bot can do.
import { z } from 'zod';
import { defineCommand, type CommandDefinition, type Role } from '../src/core/command.ts';
import { errorReply } from '../src/core/run-command.ts';

/** `deadlines [count]`, `announce <text> [at]`: required options in <>, optional ones in []. */
export function usageLine(c: CommandDefinition): string {
  const opts = c.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
  return [c.name, ...opts].join(' ');
}

export function renderHelp(commands: readonly CommandDefinition[], role: Role, name?: string): string | null {
  const visible = commands.filter((c) => c.access === 'everyone' || role === 'ta');
  if (name) {
    const c = commands.find((x) => x.name === name.trim().replace(/^\//, '').toLowerCase());
    if (!c) return null;
    const lines = [
      `**${c.name}**${c.access === 'ta' ? ' (teaching assistants only)' : ''}: ${c.description}`,
    ];
    lines.push('', `Usage: \`${usageLine(c)}\``);
    if (c.options.length) {
      lines.push('');
      for (const o of c.options) {
        const bounds = [
          o.choices ? `one of ${o.choices.join(', ')}` : '',
          o.min !== undefined || o.max !== undefined ? `${o.min ?? '…'} to ${o.max ?? '…'}` : '',
          o.maxLength ? `at most ${o.maxLength} characters` : '',
        ].filter(Boolean);
        lines.push(
          `- \`${o.name}\`${o.required ? '' : ' (optional)'}: ${o.description}${bounds.length ? ` (${bounds.join('; ')})` : ''}`,
        );
      }
    }
    if (c.help) lines.push('', c.help);
    return lines.join('\n');
  }
  const lines = ['**Commands**', ''];
  for (const c of visible) lines.push(`- \`${usageLine(c)}\`: ${c.description}`);
  lines.push('', 'Ask a question in plain words, or see `help COMMAND` for one command with examples.');
  return lines.join('\n');
}

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
  async execute(args, { requester }) {
    // Imported when run, not at load: the list imports this module, and a static import would be a cycle.
    const { commands } = await import('./index.ts');
    const text = renderHelp(commands, requester.role, args.command);
    if (text === null) {
      return errorReply(
        `There is no command \`${(args.command ?? '').slice(0, 40)}\`. Try \`help\` for the list.`,
      );
    }
    return { text, private: true, kind: 'info' };
  },
});
