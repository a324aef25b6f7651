// `.env` is read at start: its variables fill in what the environment leaves unset, and `start` names the file.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EnvFileError, loadEnvFile } from '../../src/cli/env-file.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'env-file-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function dirWith(name: string, envText: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, '.env'), envText);
  return dir;
}

describe('loadEnvFile', () => {
  it('GIVEN a .env THEN its variables are set, quotes and comments handled', () => {
    const dir = dirWith(
      'plain',
      '# a comment\nPORT=4123\nPUBLIC_URL="https://bot.example.org"\nexport HOST=127.0.0.1\n',
    );
    const env: Record<string, string | undefined> = {};
    const result = loadEnvFile(env, dir);
    expect(env).toEqual({ PORT: '4123', PUBLIC_URL: 'https://bot.example.org', HOST: '127.0.0.1' });
    expect(result).toEqual({
      file: path.join(dir, '.env'),
      applied: ['HOST', 'PORT', 'PUBLIC_URL'],
      overridden: [],
    });
  });

  it('GIVEN a variable in both the environment and .env THEN the environment wins', () => {
    const dir = dirWith('both', 'PORT=4123\nLOG_LEVEL=debug\n');
    const env: Record<string, string | undefined> = { PORT: '5000', LOG_LEVEL: '' };
    const result = loadEnvFile(env, dir);
    // an empty variable counts as unset, as in the configuration
    expect(env).toEqual({ PORT: '5000', LOG_LEVEL: 'debug' });
    expect(result.overridden).toEqual(['PORT']);
  });

  it('GIVEN no .env THEN nothing changes and no file is named', () => {
    const env: Record<string, string | undefined> = { PORT: '1' };
    expect(loadEnvFile(env, path.join(tmp))).toEqual({ file: null, applied: [], overridden: [] });
    expect(env).toEqual({ PORT: '1' });
  });

  it('GIVEN ENV_FILE naming another file THEN that file is read', () => {
    const dir = dirWith('named', 'PORT=1\n');
    writeFileSync(path.join(dir, 'prod.env'), 'PORT=2\n');
    const env: Record<string, string | undefined> = { ENV_FILE: 'prod.env' };
    expect(loadEnvFile(env, dir).file).toBe(path.join(dir, 'prod.env'));
    expect(env.PORT).toBe('2');
  });

  it('GIVEN ENV_FILE naming a missing file THEN a clear error says how to fix it', () => {
    expect(() => loadEnvFile({ ENV_FILE: 'missing.env' }, tmp)).toThrow(EnvFileError);
    expect(() => loadEnvFile({ ENV_FILE: 'missing.env' }, tmp)).toThrow(
      /does not exist: create it or unset ENV_FILE/,
    );
  });

  it('GIVEN a line that is not NAME=value THEN every such line is named, with no value, and nothing is set', () => {
    const dir = dirWith(
      'typo',
      '# settings\nADMIN_TOKEN: s3cret-admin-token\nSESSION_SECRET=s3cret-session\nPORT 3509\nKEY="two\nlines"\n',
    );
    const env: Record<string, string | undefined> = {};
    let message = '';
    try {
      loadEnvFile(env, dir);
    } catch (err) {
      expect(err).toBeInstanceOf(EnvFileError);
      message = (err as Error).message;
    }
    const file = path.join(dir, '.env');
    expect(message).toBe(
      `${file} has lines that are not NAME=value, so their settings (and the next line's) would be lost:\n` +
        `  ${file}:2: "ADMIN_TOKEN" is not followed by "=": write ADMIN_TOKEN=value\n` +
        `  ${file}:4: "PORT" is not followed by "=": write PORT=value`,
    );
    expect(message).not.toMatch(/s3cret/);
    expect(env).toEqual({});
  });

  it('GIVEN a binary file, or a quote never closed THEN it is refused too', () => {
    expect(() => loadEnvFile({}, dirWith('binary', 'PORT=1\n\0\x01\x02'))).toThrow(/NUL bytes/);
    expect(() => loadEnvFile({}, dirWith('open-quote', 'A="never closed\nB=2\n'))).toThrow(
      /\.env:1: the " quote opened here is never closed: close it on this line/,
    );
    // (a quote closed lines later takes the settings between into its value)
    expect(() =>
      loadEnvFile(
        {},
        dirWith('late-quote', 'ADMIN_TOKEN="abc\nPORT=3801\nSESSION_SECRET="x"\nLOG_LEVEL=warn\n'),
      ),
    ).toThrow(
      /\.env:1: the " quote opened here closes only on line 3, so PORT, SESSION_SECRET on the lines between would be part of this value, not settings: close it on this line/,
    );
    expect(() => loadEnvFile({}, dirWith('old-mac', 'A=1\rPORT=3801\r'))).toThrow(
      /carriage return alone \(an old Mac format\)/,
    );
    // (spaces around "=", a name node reads with "-", a multi-line quoted value and a byte-order mark are fine)
    const env: Record<string, string | undefined> = {};
    loadEnvFile(env, dirWith('spaces', '\ufeffPORT = 3509\nCOMPOSE-PROFILE=x\nKEY="one\ntwo"\nB=2\n'));
    expect(env).toEqual({ PORT: '3509', 'COMPOSE-PROFILE': 'x', KEY: 'one\ntwo', B: '2' });
  });

  it('GIVEN a .env that cannot be read as a file THEN a clear error names it', () => {
    const dir = path.join(tmp, 'unreadable');
    mkdirSync(path.join(dir, '.env'), { recursive: true }); // a folder named .env
    expect(() => loadEnvFile({}, dir)).toThrow(
      /\.env cannot be read \(EISDIR\): check its permissions, or remove it/,
    );
  });
});

describe('course-bot start with a .env', () => {
  it('GIVEN the settings only in .env THEN it starts with them and names the file', async () => {
    // Run from a folder with no faq/ of its own: the bot can only find the content through the .env.
    const dir = dirWith(
      'start',
      [
        `FAQ_DIR=${path.join(root, 'faq')}`,
        `SCHEDULE_FILE=${path.join(root, 'schedules/sample.yaml')}`,
        `DATA_DIR=${path.join(tmp, 'data')}`,
        'PORT=0',
        'HOST=127.0.0.1',
        'LOG_LEVEL=error',
      ].join('\n'),
    );
    const env = { ...process.env };
    for (const name of ['FAQ_DIR', 'SCHEDULE_FILE', 'DATA_DIR', 'PORT', 'HOST', 'LOG_LEVEL', 'ENV_FILE'])
      delete env[name];
    const child = spawn(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), path.join(root, 'src/cli/main.ts'), 'start'],
      {
        cwd: dir,
        env,
      },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0]!);
      });
      child.on('exit', (code) => reject(new Error(`exited early with ${code}: ${stderr}`)));
    });
    expect(line).toContain(`(settings file: ${path.join(dir, '.env')})`);
    const port = Number(/localhost:(\d+)\//.exec(line)?.[1]);
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
