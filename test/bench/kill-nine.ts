// Kill -9 at 20 random moments during a burst of 200 deliveries through the outbox (child processes): prints, per
// kill, what it lost and duplicated and what the restart logged, then the totals. `npm run bench -- kill-nine [SEED]`.
import { runKillNine } from '../delivery/kill-nine.ts';

const seed = Number(process.argv[2] ?? Date.now() % 100_000);
const r = await runKillNine({ deliveries: 200, kills: 20, seed });
const unlogged = r.lost.filter((id) => !r.loggedInterrupted.includes(id));
console.log(`kill-nine seed=${seed}: 200 deliveries, ${r.kills} kills, ${r.elapsedMs} ms`);
console.log('  kill  received  killed                 lost  duplicates  logged as interrupted');
for (const k of r.perKill) {
  console.log(
    [
      String(k.kill).padStart(6),
      String(k.receivedBefore).padStart(10),
      `  ${k.moment}`.padEnd(23),
      String(k.lost.length).padStart(5),
      String(k.duplicates.length).padStart(12),
      `  ${k.logged.join(', ') || '-'}`,
    ].join(''),
  );
}
const worst = Math.max(0, ...r.perKill.map((k) => k.lost.length));
console.log(
  `  total: received ${r.received}/200, duplicates ${r.duplicates.length}, lost ${r.lost.length} (most in one kill: ${worst}, allowed 1), lost but not logged ${unlogged.length}`,
);
if (r.duplicates.length > 0 || worst > 1 || unlogged.length > 0) process.exitCode = 1;
