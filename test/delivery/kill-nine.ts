// Kill -9 during a burst of deliveries: child processes deliver through the outbox to an HTTP endpoint here and
// are killed at random moments, then restarted, until everything is delivered or given up. Used by the test
// (a short run) and by `npm run bench -- kill-nine` (the full 20 kills).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'outbox-child.ts');

/** What one kill -9 did: counted by the run of the child process it ended. */
export interface KillOutcome {
  /** 1 for the first kill. */
  kill: number;
  /** Messages received (in all) when it was killed. */
  receivedBefore: number;
  /** Killed while the message was with the receiver, before its answer, or just after the answer. */
  moment: 'before the answer' | 'after the answer';
  /** Items sent in this run that never arrived. */
  lost: string[];
  /** Items that arrived in this run and again later. */
  duplicates: string[];
  /** Items the next run logged as interrupted (possibly lost). */
  logged: string[];
}

export interface KillNineResult {
  kills: number;
  perKill: KillOutcome[];
  received: number;
  duplicates: string[];
  /** Items that never arrived. */
  lost: string[];
  /** Items the restarted processes logged as interrupted (possibly lost). */
  loggedInterrupted: string[];
  elapsedMs: number;
}

/** A small seeded generator, so a failing run can be repeated with its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function runKillNine(options: {
  deliveries: number;
  kills: number;
  seed: number;
}): Promise<KillNineResult> {
  const started = Date.now();
  const rand = random(options.seed);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'course-bot-kill9-'));
  const received: string[] = [];
  // Kill points: distinct counts of received messages, spread over the burst. Each kill may lose one message, so
  // the points stay below the count the burst is sure to reach (every point is reached, whatever is lost).
  const reached = options.deliveries - options.kills;
  const points = new Set<number>();
  while (points.size < options.kills) points.add(1 + Math.floor(rand() * (reached - 1)));
  const killAt = [...points].sort((a, b) => a - b);
  let child: ChildProcess | undefined;
  let kills = 0;
  /** Index of the child process now running (0 for the first); run k ends with kill k + 1. */
  let run = 0;
  /** The run each received message arrived in, in order. */
  const receivedIn: number[] = [];
  const moments: { receivedBefore: number; moment: KillOutcome['moment'] }[] = [];
  const logs: string[] = [];

  /** Kills the running child; a kill that finds none (between a kill and the restart) waits for the next message. */
  const kill = (moment: KillOutcome['moment'], point: number): void => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      kills++;
      moments.push({ receivedBefore: received.length, moment });
    } else killAt.unshift(point);
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push(body);
      receivedIn.push(run);
      const point = killAt[0] !== undefined && received.length >= killAt[0] ? killAt.shift() : undefined;
      const due = point !== undefined;
      // Kill before the answer (the sender never learns it arrived), or just after it (mid-bookkeeping).
      const when = rand();
      if (due && when < 0.5) kill('before the answer', point);
      setTimeout(
        () => {
          res.end('ok');
          if (due && when >= 0.5) setTimeout(() => kill('after the answer', point), Math.floor(rand() * 3));
        },
        Math.floor(rand() * 3),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/deliver`;
  const file = path.join(dir, 'outbox.sqlite');
  try {
    for (;;) {
      const proc = spawn(
        process.execPath,
        ['--import', 'tsx', CHILD, file, url, String(options.deliveries)],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      child = proc;
      let err = '';
      proc.stderr?.on('data', (c: Buffer) => (err += c.toString()));
      const code = await new Promise<number | null>((resolve) => proc.on('close', (c) => resolve(c)));
      logs.push(err);
      run++;
      if (code === 0) break;
      if (proc.signalCode !== 'SIGKILL') throw new Error(`the child failed (${code}):\n${err}`);
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  }
  const counts = new Map<string, number>();
  for (const id of received) counts.set(id, (counts.get(id) ?? 0) + 1);
  const all = Array.from({ length: options.deliveries }, (_, i) => `item-${i}`);
  const interruptedIn = (log: string): string[] =>
    log
      .split('\n')
      .filter((l) => l.includes('"delivery interrupted: may be lost"'))
      .map((l) => (JSON.parse(l) as { item: string }).item);
  const loggedInterrupted = logs.flatMap(interruptedIn);
  const lost = all.filter((id) => !counts.has(id));
  const firstRun = new Map<string, number>();
  received.forEach((id, i) => {
    if (!firstRun.has(id)) firstRun.set(id, receivedIn[i] ?? 0);
  });
  // Kill k ended run k - 1; the run after it (k) is the one that finds and logs what it interrupted.
  const perKill = moments.map(({ receivedBefore, moment }, i): KillOutcome => {
    const logged = interruptedIn(logs[i + 1] ?? '');
    return {
      kill: i + 1,
      receivedBefore,
      moment,
      lost: lost.filter((id) => logged.includes(id)),
      duplicates: [...counts].filter(([id, n]) => n > 1 && firstRun.get(id) === i).map(([id]) => id),
      logged,
    };
  });
  return {
    kills,
    perKill,
    received: counts.size,
    duplicates: [...counts].filter(([, n]) => n > 1).map(([id]) => id),
    lost,
    loggedInterrupted,
    elapsedMs: Date.now() - started,
  };
}
