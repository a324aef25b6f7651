// Adapter configurations pointing at the fakes, shared by the platform tests and the contract drivers.
import type { DiscordConfig } from '../../../src/platforms/discord/discord-adapter.ts';
import type { SlackConfig } from '../../../src/platforms/slack/slack-adapter.ts';
import { IDS } from '../../fakes/discord/fake-discord.ts';
import { SLACK_IDS } from '../../fakes/slack/fake-slack.ts';

export function discordConfigFor(
  apiUrl: string,
  token: string,
  overrides: Partial<DiscordConfig> = {},
): DiscordConfig {
  return {
    DISCORD_TOKEN: token,
    DISCORD_APP_ID: IDS.app,
    DISCORD_TA_ROLE_ID: IDS.taRole,
    DISCORD_QA_CHANNEL_IDS: [IDS.qaChannel],
    DISCORD_ANNOUNCE_CHANNEL_ID: IDS.announce,
    DISCORD_API_URL: apiUrl,
    ...overrides,
  };
}

export function slackConfigFor(
  apiUrl: string,
  secrets: { bot: string; signing?: string; app?: string },
): SlackConfig {
  return {
    SLACK_BOT_TOKEN: secrets.bot,
    SLACK_SIGNING_SECRET: secrets.signing,
    SLACK_APP_TOKEN: secrets.app,
    SLACK_TA_USER_IDS: [SLACK_IDS.ta],
    SLACK_QA_CHANNEL_IDS: [SLACK_IDS.qaChannel],
    SLACK_ANNOUNCE_CHANNEL_ID: SLACK_IDS.announce,
    SLACK_API_URL: apiUrl,
  };
}
