// Generates Discord slash-command registrations from the command definitions (used by the bot and deploy-commands).
import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { worksOn, type CommandDefinition, type CommandOption } from '../../core/command.ts';
import { fitLength } from '../../core/fit-length.ts';

/** Discord's limits: 100-character descriptions, 25 choices, 6000-character string options. */
const DESCRIPTION_MAX = 100;
const CHOICES_MAX = 25;
const STRING_MAX = 6000;

export function buildSlashCommands(
  commands: readonly CommandDefinition[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands
    .filter((c) => worksOn(c, 'discord'))
    .map((command) => ({
      name: command.name,
      description: short(command.description),
      // Discord requires required options first; the handler reads options by name, so order is cosmetic.
      options: [...command.options]
        .sort((a, b) => Number(isRequired(b)) - Number(isRequired(a)))
        .map(toOption),
      // Hidden from students by default; server admins may grant the TA role in Server Settings → Integrations.
      // The handler checks the role again, whatever these settings say.
      ...(command.access === 'ta' && {
        default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
      }),
    }));
}

/** A `text` option (long, multi-line) is optional on Discord: when it is left out the bot opens a modal. */
function isRequired(option: CommandOption): boolean {
  return option.required && option.type !== 'text';
}

function toOption(option: CommandOption): APIApplicationCommandBasicOption {
  const base = { name: option.name, description: short(option.description), required: isRequired(option) };
  switch (option.type) {
    case 'integer':
    case 'number': {
      const type =
        option.type === 'integer'
          ? ApplicationCommandOptionType.Integer
          : ApplicationCommandOptionType.Number;
      return {
        ...base,
        type,
        ...(option.min !== undefined && { min_value: option.min }),
        ...(option.max !== undefined && { max_value: option.max }),
        ...(option.choices && {
          choices: option.choices.slice(0, CHOICES_MAX).map((c) => ({ name: c, value: Number(c) })),
        }),
      } as APIApplicationCommandBasicOption;
    }
    case 'boolean':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    case 'string':
    case 'text':
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        ...(option.maxLength !== undefined && { max_length: Math.min(option.maxLength, STRING_MAX) }),
        ...(option.choices && {
          choices: option.choices.slice(0, CHOICES_MAX).map((c) => ({ name: c, value: c })),
        }),
      };
  }
}

function short(text: string): string {
  const t = text.trim() || '-';
  return fitLength(t, DESCRIPTION_MAX);
}
