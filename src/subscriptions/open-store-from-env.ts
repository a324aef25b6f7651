// For CLI commands that touch subscriptions: read the config (DATA_DIR, PUBLIC_URL), open the store, close it after.
import type Database from 'better-sqlite3';
import { ConfigError, parseConfig, type Config } from '../config.ts';
import { openDatabase } from '../store/database.ts';

/** Runs `fn` with the bot's database; a bad configuration is printed and gives exit code 1. */
export function withStoreFromEnv(
  env: Record<string, string | undefined>,
  printError: (line: string) => void,
  fn: (db: Database.Database, config: Config) => number,
): number {
  let config: Config;
  try {
    config = parseConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    printError(err.message);
    return 1;
  }
  const db = openDatabase(config.databaseFile);
  try {
    return fn(db, config);
  } finally {
    db.close();
  }
}
