import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

describe('configuration from the environment', () => {
  it('GIVEN nothing THEN it runs the web chat alone on port 3000 with data in ./data', () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.databaseFile).toMatch(/data[/\\]course-bot\.sqlite$/);
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.DISCORD_QA_CHANNEL_IDS).toEqual([]);
  });

  it('GIVEN variables set to empty strings THEN they count as unset', () => {
    const config = parseConfig({ PORT: '', PUBLIC_URL: ' ', DISCORD_API_URL: '' });
    expect(config.PORT).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.DISCORD_API_URL).toBeUndefined();
  });

  it('GIVEN lists and a public URL THEN they are parsed and the URL loses its trailing slash', () => {
    const config = parseConfig({ PUBLIC_URL: 'https://bot.example.org/', SLACK_TA_USER_IDS: 'U1, U2,,U3' });
    expect(config.publicUrl).toBe('https://bot.example.org');
    expect(config.SLACK_TA_USER_IDS).toEqual(['U1', 'U2', 'U3']);
  });

  it('GIVEN TRUST_PROXY THEN the number of proxies; unset or false is none', () => {
    expect(parseConfig({}).TRUST_PROXY).toBe(0);
    expect(parseConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(parseConfig({ TRUST_PROXY: 'False' }).TRUST_PROXY).toBe(0);
    expect(parseConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(problems({ TRUST_PROXY: 'yes please' })).toEqual([
      'TRUST_PROXY: must be the number of reverse proxies in front of the bot (1 for one nginx or Caddy), true or false',
    ]);
  });

  it('GIVEN several mistakes THEN all are reported together', () => {
    expect(problems({ PORT: '70000', LOG_LEVEL: 'loud', PUBLIC_URL: 'ftp://x' })).toEqual([
      'PORT: must be between 0 and 65535',
      'PUBLIC_URL: must be an http(s) URL, for example https://bot.example.org',
      'LOG_LEVEL: must be debug, info, warn or error',
    ]);
  });

  it('GIVEN credentials that only work together THEN the missing partner is named', () => {
    expect(problems({ DISCORD_TOKEN: 'x' })).toEqual([
      'DISCORD_APP_ID: is required with DISCORD_TOKEN (the application id from the Discord developer portal).',
    ]);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb' })[0]).toMatch(/^SLACK_SIGNING_SECRET: set it/);
    expect(problems({ SLACK_SIGNING_SECRET: 's' })[0]).toMatch(/^SLACK_BOT_TOKEN: is required/);
  });
});
