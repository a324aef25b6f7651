// Reads the configuration for a CLI command; a bad one is printed (every problem, no values) and gives exit code 1.
import { ConfigError, parseConfig, type Config } from '../config.ts';

export function configOrReport(env: Record<string, string | undefined> = process.env): Config | null {
  try {
    return parseConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exitCode = 1;
    return null;
  }
}
