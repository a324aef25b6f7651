// The rate limiters' cost per request with 100, 1,000, 10,000 and 100,000 keys in their window, each beside a bare
// Map doing the lookups the limiter cannot avoid (the same keys, built per request the way the server builds them).
// The bare Map gets slower as its keys outgrow the CPU's caches; what the limiter adds on top is its own cost, and
// the `limiter/Map` ratio shows whether that grows with the keys. `npm run bench -- rate-limiter`.
//
// Steady state: each structure is filled, then run for one untimed round, then timed for ROUNDS rounds of REQUESTS
// requests, limiter and baseline rounds interleaved (so a busy machine slows both alike); the median round counts,
// and the last two rows are the medians of each limiter round's difference and ratio to the baseline round after it.
// Clock time advances through the rounds, so the limiter's generations turn (its clean-up) inside the timed work.
import { RateLimiter } from '../../src/core/rate-limiter.ts';
import { WebLimiter } from '../../src/web/web-limiter.ts';

const SIZES = [100, 1_000, 10_000, 100_000];
const REQUESTS = 200_000;
const ROUNDS = 9;
/** Each of `n` returning keys comes about once in this long (a request every STEP_MS / n ms). */
const STEP_MS = 10_000;
/** The web scenario: clients per address, and an address budget they exceed together (but not each alone). */
const CLIENTS_PER_ADDRESS = 100;
const WEB_BENCH_LIMITS = { perSession: 120, anonymous: 20, perAddress: 300 };

type Run = (i: number) => void;
interface Scenario {
  label: string;
  /** What the limiter does per request, and the bare Map work under it; each set up for `n` keys. */
  limiter: (n: number) => Run;
  baseline: (n: number) => Run;
}

/** Session ids like the server's (22 characters, random): the request's key is built from one each time. */
function sessionIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    `${i.toString(36)}${Math.random().toString(36).slice(2)}`.padEnd(22, 'x'),
  );
}

const randomOrder = (n: number): Uint32Array =>
  Uint32Array.from({ length: REQUESTS }, () => Math.floor(Math.random() * n));

/**
 * The same `n` clients in a random order, each about once every 10 s (a limit of 120 a minute, so all are allowed):
 * whatever `n`, each key sees the same traffic, and a sixth of its requests move it to the new generation.
 */
const returning: Scenario = {
  label: 'RateLimiter: the same keys returning',
  limiter(n) {
    const ids = sessionIds(n);
    const order = randomOrder(n);
    const limiter = new RateLimiter();
    for (let k = 0; k < n; k++) limiter.allow(`session:${ids[k]}`, 120, 0);
    let t = 0;
    return (i) => {
      t += STEP_MS / n;
      limiter.allow(`session:${ids[order[i] ?? 0]}`, 120, t);
    };
  },
  baseline(n) {
    // The one lookup the limiter cannot avoid: the key's slot.
    const ids = sessionIds(n);
    const order = randomOrder(n);
    const map = new Map<string, number>();
    for (let k = 0; k < n; k++) map.set(`session:${ids[k]}`, k);
    let sum = 0;
    return (i) => {
      sum += map.get(`session:${ids[order[i] ?? 0]}`) ?? 0;
      if (sum < 0) throw new Error('unreachable');
    };
  },
};

/**
 * A new key with every request, each allowed once a minute: `n` keys arrive a minute, so about `n` are in their
 * window at any time and `n` a minute must be forgotten (made-up cookies, a scan of many addresses).
 */
const fresh: Scenario = {
  label: 'RateLimiter: a new key every request',
  limiter(n) {
    const limiter = new RateLimiter();
    const step = 60_000 / n;
    let j = 0;
    for (; j < n; j++) limiter.allow(`anonymous:${j}`, 1, j * step);
    return () => {
      if (!limiter.allow(`anonymous:${j}`, 1, j * step)) throw new Error('a new key was refused');
      j++;
      // The keys of the last one to two minutes are remembered, no more.
      if (limiter.size > 2 * n + 1) throw new Error(`${limiter.size} keys remembered with ${n} a minute`);
    };
  },
  baseline(n) {
    // What the limiter must store: a lookup in this minute's keys and the last one's, a write, a new Map a minute.
    let current = new Map<string, number>();
    let previous = new Map<string, number>();
    let j = 0;
    for (; j < n; j++) current.set(`anonymous:${j}`, current.size);
    return () => {
      const key = `anonymous:${j}`;
      if (current.get(key) === undefined && previous.get(key) === undefined) current.set(key, current.size);
      if (current.size >= n) {
        previous = current;
        current = new Map();
      }
      j++;
    };
  },
};

/**
 * The web API's limiter: `n` sessions, 100 behind each address, each about once every 10 s: every address is over
 * its budget, so each request also asks for the client's fair share (about half are refused).
 */
const web: Scenario = {
  label: 'WebLimiter: sessions behind busy addresses',
  limiter(n) {
    const ids = sessionIds(n);
    const addresses = addressesFor(n);
    const order = randomOrder(n);
    const limiter = new WebLimiter(WEB_BENCH_LIMITS);
    for (let k = 0; k < n; k++)
      limiter.allow(addresses[k % addresses.length] ?? '', `session:${ids[k]}`, 120, 0);
    let t = 0;
    return (i) => {
      t += STEP_MS / n;
      const k = order[i] ?? 0;
      limiter.allow(addresses[k % addresses.length] ?? '', `session:${ids[k]}`, 120, t);
    };
  },
  baseline(n) {
    // The two lookups it cannot avoid: the client's slot and its address's.
    const ids = sessionIds(n);
    const addresses = addressesFor(n);
    const order = randomOrder(n);
    const clients = new Map<string, number>();
    const perAddress = new Map<string, number>(addresses.map((a, i) => [a, i]));
    for (let k = 0; k < n; k++) clients.set(`session:${ids[k]}`, k);
    let sum = 0;
    return (i) => {
      const k = order[i] ?? 0;
      sum += clients.get(`session:${ids[k]}`) ?? 0;
      sum += perAddress.get(addresses[k % addresses.length] ?? '') ?? 0;
      if (sum < 0) throw new Error('unreachable');
    };
  },
};

function addressesFor(n: number): string[] {
  const count = Math.max(1, Math.round(n / CLIENTS_PER_ADDRESS));
  return Array.from({ length: count }, (_, a) => `10.${a >> 16}.${(a >> 8) & 255}.${a & 255}`);
}

/** CPU nanoseconds per request of one round. */
function round(run: Run): number {
  const c0 = process.cpuUsage();
  for (let i = 0; i < REQUESTS; i++) run(i);
  const c = process.cpuUsage(c0);
  return ((c.user + c.system) * 1000) / REQUESTS;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

interface Measured {
  limiter: number;
  baseline: number;
  /** Medians of the paired rounds' difference and ratio (a limiter round and the baseline round after it). */
  own: number;
  ratio: number;
}

function measure(scenario: Scenario, n: number): Measured {
  const limiter = scenario.limiter(n);
  const baseline = scenario.baseline(n);
  round(limiter);
  round(baseline);
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    a.push(round(limiter));
    b.push(round(baseline));
  }
  return {
    limiter: median(a),
    baseline: median(b),
    own: median(a.map((x, i) => x - (b[i] ?? 0))),
    ratio: median(a.map((x, i) => x / (b[i] ?? 1))),
  };
}

const cell = (s: string, w = 9) => s.padStart(w);
console.log(
  `CPU ns per request, median of ${ROUNDS} rounds x ${REQUESTS.toLocaleString('en')} requests, after a warm-up round`,
);
console.log(
  [
    'keys in the window:'.padEnd(44),
    ...SIZES.map((n) => cell(n.toLocaleString('en'))),
    cell('100k/100', 10),
  ].join(''),
);
for (const scenario of [returning, fresh, web]) {
  const results = SIZES.map((n) => measure(scenario, n));
  const row = (label: string, values: number[], digits: number, unit = '', growth = true) => {
    const last = (values[values.length - 1] ?? 0) / (values[0] ?? 1);
    console.log(
      [
        label.padEnd(44),
        ...values.map((v) => cell(`${v.toFixed(digits)}${unit}`)),
        growth ? cell(`${last.toFixed(2)}x`, 10) : '',
      ].join(''),
    );
  };
  row(
    scenario.label,
    results.map((r) => r.limiter),
    0,
  );
  row(
    '  bare Map: the same keys and lookups',
    results.map((r) => r.baseline),
    0,
  );
  row(
    "  the limiter's own work (limiter - Map)",
    results.map((r) => r.own),
    0,
    '',
    false,
  );
  row(
    '  limiter/Map',
    results.map((r) => r.ratio),
    2,
    'x',
  );
}
