// Registers the slash commands with Discord over REST: in one guild (instant) or globally (up to an hour).
import { REST, Routes } from 'discord.js';
import type { CommandDefinition } from '../../core/command.ts';
import { withoutTrailingSlash } from '../shared/config-warnings.ts';
import { buildSlashCommands } from './slash-commands.ts';

export interface DeployTarget {
  token: string;
  appId: string;
  /** DISCORD_API_URL; the library's default (Discord itself) when absent. */
  apiUrl?: string;
  guildId?: string;
}

export async function deploySlashCommands(
  target: DeployTarget,
  commands: readonly CommandDefinition[],
): Promise<{ count: number; scope: string }> {
  const rest = new REST({
    ...(target.apiUrl && { api: withoutTrailingSlash(target.apiUrl) }),
    rejectOnRateLimit: () => true,
    retries: 0,
  });
  rest.setToken(target.token);
  const body = buildSlashCommands(commands);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.appId, target.guildId)
    : Routes.applicationCommands(target.appId);
  // PUT replaces the whole set, so commands removed from commands/ disappear from Discord too.
  const result = await rest.put(route, { body });
  return {
    count: Array.isArray(result) ? result.length : body.length,
    scope: target.guildId ? `guild ${target.guildId}` : 'global',
  };
}
