// Catches configuration mistakes the schema cannot (a channel name where an id belongs, swapped Slack tokens),
// naming the variable but never echoing its value.
import type { Config } from '../../config.ts';

const DISCORD_ID = /^\d{17,20}$/;
const NO_CHANNEL = (name: string) =>
  `${name}: not set, so announcements and channel reminders are not posted here (direct messages still are)`;
const SLACK_CHANNEL = /^[CGD][A-Z0-9]{6,}$/;
const SLACK_USER = /^[UW][A-Z0-9]{6,}$/;

export function discordConfigWarnings(
  config: Pick<
    Config,
    'DISCORD_APP_ID' | 'DISCORD_TA_ROLE_ID' | 'DISCORD_QA_CHANNEL_IDS' | 'DISCORD_ANNOUNCE_CHANNEL_ID'
  >,
): string[] {
  const warnings: string[] = [];
  const check = (name: string, values: (string | undefined)[]) => {
    const bad = values.filter((v): v is string => v !== undefined && !DISCORD_ID.test(v)).length;
    if (bad)
      warnings.push(`${name}: ${bad} value(s) are not Discord ids (copy them with Developer Mode → Copy ID)`);
  };
  check('DISCORD_APP_ID', [config.DISCORD_APP_ID]);
  check('DISCORD_TA_ROLE_ID', [config.DISCORD_TA_ROLE_ID]);
  check('DISCORD_QA_CHANNEL_IDS', config.DISCORD_QA_CHANNEL_IDS);
  check('DISCORD_ANNOUNCE_CHANNEL_ID', [config.DISCORD_ANNOUNCE_CHANNEL_ID]);
  if (!config.DISCORD_ANNOUNCE_CHANNEL_ID) warnings.push(NO_CHANNEL('DISCORD_ANNOUNCE_CHANNEL_ID'));
  return warnings;
}

export function slackConfigWarnings(
  config: Pick<
    Config,
    | 'SLACK_BOT_TOKEN'
    | 'SLACK_APP_TOKEN'
    | 'SLACK_TA_USER_IDS'
    | 'SLACK_QA_CHANNEL_IDS'
    | 'SLACK_ANNOUNCE_CHANNEL_ID'
  >,
): string[] {
  const warnings: string[] = [];
  if (config.SLACK_BOT_TOKEN && !config.SLACK_BOT_TOKEN.startsWith('xoxb-')) {
    warnings.push(
      'SLACK_BOT_TOKEN: a bot token starts with xoxb- (OAuth & Permissions → Bot User OAuth Token)',
    );
  }
  if (config.SLACK_APP_TOKEN && !config.SLACK_APP_TOKEN.startsWith('xapp-')) {
    warnings.push(
      'SLACK_APP_TOKEN: an app-level token starts with xapp- (Basic Information → App-Level Tokens)',
    );
  }
  const check = (name: string, pattern: RegExp, values: (string | undefined)[], hint: string) => {
    const bad = values.filter((v): v is string => v !== undefined && !pattern.test(v)).length;
    if (bad) warnings.push(`${name}: ${bad} value(s) do not look like Slack ids (${hint})`);
  };
  check('SLACK_TA_USER_IDS', SLACK_USER, config.SLACK_TA_USER_IDS, 'member ids like U012AB3CD, not @names');
  check(
    'SLACK_QA_CHANNEL_IDS',
    SLACK_CHANNEL,
    config.SLACK_QA_CHANNEL_IDS,
    'channel ids like C012AB3CD, not #names',
  );
  check(
    'SLACK_ANNOUNCE_CHANNEL_ID',
    SLACK_CHANNEL,
    [config.SLACK_ANNOUNCE_CHANNEL_ID],
    'a channel id like C012AB3CD',
  );
  if (!config.SLACK_ANNOUNCE_CHANNEL_ID) warnings.push(NO_CHANNEL('SLACK_ANNOUNCE_CHANNEL_ID'));
  return warnings;
}

/** Base URLs are joined with paths by the client libraries: no trailing slash for Discord, one for Slack. */
export function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export function withTrailingSlash(url: string): string {
  return `${withoutTrailingSlash(url)}/`;
}
