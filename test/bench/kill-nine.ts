// Kill -9 at 20 random moments during a burst of 200 deliveries through the outbox (child processes): prints
// duplicates, losses, and whether each loss was logged. `npm run bench -- kill-nine [SEED]`.
import { runKillNine } from '../delivery/kill-nine.ts';

const seed = Number(process.argv[2] ?? Date.now() % 100_000);
const r = await runKillNine({ deliveries: 200, kills: 20, seed });
const unlogged = r.lost.filter((id) => !r.loggedInterrupted.includes(id));
console.log(`kill-nine seed=${seed}`);
console.log(`  deliveries 200, kills ${r.kills}, received ${r.received}, elapsed ${r.elapsedMs} ms`);
console.log(`  duplicates ${r.duplicates.length}, lost ${r.lost.length} (at most one per kill allowed)`);
console.log(`  logged as interrupted ${r.loggedInterrupted.length}, lost but not logged ${unlogged.length}`);
if (r.duplicates.length > 0 || r.lost.length > r.kills || unlogged.length > 0) process.exitCode = 1;
