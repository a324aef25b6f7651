// Prints how long the gradient checker takes at its limits and how fast it rejects invalid input.
// Run with `npm run bench -- gradcheck`. Targets (issue 7): < 50 ms at the limits, < 10 ms to reject.
import { performance } from 'node:perf_hooks';
import { MAX_INPUT_BYTES, MAX_STATEMENTS, checkGradients } from '../../src/gradcheck/index.ts';

const PARAMETERS = 100;
const NODES = 1600;
const CLAIMS = MAX_STATEMENTS - PARAMETERS - NODES - 3;

const node = (i: number): string => `h${i.toString(36)}`;

/** 2,000 statements with about 10,000 operations, small enough to stay under 64 KB. */
function programAtLimits(claimFor: (name: string) => string): string {
  const lines: string[] = [];
  for (let i = 0; i < PARAMETERS; i++) lines.push(`a${i}=${((i % 17) - 8) / 10}`);
  lines.push(`${node(0)}=0.3`, `${node(1)}=-0.2`);
  const p = (i: number, k: number): string => `a${(i * 7 + k * 31) % PARAMETERS}`;
  for (let i = 2; i < NODES + 2; i++) {
    lines.push(`${node(i)}=tanh(${p(i, 0)}*${node(i - 1)}+${p(i, 1)})+sin(${node(i - 2)}-${p(i, 2)})`);
  }
  lines.push(`l=${node(NODES + 1)}^2`);
  // Every parameter, then nodes spread over the graph.
  for (let j = 0; j < CLAIMS; j++) {
    lines.push(claimFor(j < PARAMETERS ? `a${j}` : node(2 + (((j - PARAMETERS) * 8) % NODES))));
  }
  return lines.join('\n');
}

function timeIt(label: string, text: string, runs: number, expectOk: boolean): void {
  const result = checkGradients(text);
  if (result.ok !== expectOk) {
    throw new Error(`${label}: expected ok=${expectOk}, got ${JSON.stringify(result).slice(0, 300)}`);
  }
  for (let i = 0; i < 3; i++) checkGradients(text);
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    checkGradients(text);
    times.push(performance.now() - start);
  }
  // CPU time per run as well: on a busy machine wall-clock times include waiting for a core.
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  const p99 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)] ?? Number.NaN;
  const bytes = Buffer.byteLength(text);
  const outcome = result.ok
    ? `${result.summary.correct}/${result.summary.total} correct`
    : result.error.message;
  console.log(
    `${label.padEnd(52)} median ${median.toFixed(2).padStart(7)} ms   p99 ${p99.toFixed(2).padStart(7)} ms   ` +
      `cpu/run ${cpuMs.toFixed(2).padStart(6)} ms   ` +
      `(${(bytes / 1024).toFixed(1)} KB; ${outcome.slice(0, 60)})`,
  );
}

// Claims copied from a revealed run, every second one spoiled, so hints are searched for too.
const probe = checkGradients(
  programAtLimits((name) => `dl/d${name}=0`),
  { reveal: true },
);
if (!probe.ok) throw new Error(`bench program is invalid: ${probe.error.message}`);
const truths = new Map(probe.claims.map((c) => [c.wrt, c.true ?? 0]));
let k = 0;
const atLimits = programAtLimits((name) => {
  const truth = truths.get(name) ?? 0;
  return `dl/d${name}=${(k++ % 2 === 0 ? truth : truth * 1.7 + 0.01).toPrecision(6)}`;
});
const operations = (atLimits.replace(/^d.*$/gm, '').match(/[-+*/^]|tanh|sin/g) ?? []).length;
console.log(
  `program at the limits: ${atLimits.split('\n').length} statements, ~${operations} operations, ${CLAIMS} claims`,
);
timeIt('check at the limits (finite differences incl.)', atLimits, 60, true);

/** The other extreme: every claim about a different output, dh_{i+1}/dh_i along a long chain. */
function chainOfOutputs(claimFor: (i: number) => string): string {
  const lines: string[] = [];
  for (let i = 0; i < 50; i++) lines.push(`a${i}=${((i % 17) - 8) / 10}`);
  lines.push('h0=0.3', 'h1=-0.2');
  const nodes = (MAX_STATEMENTS - 52) / 2 + 1;
  for (let i = 2; i <= nodes; i++) {
    lines.push(`h${i}=tanh(a${(i * 7) % 50}*h${i - 1}+a${(i * 3) % 50})+sin(h${i - 2}-a${(i * 11) % 50})`);
  }
  for (let i = 2; i < nodes; i++) lines.push(claimFor(i));
  return lines.join('\n');
}
const chainProbe = checkGradients(
  chainOfOutputs((i) => `dh${i + 1}/dh${i}=0`),
  { reveal: true },
);
if (!chainProbe.ok) throw new Error(`bench program is invalid: ${chainProbe.error.message}`);
const chain = chainOfOutputs((i) => {
  const truth = chainProbe.claims[i - 2]?.true ?? 0;
  return `dh${i + 1}/dh${i}=${(i % 2 === 0 ? truth : truth * 1.7 + 0.01).toPrecision(6)}`;
});
console.log(
  `program with one output per claim: ${chain.split('\n').length} statements, ${chainProbe.claims.length} claims`,
);
timeIt('check, every claim a different output', chain, 30, true);

const wide = `x = 1\ny = ${Array(8000).fill('x').join('+')}\n${Array.from({ length: 1000 }, (_, i) => `dy/dx=${i + 1}`).join('\n')}`;
timeIt('check, one name used 8,000 times, 1,000 wrong claims', wide, 30, true);

const neuron = `x = 2; t = 1; w = 0.5; b = -0.3
k = w*x + b; y = sigmoid(k); l = (y - t)^2
dl/dw = -0.2943; dl/db = -0.1471; dl/dk = 0.1471`;
timeIt('typical: the single neuron of the issue', neuron, 200, true);

// The program at the limits without its claims, leaving room for one or two more statements.
const big = atLimits.split('\n').slice(0, PARAMETERS + NODES + 3);
const rejects: [string, string][] = [
  ['over 64 KB', `x = 1\n${'#'.repeat(MAX_INPUT_BYTES)}`],
  ['2,001 statements', Array.from({ length: MAX_STATEMENTS + 1 }, (_, i) => `x${i}=1`).join(';')],
  ['nesting 65 deep', `x = ${'('.repeat(65)}1${')'.repeat(65)}`],
  ['syntax error on the last line', `${big.join('\n')}\ny = 2x`],
  ['log(0) on the last line', `${big.join('\n')}\ny = log(a0 - a0 + 0)*h5`],
  ['undefined name on the last line', `${big.join('\n')}\ny = nowhere*2`],
  ['claim on a name l does not depend on', `${big.join('\n')}\nz = 1\ndl/dz = 1`],
  ['number out of range', `${big.join('\n')}\ny = 1e999`],
  ['claims without computation', 'dl/dw = 1\n'.repeat(1000)],
];
for (const [label, text] of rejects) timeIt(`reject: ${label}`, text, 60, false);
