// The `.env` file: read once when the CLI starts, before any configuration is parsed. The environment wins over the
// file, so a variable set by systemd, Docker or the shell is never replaced by a stale line in `.env`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

type Env = Record<string, string | undefined>;

export interface EnvFileResult {
  /** The file read (absolute), or null when there was none. */
  file: string | null;
  /** Variables taken from the file. */
  applied: string[];
  /** Variables in the file that the environment already set (the environment wins). */
  overridden: string[];
}

export class EnvFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvFileError';
  }
}

const NONE: EnvFileResult = { file: null, applied: [], overridden: [] };
let lastResult: EnvFileResult = NONE;

/**
 * Reads `ENV_FILE` when it is set (it must exist), else `.env` in `cwd` when there is one, and copies into `env`
 * every variable that `env` does not already have. Values are never printed.
 */
export function loadEnvFile(env: Env = process.env, cwd: string = process.cwd()): EnvFileResult {
  const named = env.ENV_FILE?.trim();
  const file = path.resolve(cwd, named || '.env');
  if (!existsSync(file)) {
    if (named)
      throw new EnvFileError(
        `ENV_FILE is ${named}, but ${file} does not exist: create it or unset ENV_FILE.`,
      );
    return (lastResult = NONE);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new EnvFileError(`${file} cannot be read (${code}): check its permissions, or remove it.`);
  }
  const applied: string[] = [];
  const overridden: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    // As in the configuration, an empty variable counts as unset, so the file's value applies.
    if (env[name] !== undefined && env[name].trim() !== '') overridden.push(name);
    else {
      env[name] = value;
      applied.push(name);
    }
  }
  return (lastResult = { file, applied: applied.sort(), overridden: overridden.sort() });
}

/** What the last `loadEnvFile` read, for the start-up log line. */
export function envFileLoaded(): EnvFileResult {
  return lastResult;
}
