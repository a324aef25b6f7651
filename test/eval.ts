// `npm run eval -- [--faq DIR] [--schedule FILE] [--no-vectors] [--verbose] SET...`: scores the answer engine on
// question sets and prints one line per set (and every miss with --verbose).
// `npm run eval -- --leave-one-out [--faq DIR]`: asks each FAQ phrasing of the engine with that phrasing left out.
// A SET is a JSON list in the format of ../shared/eval/faq-dev.json ({q, expect: [kinds], facts: [regex]}), or a
// YAML file {questions: [{q, expect, id?, facts?}]}.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadContent, type Content } from '../src/content/load-content.ts';
import { createAnswerEngine, type AnswerEngine, type EngineReply } from '../src/engine/index.ts';
import { runSyllabusQa } from './eval-syllabusqa.ts';

const kind = z.enum(['answer', 'redirect', 'fallback']);
const devCase = z.object({
  q: z.string(),
  expect: z.array(kind).min(1),
  facts: z.array(z.string()).default([]),
  style: z.string().optional(),
});
const ownCase = z.object({
  q: z.string(),
  expect: kind,
  id: z.string().optional(),
  facts: z.array(z.string()).default([]),
});
export interface EvalCase {
  q: string;
  expect: string[];
  id?: string;
  facts: string[];
  style?: string;
}

export function readCases(file: string): EvalCase[] {
  const text = readFileSync(file, 'utf8');
  if (/\.ya?ml$/.test(file)) {
    const own = z.object({ questions: z.array(ownCase) }).parse(parse(text));
    return own.questions.map((c) => ({ ...c, expect: [c.expect] }));
  }
  return z.array(devCase).parse(JSON.parse(text));
}

/** Why a reply is wrong for a case, or null when it is right. */
export function judge(c: EvalCase, reply: EngineReply): string | null {
  if (!c.expect.includes(reply.kind)) return `kind ${reply.kind}, expected ${c.expect.join('|')}`;
  if (c.id && reply.kind === 'answer' && reply.sources[0]?.id !== c.id) {
    return `answered from ${reply.sources[0]?.id ?? 'nothing'}, expected ${c.id}`;
  }
  const missing = c.facts.filter((f) => !new RegExp(f, 'i').test(reply.text));
  return missing.length ? `missing facts ${missing.map((f) => `/${f}/`).join(', ')}` : null;
}

export interface LeaveOneOutResult {
  reached: number;
  total: number;
  misses: { id: string; question: string; got: string }[];
}

/**
 * Asks each authored phrasing of the engine with that phrasing left out of the model (the threshold stays the one
 * calibrated on the whole course): how well an entry is reached by questions nobody wrote down. A phrasing that is a
 * private request is redirected by design and counts as a miss here.
 */
export function leaveOneOut(engine: AnswerEngine): LeaveOneOutResult {
  const { model } = engine;
  const result: LeaveOneOutResult = { reached: 0, total: 0, misses: [] };
  model.classifier.examples.forEach((example, i) => {
    const info = model.classes[example.cls];
    if (info?.kind !== 'answer' || !info.entry.questions.includes(example.text)) return;
    const d = model.decide(example.text, i);
    result.total++;
    const top = d.kind === 'answer' ? d.entries[0]?.entry.id : undefined;
    if (top === info.entry.id) result.reached++;
    else
      result.misses.push({ id: info.entry.id, question: example.text, got: `${d.kind} ${top ?? ''}`.trim() });
  });
  return result;
}

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--syllabusqa') {
    runSyllabusQa(args.slice(1));
    return;
  }
  const flag = (name: string): boolean => {
    const i = args.indexOf(name);
    if (i >= 0) args.splice(i, 1);
    return i >= 0;
  };
  const option = (name: string): string | undefined => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    return value;
  };
  // (without the flags: the content `start` would load, FAQ_DIR and SCHEDULE_FILE when set)
  const faqDir = option('--faq') ?? (process.env.FAQ_DIR || undefined);
  const scheduleFile = option('--schedule') ?? (process.env.SCHEDULE_FILE || undefined);
  const verbose = flag('--verbose');
  const vectors = !flag('--no-vectors');
  const loo = flag('--leave-one-out');
  if (!loo && args.length === 0) {
    console.error(
      'usage: npm run eval -- [--faq DIR] [--schedule FILE] [--no-vectors] [--verbose] SET...\n' +
        '       npm run eval -- --leave-one-out [--faq DIR] [--schedule FILE] [--verbose]\n' +
        '       npm run eval -- --syllabusqa DIR SPLIT [--no-vectors] [--misses] (answers from documents, on a copy of SyllabusQA)',
    );
    process.exitCode = 2;
    return;
  }
  const content: Content = loadContent({
    ...(faqDir && { faqDir: path.resolve(faqDir) }),
    ...(scheduleFile && { scheduleFile: path.resolve(scheduleFile) }),
  });
  const started = performance.now();
  const engine = createAnswerEngine(content, { vectors });
  const { thresholds } = engine.model;
  console.log(
    `course "${content.course.name}": ${content.faq.length} entries; model built in ${(performance.now() - started).toFixed(0)} ms; ` +
      `thresholds answer ${thresholds.answer}, redirect ${thresholds.redirect}; vectors ${vectors ? 'on' : 'off'}`,
  );
  if (loo) {
    const r = leaveOneOut(engine);
    if (verbose)
      for (const m of r.misses) console.log(`MISS  ${m.id}: ${JSON.stringify(m.question)} -> ${m.got}`);
    console.log(`leave-one-out: ${r.reached}/${r.total} = ${pct(r.reached, r.total)}`);
  }
  const now = new Date();
  for (const file of args) {
    const cases = readCases(file);
    let correct = 0;
    const byStyle = new Map<string, [number, number]>();
    const byKind = new Map<string, [number, number]>();
    for (const c of cases) {
      const reply = engine.answer(c.q, now);
      const problem = judge(c, reply);
      const ok = problem === null;
      if (ok) correct++;
      for (const [map, key] of [
        [byStyle, c.style ?? '-'],
        [byKind, c.expect.join('|')],
      ] as const) {
        const v = map.get(key) ?? [0, 0];
        map.set(key, [v[0] + (ok ? 1 : 0), v[1] + 1]);
      }
      if (!ok && verbose) {
        const top = reply.sources.map((s) => `${s.id} ${s.score}`).join(', ') || 'no sources';
        console.log(`MISS  ${JSON.stringify(c.q)}\n      ${problem} (${top})`);
        console.log(`      reply: ${reply.text.replace(/\n+/g, ' / ').slice(0, 200)}`);
      }
    }
    const detail = (m: Map<string, [number, number]>): string =>
      [...m].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ');
    console.log(
      `${path.basename(file)}: ${correct}/${cases.length} = ${pct(correct, cases.length)}  [${detail(byKind)}]` +
        (byStyle.size > 1 ? `  [${detail(byStyle)}]` : ''),
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
