// The bot's configuration, read from the environment once and validated with zod; every problem is listed at once.
import path from 'node:path';
import { z } from 'zod';

const port = z.coerce
  .number({ error: 'must be a port number' })
  .int({ error: 'must be a whole port number' })
  .min(0, { error: 'must be between 0 and 65535' })
  .max(65535, { error: 'must be between 0 and 65535' });
const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();
const idList = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
const httpUrl = (name: string) =>
  z
    .string()
    .trim()
    .refine((s) => /^https?:\/\/[^\s]+$/.test(s), { error: `must be an http(s) URL, for example ${name}` });

export const envSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().trim().default('0.0.0.0'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  PUBLIC_URL: httpUrl('https://bot.example.org').optional(),
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error'], { error: 'must be debug, info, warn or error' })
    .default('info'),
  FAQ_DIR: optionalText,
  SCHEDULE_FILE: optionalText,
  ADMIN_TOKEN: optionalText.refine((s) => s === undefined || s.length >= 16, {
    error: 'must be at least 16 characters (generate one with: openssl rand -hex 32)',
  }),
  SESSION_SECRET: optionalText.refine((s) => s === undefined || s.length >= 32, {
    error: 'must be at least 32 characters (generate one with: openssl rand -hex 32)',
  }),
  TRUST_PROXY: z
    .string()
    .trim()
    .toLowerCase()
    .refine((s) => /^(true|false|\d)$/.test(s), {
      error:
        'must be the number of reverse proxies in front of the bot (1 for one nginx or Caddy), true or false',
    })
    .transform((s) => (s === 'true' ? 1 : s === 'false' ? 0 : Number(s)))
    .default(0),
  QUESTION_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  REMINDER_GRACE_MINUTES: z.coerce.number().int().min(0).max(10080).default(60),

  DISCORD_TOKEN: optionalText,
  DISCORD_APP_ID: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_TA_ROLE_ID: optionalText,
  DISCORD_QA_CHANNEL_IDS: idList,
  DISCORD_ANNOUNCE_CHANNEL_ID: optionalText,
  DISCORD_API_URL: httpUrl('https://discord.com/api').optional(),

  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_TA_USER_IDS: idList,
  SLACK_QA_CHANNEL_IDS: idList,
  SLACK_ANNOUNCE_CHANNEL_ID: optionalText,
  SLACK_API_URL: httpUrl('https://slack.com/api/').optional(),

  CANVAS_URL: httpUrl('https://canvas.example.edu').optional(),
  CANVAS_TOKEN: optionalText,
  CANVAS_COURSE_ID: optionalText.refine(
    (s) => s === undefined || /^(\d{1,20}|sis_course_id:[^\s/]{1,100})$/.test(s),
    {
      error: 'must be the number in the course address (/courses/12345) or sis_course_id:ID',
    },
  ),
  CANVAS_BOARD_TOPIC_IDS: idList.refine((ids) => ids.every((id) => /^\d{1,20}$/.test(id)), {
    error:
      'must be topic numbers from the discussion addresses (/discussion_topics/678), separated by commas',
  }),
  CANVAS_POLL_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int({ error: 'must be a whole number of seconds' })
    .min(5, { error: 'must be at least 5 (60 is kind to Canvas)' })
    .max(86_400, { error: 'must be at most 86400 (a day)' })
    .default(60),
  CANVAS_INBOX_REPLY: z.enum(['on', 'off'], { error: 'must be on or off' }).default('off'),
});

export type Env = z.infer<typeof envSchema>;

export interface Config extends Env {
  publicUrl: string;
  databaseFile: string;
  /** Where the answer engine keeps what it learns from the content between runs (src/engine/model-cache.ts). */
  modelCacheDir: string;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(
      `The configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Parses the environment. Cross-field rules (credentials that only work together) are checked here too. */
export function parseConfig(env: Record<string, string | undefined>, overrides: Partial<Env> = {}): Config {
  // An empty variable (`PORT=` in an .env file) means "not set", never port 0 or an empty URL.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    // Values are never echoed: some of these variables are secrets.
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const value = { ...parsed.data, ...overrides };
  const problems: string[] = [];
  if (value.DISCORD_TOKEN && !value.DISCORD_APP_ID) {
    problems.push(
      'DISCORD_APP_ID: is required with DISCORD_TOKEN (the application id from the Discord developer portal).',
    );
  }
  if (value.SLACK_BOT_TOKEN && !value.SLACK_SIGNING_SECRET && !value.SLACK_APP_TOKEN) {
    problems.push(
      'SLACK_SIGNING_SECRET: set it (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) together with SLACK_BOT_TOKEN.',
    );
  }
  if (!value.SLACK_BOT_TOKEN && (value.SLACK_SIGNING_SECRET || value.SLACK_APP_TOKEN)) {
    problems.push('SLACK_BOT_TOKEN: is required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set.');
  }
  const canvasSet = [value.CANVAS_URL, value.CANVAS_TOKEN, value.CANVAS_COURSE_ID].some(Boolean);
  if (canvasSet) {
    for (const [name, v, what] of [
      ['CANVAS_URL', value.CANVAS_URL, 'the Canvas address, e.g. https://canvas.example.edu'],
      ['CANVAS_TOKEN', value.CANVAS_TOKEN, 'an access token of a staff account (see docs/canvas.md)'],
      ['CANVAS_COURSE_ID', value.CANVAS_COURSE_ID, 'the number in the course address'],
    ] as const) {
      if (!v) problems.push(`${name}: is required with the other CANVAS_ variables (${what}).`);
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    ...value,
    publicUrl: (value.PUBLIC_URL ?? `http://localhost:${value.PORT}`).replace(/\/+$/, ''),
    databaseFile: path.resolve(value.DATA_DIR, 'course-bot.sqlite'),
    modelCacheDir: path.resolve(value.DATA_DIR, 'models'),
  };
}
