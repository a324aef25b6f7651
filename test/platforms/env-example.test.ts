// .env.example documents every environment variable the configuration reads, and holds no secrets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envSchema, parseConfig } from '../../src/config.ts';

const text = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
const entries = [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((m) => ({
  name: m[1] ?? '',
  value: m[2] ?? '',
}));

describe('.env.example', () => {
  it('lists every variable of the config schema, and nothing else', () => {
    expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(envSchema.shape).sort());
  });

  it('leaves every secret empty', () => {
    const secrets = [
      'DISCORD_TOKEN',
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
      'SLACK_APP_TOKEN',
      'ADMIN_TOKEN',
      'SESSION_SECRET',
      'CANVAS_TOKEN',
    ];
    for (const name of secrets) expect(entries.find((e) => e.name === name)?.value).toBe('');
  });

  it('is a valid configuration when its example values are used as they stand', () => {
    const env = Object.fromEntries(entries.filter((e) => e.value !== '').map((e) => [e.name, e.value]));
    expect(() => parseConfig(env)).not.toThrow();
  });
});
