// Slash commands and modal submissions: Discord interaction -> runner.run -> reply (deferred when slow).
import {
  MessageFlags,
  TextInputStyle,
  ComponentType,
  type ChatInputCommandInteraction,
  type Interaction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { CommandDefinition, Reply, Requester } from '../../core/command.ts';
import type { Logger } from '../../core/logger.ts';
import type { CommandRunner } from '../../core/run-command.ts';
import { longTextOptions } from '../shared/parse-text-args.ts';
import { renderForDiscord } from '../shared/render-reply.ts';
import { discordRole } from './discord-role.ts';

export interface DiscordHandlerDeps {
  runner: CommandRunner;
  log: Logger;
  taRoleId: string | undefined;
  /** After this long without a reply the interaction is deferred (Discord allows 3 s for the first response). */
  deferAfterMs?: number;
}

const MODAL_PREFIX = 'run:';
const CUSTOM_ID_MAX = 100;
const NO_MENTIONS = { parse: [] };

export async function handleInteraction(interaction: Interaction, deps: DiscordHandlerDeps): Promise<void> {
  if (interaction.isChatInputCommand()) return handleSlash(interaction, deps);
  if (interaction.isModalSubmit()) return handleModal(interaction, deps);
}

async function handleSlash(
  interaction: ChatInputCommandInteraction,
  deps: DiscordHandlerDeps,
): Promise<void> {
  const command = deps.runner.commands.get(interaction.commandName);
  if (!command) {
    await interaction.reply({
      content: `I don't know \`/${interaction.commandName}\` any more; the staff may need to run deploy-commands.`,
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  const args: Record<string, unknown> = {};
  for (const option of command.options) {
    const value = interaction.options.get(option.name)?.value;
    if (value !== undefined && value !== null) args[option.name] = value;
  }
  const missing = longTextOptions(command.options).filter((o) => o.required && !(o.name in args));
  if (missing.length > 0) return showModal(interaction, command, args);
  await answer(interaction, deps, command.name, args);
}

/** Long multi-line input (the gradient checker's derivation) goes through a modal; other options ride along. */
async function showModal(
  interaction: ChatInputCommandInteraction,
  command: CommandDefinition,
  args: Record<string, unknown>,
): Promise<void> {
  const customId = `${MODAL_PREFIX}${command.name}:${JSON.stringify(args)}`;
  if (customId.length > CUSTOM_ID_MAX) {
    await interaction.reply({
      content:
        'Those options are too long to carry into the form: give fewer options, or paste the text directly.',
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  await interaction.showModal({
    custom_id: customId,
    title: `/${command.name}`.slice(0, 45),
    components: longTextOptions(command.options)
      .slice(0, 5)
      .map((option) => ({
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: option.name,
            // Discord allows 45 characters here; a longer description becomes the placeholder instead.
            label:
              option.description.length <= 45 && option.description
                ? option.description
                : capitalise(option.name),
            ...(option.description.length > 45 && { placeholder: option.description.slice(0, 100) }),
            style: TextInputStyle.Paragraph,
            required: option.required,
            max_length: Math.min(option.maxLength ?? 4000, 4000),
          },
        ],
      })),
  });
}

async function handleModal(interaction: ModalSubmitInteraction, deps: DiscordHandlerDeps): Promise<void> {
  const match = /^run:([\w-]+):(.*)$/s.exec(interaction.customId);
  const command = match && deps.runner.commands.get(match[1] ?? '');
  if (!match || !command) return;
  let carried: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(match[2] ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      carried = parsed as Record<string, unknown>;
  } catch {
    // A malformed id carries nothing; the command's own validation reports what is missing.
  }
  const args: Record<string, unknown> = {};
  for (const option of command.options) {
    if (option.type === 'text') {
      const value = textInput(interaction, option.name);
      if (value) args[option.name] = value;
    } else if (option.name in carried) {
      args[option.name] = carried[option.name];
    }
  }
  await answer(interaction, deps, command.name, args);
}

function textInput(interaction: ModalSubmitInteraction, name: string): string | undefined {
  try {
    return interaction.fields.getTextInputValue(name);
  } catch {
    return undefined;
  }
}

function requesterOf(
  interaction: ChatInputCommandInteraction | ModalSubmitInteraction,
  taRoleId?: string,
): Requester {
  return {
    platform: 'discord',
    userId: interaction.user.id,
    role: discordRole(interaction.member, interaction.memberPermissions, taRoleId),
    displayName: interaction.user.globalName ?? interaction.user.username,
    eventId: interaction.id,
  };
}

/** Replies within Discord's 3 seconds: directly when the command is quick, through a deferral when it is not. */
async function answer(
  interaction: ChatInputCommandInteraction | ModalSubmitInteraction,
  deps: DiscordHandlerDeps,
  name: string,
  args: Record<string, unknown>,
): Promise<void> {
  const pending = deps.runner.run(name, args, requesterOf(interaction, deps.taRoleId));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => resolve('slow'), deps.deferAfterMs ?? 2000);
  });
  const first = await Promise.race([pending, slow]);
  clearTimeout(timer);
  if (first !== 'slow') return send(interaction, first, false);
  await interaction.deferReply();
  await send(interaction, await pending, true);
}

async function send(
  interaction: ChatInputCommandInteraction | ModalSubmitInteraction,
  reply: Reply,
  deferred: boolean,
): Promise<void> {
  const content = renderForDiscord(reply);
  if (!deferred) {
    await interaction.reply({
      content,
      allowedMentions: NO_MENTIONS,
      ...(reply.private && { flags: MessageFlags.Ephemeral }),
    });
  } else if (reply.private) {
    // A deferral is public; a private answer replaces it with an ephemeral follow-up.
    await interaction.deleteReply();
    await interaction.followUp({ content, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
  } else {
    await interaction.editReply({ content, allowedMentions: NO_MENTIONS });
  }
}

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
