// Decides whether a Discord user is a TA: the configured TA role, or Manage Server (checked on every call).
import { PermissionFlagsBits, type GuildMember, type PermissionsBitField } from 'discord.js';
import type { APIInteractionGuildMember } from 'discord.js';
import type { Role } from '../../core/command.ts';

export function discordRole(
  member: GuildMember | APIInteractionGuildMember | null | undefined,
  permissions: Readonly<PermissionsBitField> | null | undefined,
  taRoleId: string | undefined,
): Role {
  if (permissions?.has(PermissionFlagsBits.ManageGuild)) return 'ta';
  if (!taRoleId || !member) return 'student';
  const roles = member.roles;
  const hasRole = Array.isArray(roles) ? roles.includes(taRoleId) : roles.cache.has(taRoleId);
  return hasRole ? 'ta' : 'student';
}

/** A message's member permissions, or null when they cannot be computed (DMs, uncached roles). */
export function memberPermissions(member: GuildMember | null): Readonly<PermissionsBitField> | null {
  try {
    return member?.permissions ?? null;
  } catch {
    return null;
  }
}
