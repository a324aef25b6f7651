// deploy/course-bot.service starts the bot the way `npm start` does, as its own user, with the database in the
// state directory systemd keeps for it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** `[Section]` then `Key=value` lines; a key may repeat (Environment=). */
function parseUnit(text: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) section = header[1]!;
    else {
      const [key = '', ...rest] = line.split('=');
      const name = `${section}.${key}`;
      values.set(name, [...(values.get(name) ?? []), rest.join('=')]);
    }
  }
  return values;
}

describe('the systemd unit', () => {
  const unit = parseUnit(readFileSync(path.join(ROOT, 'deploy/course-bot.service'), 'utf8'));
  const one = (key: string) => unit.get(key)?.[0];

  it('GIVEN ExecStart THEN it is the command of npm start, with node given by its full path', () => {
    const start = (
      JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }
    ).scripts.start;
    const exec = one('Service.ExecStart')!;
    expect(exec).toMatch(/^\/\S+\/node /);
    expect(exec.replace(/^\S+\/node /, 'node ')).toBe(start);
  });

  it('GIVEN the service THEN it runs as its own user, restarts on failure and reloads on SIGHUP', () => {
    expect(one('Service.User')).toBeDefined();
    expect(one('Service.User')).not.toBe('root');
    expect(one('Service.Restart')).toBe('on-failure');
    expect(one('Service.ExecReload')).toContain('-HUP $MAINPID');
    expect(one('Install.WantedBy')).toBe('multi-user.target');
  });

  it('GIVEN DATA_DIR THEN it is the state directory systemd creates and keeps writable', () => {
    const env = Object.fromEntries((unit.get('Service.Environment') ?? []).map((e) => e.split('=')));
    expect(env.DATA_DIR).toBe(`/var/lib/${one('Service.StateDirectory')}`);
    expect(one('Service.ProtectSystem')).toBe('strict'); // so everything else is read-only
  });
});
