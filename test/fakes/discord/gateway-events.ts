// Builders for the gateway payloads a test sends: slash commands, modal submissions and messages.
import { IDS, snowflake, user } from './fake-discord.ts';

export interface Author {
  id: string;
  bot?: boolean;
  roles?: string[];
  /** Permission bits as a decimal string, e.g. Manage Server is 32. */
  permissions?: string;
}

function member(author: Author) {
  return {
    user: user(author.id, author.bot ? { bot: true } : {}),
    roles: author.roles ?? [],
    permissions: author.permissions ?? '0',
    joined_at: new Date().toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    pending: false,
    premium_since: null,
  };
}

function interactionBase(author: Author, inGuild: boolean) {
  const id = snowflake();
  return {
    id,
    token: `interaction-token-${id}`,
    application_id: IDS.app,
    version: 1,
    app_permissions: '0',
    locale: 'en-US',
    entitlements: [],
    attachment_size_limit: 8_388_608,
    ...(inGuild
      ? {
          guild_id: IDS.guild,
          guild_locale: 'en-US',
          channel_id: IDS.general,
          channel: { id: IDS.general, type: 0, guild_id: IDS.guild, name: 'general' },
          member: member(author),
          authorizing_integration_owners: { '0': IDS.guild },
          context: 0,
        }
      : {
          channel_id: IDS.dmChannel,
          channel: { id: IDS.dmChannel, type: 1 },
          user: user(author.id),
          authorizing_integration_owners: { '0': IDS.guild },
          context: 1,
        }),
  };
}

const OPTION_TYPE = { string: 3, integer: 4, boolean: 5, number: 10 } as const;

export function slashCommand(
  name: string,
  options: Record<string, string | number | boolean>,
  author: Author,
  inGuild = true,
) {
  return {
    ...interactionBase(author, inGuild),
    type: 2,
    data: {
      id: snowflake(),
      name,
      type: 1,
      options: Object.entries(options).map(([optionName, value]) => ({
        name: optionName,
        type:
          typeof value === 'string'
            ? OPTION_TYPE.string
            : typeof value === 'boolean'
              ? OPTION_TYPE.boolean
              : Number.isInteger(value)
                ? OPTION_TYPE.integer
                : OPTION_TYPE.number,
        value,
      })),
    },
  };
}

export function modalSubmit(customId: string, fields: Record<string, string>, author: Author) {
  return {
    ...interactionBase(author, true),
    type: 5,
    data: {
      custom_id: customId,
      components: Object.entries(fields).map(([id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: id, value }],
      })),
    },
  };
}

export function messageCreate(
  content: string,
  author: Author,
  where: { channelId: string; inGuild?: boolean; mentions?: string[]; mentionRoles?: string[] },
) {
  const inGuild = where.inGuild ?? true;
  return {
    id: snowflake(),
    channel_id: where.channelId,
    // The gateway names the channel type of a DM, which is how discord.js builds the (uncached) DM channel.
    ...(inGuild
      ? { guild_id: IDS.guild, member: { ...member(author), user: undefined } }
      : { channel_type: 1 }),
    author: user(author.id, author.bot ? { bot: true } : {}),
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: (where.mentions ?? []).map((id) => user(id, id === IDS.bot ? { bot: true } : {})),
    mention_roles: where.mentionRoles ?? [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
  };
}
