// The real `course-bot start` process: a platform that cannot connect leaves the core running (HTTP, health,
// signals), and SIGTERM exits within the grace period even with a client that never finishes its request.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'cli-faults-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('course-bot start with a platform that cannot connect', () => {
  it('GIVEN Discord unreachable THEN the core serves and reports it; GIVEN SIGTERM with a stalled client THEN it exits cleanly', async () => {
    // Nothing listens on port 9 of 127.0.0.1 here: every Discord call is refused.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), 'start'], {
      cwd: root,
      env: {
        ...process.env,
        DATA_DIR: tmp,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
        DISCORD_TOKEN: 'unreachable-discord-token.abc.def',
        DISCORD_APP_ID: '100000000000000002',
        DISCORD_API_URL: 'http://127.0.0.1:9/api',
      },
    });
    let stdout = '';
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const m = /http:\/\/localhost:(\d+)\//.exec(stdout);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { problems: string[]; platforms: { name: string }[] };
    expect(body.problems.some((p) => /^discord: (connecting|down)/.test(p))).toBe(true);
    expect(body.platforms.map((p) => p.name)).toEqual(['discord']);

    // A client that sends half a request and waits: it must not hold up the shutdown.
    const stalled = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => stalled.on('connect', () => resolve()));
    stalled.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
    stalled.on('error', () => {});
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    stalled.destroy();
  }, 30_000);
});
