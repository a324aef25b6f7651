// Prints what loading a schedule costs at and beyond the content limits (CPU ms, best of 3): bad edits are refused
// before the work that grows with them, so none of these should take long.
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { CONTENT_LIMITS } from '../../src/content/content-limits.ts';

const header = 'course: Bench\ntimezone: Europe/Amsterdam\nevents:\n';
const deadline = (i: number, extra = '') =>
  `  - id: e${i}\n    type: deadline\n    title: E${i}\n    due: "2026-09-25 23:59"\n${extra}`;
const series = (i: number, until: string) =>
  `  - {id: p${i}, type: practical, title: P, start: "2026-09-07 13:30", end: "2026-09-07 15:00", weekly_until: "${until}"}\n`;
const many = (n: number, make: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => make(i)).join('');

const cases: [string, string][] = [
  [
    '20,000 fields in one event (refused)',
    header +
      deadline(
        0,
        many(20_000, (i) => `    f${i}: ${i}\n`),
      ),
  ],
  ['20,000 fields at the top level (refused)', header + deadline(0) + many(20_000, (i) => `k${i}: ${i}\n`)],
  [
    `${CONTENT_LIMITS.events} valid deadlines (accepted)`,
    header + many(CONTENT_LIMITS.events, (i) => deadline(i)),
  ],
  [
    '1,000 events with an unknown field each (refused, 50 listed)',
    header + many(1000, (i) => deadline(i, '    oops: 1\n')),
  ],
  [
    '90 weekly series of 52 weeks, 4,680 sessions (accepted)',
    header + many(90, (i) => series(i, '2027-08-30')),
  ],
  ['200 weekly series to 2099 (refused)', header + many(200, (i) => series(i, '2099-12-28'))],
];

for (const [label, text] of cases) {
  let best = Infinity;
  let outcome = '';
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    const result = parseSchedule(text, 'bench.yaml');
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
    outcome = result.ok ? `${result.value.events.length} events` : `${result.issues.length} problems`;
  }
  const kb = (Buffer.byteLength(text) / 1024).toFixed(0);
  console.log(`${label}: ${best.toFixed(0)} ms CPU (${kb} KB, ${outcome})`);
}
