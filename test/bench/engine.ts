// Benchmarks the answer engine against plain fuse.js (defaults) on the course FAQ and on generated FAQs of 100 and
// 1,000 entries:
// index build time, p50/p99 time per question, and top-1 accuracy where the right entry is known.
import Fuse from 'fuse.js';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse } from 'yaml';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import type { LoadedFaqEntry } from '../../src/content/load-faq.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';

interface Query {
  q: string;
  /** The entry that should answer, when known. */
  id?: string;
}

// A small deterministic PRNG so every run measures the same FAQ and questions.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SUBJECTS = (
  'assignment 1,assignment 2,the exam,lab session,project proposal,peer review,reading list,python setup,' +
  'gpu cluster,final report,poster session,guest lecture,office hours,weekly quiz,attendance,grading rubric,' +
  'writing check,team formation,dataset access,code review,presentation,seminar,course survey,tutorial,' +
  'github classroom,jupyter hub,lecture notes,video recordings,discussion forum,study group,revision session,' +
  'practice exam,bonus exercise,research paper,literature review,ethics module,capstone project,demo day,' +
  'lab report,self study,mentor meeting,thesis topic,internship credit,library access,cloud credits,' +
  'reading group,coding challenge,hackathon,final grade,resit exam'
).split(',');
const ASPECTS = (
  'deadline,format,length limit,late policy,submission portal,template,grading criteria,group size,' +
  'prerequisites,location,schedule,feedback,resubmission,allowed tools,collaboration rules,registration,' +
  'weight in the final grade,language,contact person,required software'
).split(',');
const FILLER = (
  'students should check the page regularly and plan ahead since changes are announced in class and online ' +
  'where the staff answer questions within two working days unless the rules say otherwise for this part'
).split(' ');

function generatedFaq(subjects = SUBJECTS.length): { content: Content; queries: Query[] } {
  const base = loadContent();
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const faq: LoadedFaqEntry[] = [];
  for (const subject of SUBJECTS.slice(0, subjects)) {
    for (const aspect of ASPECTS) {
      const id = `${subject}-${aspect}`.replace(/[^a-z0-9]+/g, '-');
      const filler = Array.from({ length: 30 + Math.floor(rand() * 50) }, () => pick(FILLER)).join(' ');
      faq.push({
        id,
        title: `The ${aspect} of the ${subject}`,
        questions: [
          `what is the ${aspect} for the ${subject}`,
          `${subject} ${aspect}?`,
          `how does the ${aspect} work for the ${subject}`,
          `where can i find the ${aspect} of the ${subject}`,
        ],
        tags: [subject, aspect],
        answer: `For the ${subject}, the ${aspect} is described here: ${filler}.`,
        see_also: [],
        file: 'generated.yaml',
        line: null,
      });
    }
  }
  // Swaps two neighbouring letters inside one word (never the first letter, never across a space).
  const typo = (text: string): string =>
    text.replace(/[a-z]{6,}/, (w) => {
      const i = 1 + Math.floor(rand() * (w.length - 2));
      return w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
    });
  const queries: Query[] = [];
  for (let i = 0; i < 400; i++) {
    const e = pick(faq);
    const [subject = '', aspect = ''] = e.tags;
    const template = pick([
      `hey whats the ${aspect} for ${subject}`,
      `${subject}: ${aspect} please`,
      `can someone tell me the ${typo(aspect)} of the ${subject}`,
      `i'm confused about the ${aspect} for the ${typo(subject)}, where is it explained?`,
    ]);
    queries.push({ q: template, id: e.id });
  }
  for (const q of ['what is the capital of france', 'how do i install windows', 'best pizza near campus']) {
    for (let i = 0; i < 30; i++) queries.push({ q });
  }
  return { content: { ...base, faq }, queries };
}

function courseQueries(): Query[] {
  const file = new URL('../eval-sets/dl/questions.yaml', import.meta.url);
  const parsed = parse(readFileSync(file, 'utf8')) as { questions: { q: string; id?: string }[] };
  return parsed.questions.map((c) => ({ q: c.q, id: c.id?.startsWith('schedule:') ? undefined : c.id }));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Result {
  build: number;
  p50: number;
  p99: number;
  bestP99: number;
  top1: string;
  timed: number;
}

// A full collection before each timed phase, so the garbage of building a 1,000-entry index (a one-time start-up
// cost) is not collected in the middle of the per-question timings of whichever engine runs next.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Rounds of the engine's timings: each question's fastest of them gives the "best-of" p99. */
const ENGINE_ROUNDS = 7;
/** Plain fuse.js over long answers takes tens of milliseconds a question: its timing stops after this budget. */
const BUDGET_MS = 20_000;

function measure(build: () => (q: string) => string | undefined, queries: Query[], rounds: number): Result {
  const t0 = performance.now();
  const ask = build();
  const buildMs = performance.now() - t0;
  if (rounds > 1) for (const q of queries) ask(q.q); // warm-up: JIT and caches, as in a running bot
  collectGarbage();
  const times: number[] = [];
  const best: number[] = [];
  let known = 0;
  let right = 0;
  const start = performance.now();
  for (let round = 0; round < rounds && performance.now() - start < BUDGET_MS; round++) {
    queries.forEach((q, i) => {
      const t = performance.now();
      const top = ask(q.q);
      const ms = performance.now() - t;
      times.push(ms);
      best[i] = Math.min(best[i] ?? Infinity, ms);
      if (round === 0 && q.id) {
        known++;
        if (top === q.id) right++;
      }
    });
  }
  times.sort((a, b) => a - b);
  // Each question's fastest of its rounds: what the work costs when the process is not preempted (this machine
  // is shared, and a descheduled millisecond lands in whichever question was running).
  const intrinsic = best.filter((b) => b < Infinity).sort((a, b) => a - b);
  const top1 = known ? `${((100 * right) / known).toFixed(1)}% of ${known}` : 'n/a';
  return {
    build: buildMs,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    bestP99: rounds > 1 ? percentile(intrinsic, 99) : NaN,
    top1,
    timed: times.length,
  };
}

function run(name: string, content: Content, queries: Query[], fuseQueries: Query[] = queries): void {
  const now = new Date();
  let threshold = NaN;
  let trained = false;
  const engine = measure(
    () => {
      const e = getAnswerEngine(content);
      threshold = e.model.thresholds.answer;
      trained = e.model.trained;
      e.answer('warm up the index', now); // the index is built on first use
      return (q) => {
        const r = e.answer(q, now);
        return r.kind === 'answer' ? r.sources[0]?.id : undefined;
      };
    },
    queries,
    ENGINE_ROUNDS,
  );
  const fuse = measure(
    () => {
      const f = new Fuse(content.faq, { keys: ['questions', 'title', 'tags', 'answer'] });
      return (q) => f.search(q, { limit: 1 })[0]?.item.id;
    },
    fuseQueries,
    1,
  );
  const ms = (n: number): string => `${n.toFixed(3)} ms`.padStart(11);
  console.log(
    `\n${name}: ${content.faq.length} entries (the engine's answer threshold: ${threshold}; ` +
      `its classifier ${trained ? 'trained' : 'not trained: too large to train at start-up'})`,
  );
  console.log(
    `${''.padEnd(22)}${'build'.padStart(11)}${'p50'.padStart(11)}${'p99'.padStart(11)}${'p99 best-of'.padStart(13)}${'timed'.padStart(7)}   top-1 right`,
  );
  for (const [label, r] of [
    ['answer engine', engine],
    ['fuse.js defaults', fuse],
  ] as const) {
    console.log(
      `${label.padEnd(22)}${ms(r.build)}${ms(r.p50)}${ms(r.p99)}${Number.isNaN(r.bestP99) ? '          n/a' : ms(r.bestP99).padStart(13)}${String(r.timed).padStart(7)}   ${r.top1}`,
    );
  }
}

run('Course FAQ (faq/)', loadContent(), courseQueries());
// A course of a hundred entries, about as large as one whose classifier is still trained: the build time shows the
// training's cost.
const hundred = generatedFaq(5);
run('Generated FAQ', hundred.content, hundred.queries);
const generated = generatedFaq();
// Every 4th question for plain fuse.js: at its speed on 1,000 entries the full set would take minutes.
run(
  'Generated FAQ',
  generated.content,
  generated.queries,
  generated.queries.filter((_, i) => i % 4 === 0),
);

// A message that asks two things ("...? ...?") is also asked part by part (src/engine/compound-question.ts), so it
// costs about three questions: the 1,000-entry FAQ's course questions, two to a message.
const asked = generated.queries.filter((q) => q.id !== undefined).map((q) => q.q.replace(/[?\s]+$/, ''));
const twoAtOnce: Query[] = [];
for (let i = 0; i + 1 < asked.length; i += 2) twoAtOnce.push({ q: `${asked[i]}? ${asked[i + 1]}?` });
const pairs = measure(
  () => {
    const e = getAnswerEngine(generated.content);
    return (q) => e.answer(q, new Date()).sources[0]?.id;
  },
  twoAtOnce,
  ENGINE_ROUNDS,
);
const msText = (n: number): string => `${n.toFixed(3)} ms`.padStart(11);
console.log(
  `${'two questions at once'.padEnd(22)}${''.padStart(11)}${msText(pairs.p50)}${msText(pairs.p99)}` +
    `${msText(pairs.bestP99).padStart(13)}${String(pairs.timed).padStart(7)}   (${twoAtOnce.length} messages)`,
);
