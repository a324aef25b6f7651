// Prints the rate limiters' cost per request with 100, 1,000, 10,000 and 100,000 keys in their minute, and beside each
// the same Map work with no limiter at all: the limiter should add a flat cost (no scan of the keys, no allocation
// per request), while the bare Maps themselves get slower as the keys outgrow the CPU's caches. The last column is
// the cost at 100,000 keys over the cost at 100. CPU time, best of 5 rounds of 200,000 requests each.
import { RateLimiter } from '../../src/core/rate-limiter.ts';
import { WebLimiter } from '../../src/web/web-limiter.ts';

const SIZES = [100, 1_000, 10_000, 100_000];
const REQUESTS = 200_000;
const ROUNDS = 5;

/** CPU nanoseconds per request, the best of ROUNDS rounds (the steadiest number on a shared machine). */
function nsPerRequest(setUp: () => (i: number) => void): number {
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const run = setUp();
    const c0 = process.cpuUsage();
    for (let i = 0; i < REQUESTS; i++) run(i);
    const c = process.cpuUsage(c0);
    best = Math.min(best, ((c.user + c.system) * 1000) / REQUESTS);
  }
  return best;
}

const keys = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** New keys all the time, each allowed 1 a minute: `n` keys are in their minute at any time, and `n` are dropped a minute. */
function churn(n: number): () => (i: number) => void {
  const names = keys('session:', n + REQUESTS);
  const step = 60_000 / n;
  return () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < n; i++) limiter.allow(names[i] ?? '', 1, i * step);
    return (i) => {
      limiter.allow(names[n + i] ?? '', 1, (n + i) * step);
      // The keys of the last one to two minutes are remembered, no more.
      if (i === REQUESTS - 1 && (limiter.size < n || limiter.size > 2 * n + 1))
        throw new Error(`size ${limiter.size}, not between ${n} and ${2 * n}`);
    };
  };
}

/** The same `n` keys again and again, in a random order, 120 a minute each (some are refused). */
function returning(n: number): () => (i: number) => void {
  const names = keys('session:', n);
  const order = Array.from({ length: REQUESTS }, () => names[Math.floor(Math.random() * n)] ?? '');
  return () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < n; i++) limiter.allow(names[i] ?? '', 120, 0);
    return (i) => limiter.allow(order[i] ?? '', 120, 30_000 + i / 10);
  };
}

/** The web API's limiter: `n` sessions spread over 100 addresses, each address over its budget (fair shares). */
function web(n: number): () => (i: number) => void {
  const sessions = keys('session:', n);
  const addresses = keys('10.0.0.', 100);
  const order = Array.from({ length: REQUESTS }, () => Math.floor(Math.random() * n));
  return () => {
    const limiter = new WebLimiter();
    for (let i = 0; i < n; i++) limiter.allow(addresses[i % 100] ?? '', sessions[i] ?? '', 120, 0);
    return (i) => {
      const s = order[i] ?? 0;
      limiter.allow(addresses[s % 100] ?? '', sessions[s] ?? '', 120, 30_000 + i / 10);
    };
  };
}

/** The floor under `churn`: new keys into two Maps turned once a minute, nothing else (what the limiter stores). */
function churnMapsOnly(n: number): () => (i: number) => void {
  const names = keys('session:', n + REQUESTS);
  return () => {
    let current = new Map<string, number>();
    let previous = new Map<string, number>();
    for (let i = 0; i < n; i++) current.set(names[i] ?? '', i);
    return (i) => {
      const k = names[n + i] ?? '';
      if (current.get(k) === undefined && previous.get(k) === undefined) current.set(k, i);
      if (current.size >= n) {
        previous = current;
        current = new Map();
      }
    };
  };
}

/** The floor under `returning`: a plain Map read and write of the same keys in the same order. */
function returningMapOnly(n: number): () => (i: number) => void {
  const names = keys('session:', n);
  const order = Array.from({ length: REQUESTS }, () => names[Math.floor(Math.random() * n)] ?? '');
  return () => {
    const map = new Map<string, number>(names.map((k) => [k, 0]));
    return (i) => {
      const k = order[i] ?? '';
      map.set(k, (map.get(k) ?? 0) + 1);
    };
  };
}

const rows: [string, (n: number) => () => (i: number) => void][] = [
  ['RateLimiter, new keys all the time (1 a minute each)', churn],
  ['  bare Maps: the same new keys, no limiter', churnMapsOnly],
  ['RateLimiter, the same keys returning (120 a minute)', returning],
  ['  bare Map: get + set of the same keys, no limiter', returningMapOnly],
  ['WebLimiter, sessions over 100 busy addresses', web],
];
console.log(`CPU ns per request (best of ${ROUNDS} x ${REQUESTS.toLocaleString('en')} requests)`);
console.log(
  ['keys:'.padEnd(54), ...SIZES.map((n) => n.toLocaleString('en').padStart(9)), '  100k/100'].join(''),
);
for (const [label, make] of rows) {
  const ns = SIZES.map((n) => nsPerRequest(make(n)));
  const growth = (ns[ns.length - 1] ?? 0) / (ns[0] ?? 1);
  console.log(
    [label.padEnd(54), ...ns.map((v) => v.toFixed(0).padStart(9)), `${growth.toFixed(1)}x`.padStart(10)].join(
      '',
    ),
  );
}
