// Prints how long building the ICS for a 1,000-event schedule takes (target: under 50 ms), and the cached path.
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { buildIcs } from '../../src/calendar/build-ics.ts';
import type { Schedule, ScheduleEvent } from '../../src/schedule/schedule.ts';
import { planReminders } from '../../src/reminders/plan-reminders.ts';

const zone = 'Europe/Amsterdam';
const fmt = (d: DateTime): string => d.toFormat('yyyy-MM-dd HH:mm');

/** 1,000 events over a year that crosses both clock changes: 700 deadlines, 200 weekly practicals, 100 exams. */
function syntheticSchedule(): Schedule {
  const base = DateTime.fromISO('2026-01-05T09:00', { zone });
  const events: ScheduleEvent[] = [];
  for (let i = 0; i < 1000; i++) {
    const day = base.plus({ days: (i * 7) % 360, hours: i % 8 });
    if (i % 10 < 7) {
      events.push({
        id: `d${i}`,
        type: 'deadline',
        title: `Deadline ${i}`,
        start: fmt(day),
        skip: [],
        url: 'https://example.org/x',
        remind: ['7d', '1d', '2h'],
      });
    } else if (i % 10 < 9) {
      events.push({
        id: `p${i}`,
        type: 'practical',
        title: `Practical ${i}`,
        group: `g${i % 6}`,
        start: fmt(day),
        end: fmt(day.plus({ hours: 2 })),
        weeklyUntil: day.plus({ weeks: 8 }).toISODate() ?? '',
        skip: [day.plus({ weeks: 3 }).toISODate() ?? ''],
        location: 'Room 1',
      });
    } else {
      events.push({
        id: `e${i}`,
        type: 'exam',
        title: `Exam ${i}`,
        start: fmt(day),
        end: fmt(day.plus({ hours: 3 })),
        skip: [],
      });
    }
  }
  return { file: 'synthetic', course: 'Bench', timezone: zone, events };
}

/** Wall time and CPU time per run: on a shared machine the CPU time is the steadier of the two. */
function measure(label: string, runs: number, fn: () => unknown): void {
  for (let i = 0; i < 3; i++) fn(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const pct = (xs: number[], p: number): string => {
    const sorted = [...xs].sort((a, b) => a - b);
    return (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(2);
  };
  console.log(
    `${label}: wall median ${pct(wall, 0.5)} ms (p95 ${pct(wall, 0.95)}), CPU median ${pct(cpu, 0.5)} ms (p95 ${pct(cpu, 0.95)}) over ${runs} runs`,
  );
}

const schedule = syntheticSchedule();
const identity = { code: 'DL', courseId: 'dl', host: 'bot.example.org' };
const ics = buildIcs(schedule, { now: new Date(), identity });
// Each run below uses a new DTSTAMP, so every event is rendered afresh (the per-event cache never hits).
let tick = Date.now();
console.log(`schedule: ${schedule.events.length} events -> ${ics.length} bytes of ICS`);
measure('buildIcs, 1,000 new events (target < 50 ms)', 30, () =>
  buildIcs(schedule, { now: new Date(++tick), identity }),
);
measure('buildIcs, 1,000 events, group filter', 30, () =>
  buildIcs(schedule, { now: new Date(++tick), identity, filter: { group: 'g1' } }),
);
const fixedNow = new Date();
measure('buildIcs, 1,000 events, unchanged events (per-event text cache)', 30, () =>
  buildIcs(schedule, { now: fixedNow, identity }),
);
measure('planReminders, a one-minute tick window', 30, () =>
  planReminders(schedule, new Date('2026-03-28T22:59:00Z'), new Date('2026-03-28T23:00:00Z')),
);
measure('planReminders, a whole year', 10, () =>
  planReminders(schedule, new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')),
);
