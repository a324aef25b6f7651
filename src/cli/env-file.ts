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
  // (a byte-order mark would be read as part of the first name: "\ufeffPORT")
  text = text.replace(/^\ufeff/, '');
  const problems = lineProblems(text);
  if (problems.length > 0)
    throw new EnvFileError(
      `${file} has lines that are not NAME=value, so their settings (and the next line's) would be lost:\n` +
        problems.map((p) => `  ${file}:${p}`).join('\n'),
    );
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

/** `NAME=value` (or `export NAME=value`), a name as node reads one; the value may open a quote closed later. */
const ASSIGNMENT = /^\s*(?:export\s+)?([^\s=#'"`]+)\s*=\s*(.*)$/;

/**
 * The lines `parseEnv` would misread, each as "line: what is wrong" (node's parser silently joins a line without
 * "=" to the next one: "ADMIN_TOKEN: x" then "SESSION_SECRET=y" sets neither; a quote closed lines later takes the
 * settings between into its value). Values are never quoted back.
 */
function lineProblems(text: string): string[] {
  if (text.includes('\0')) return ['1: the file has NUL bytes: it is not a text file of NAME=value lines'];
  if (/\r(?!\n)/.test(text))
    return [
      '1: its lines end with a carriage return alone (an old Mac format): save it with ordinary line ends',
    ];
  const lines = text.split(/\r?\n/);
  const problems: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const m = ASSIGNMENT.exec(line);
    if (!m) {
      const name = /^\s*(?:export\s+)?([^\s=#:'"`]+)/.exec(line)?.[1];
      problems.push(
        name
          ? `${i + 1}: "${name}" is not followed by "=": write ${name}=value`
          : `${i + 1}: not NAME=value (a name, then "=")`,
      );
      continue;
    }
    const value = (m[2] ?? '').trim();
    const quote = value[0];
    if ((quote !== '"' && quote !== "'" && quote !== '`') || value.slice(1).includes(quote)) continue;
    // (a quote left open runs to the next line that holds one: what lies between is the value, not settings)
    const close = lines.findIndex((l, k) => k > i && l.includes(quote));
    if (close < 0) {
      problems.push(`${i + 1}: the ${quote} quote opened here is never closed: close it on this line`);
      break;
    }
    const swallowed = lines
      .slice(i + 1, close + 1)
      .map((l) => ASSIGNMENT.exec(l)?.[1])
      .filter((n): n is string => n !== undefined);
    if (swallowed.length > 0)
      problems.push(
        `${i + 1}: the ${quote} quote opened here closes only on line ${close + 1}, so ${swallowed.join(', ')} on the lines between would be part of this value, not settings: close it on this line`,
      );
    i = close;
  }
  return problems;
}

/** What the last `loadEnvFile` read, for the start-up log line. */
export function envFileLoaded(): EnvFileResult {
  return lastResult;
}
