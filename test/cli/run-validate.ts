// Runs `course-bot validate` (or another command) as a real process, without the caller's content settings (FAQ_DIR, SCHEDULE_FILE, an
// .env file) leaking in, with its own DATA_DIR.
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/content/load-content.ts';

export function runValidate(args: string[]) {
  return runCommand('validate', args);
}

export function runCommand(command: string, args: string[]) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['FAQ_DIR', 'SCHEDULE_FILE', 'ENV_FILE'].includes(k)),
  );
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/main.ts'), command, ...args],
    {
      cwd: PROJECT_ROOT,
      env: { ...env, DATA_DIR: tmpdir() },
      encoding: 'utf8',
      timeout: 20_000,
    },
  );
}
