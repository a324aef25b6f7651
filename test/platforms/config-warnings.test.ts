// Mistakes the schema cannot see are named at start, without echoing the values (some are secrets).
import { describe, expect, it } from 'vitest';
import { discordConfigWarnings, slackConfigWarnings } from '../../src/platforms/shared/config-warnings.ts';

describe('platform configuration warnings', () => {
  it('GIVEN a channel name where a Discord id belongs THEN the variable is named', () => {
    const warnings = discordConfigWarnings({
      DISCORD_APP_ID: '123456789012345678',
      DISCORD_TA_ROLE_ID: undefined,
      DISCORD_QA_CHANNEL_IDS: ['123456789012345679', '#q-and-a'],
      DISCORD_ANNOUNCE_CHANNEL_ID: '123456789012345670',
    });
    expect(warnings).toEqual([expect.stringMatching(/^DISCORD_QA_CHANNEL_IDS: 1 value/)]);
    expect(warnings.join()).not.toContain('#q-and-a');
  });

  it('GIVEN swapped Slack tokens and @names THEN each is named and no secret is echoed', () => {
    const warnings = slackConfigWarnings({
      SLACK_BOT_TOKEN: 'xapp-1-secret-app',
      SLACK_APP_TOKEN: 'xoxb-secret-bot',
      SLACK_TA_USER_IDS: ['@alice', 'U012AB3CD'],
      SLACK_QA_CHANNEL_IDS: ['C012AB3CD'],
      SLACK_ANNOUNCE_CHANNEL_ID: '#general',
    });
    expect(warnings.map((w) => w.split(':')[0])).toEqual([
      'SLACK_BOT_TOKEN',
      'SLACK_APP_TOKEN',
      'SLACK_TA_USER_IDS',
      'SLACK_ANNOUNCE_CHANNEL_ID',
    ]);
    expect(warnings.join()).not.toMatch(/secret|alice|#general/);
  });

  it('GIVEN a well-formed configuration THEN there is nothing to say', () => {
    expect(
      slackConfigWarnings({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_APP_TOKEN: undefined,
        SLACK_TA_USER_IDS: ['U012AB3CD', 'W012AB3CD'],
        SLACK_QA_CHANNEL_IDS: ['C012AB3CD', 'G012AB3CD'],
        SLACK_ANNOUNCE_CHANNEL_ID: 'C012AB3CE',
      }),
    ).toEqual([]);
  });
});
