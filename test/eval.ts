// `npm run eval -- [--faq DIR] [--schedule FILE] [--no-vectors] [--verbose] SET...`: scores the answer engine on
// question sets and prints one line per set (and every miss with --verbose).
// `npm run eval -- --leave-one-out [--faq DIR] [--verbose]`: asks each FAQ phrasing of the engine with that phrasing
// left out and prints the share that still reach their own entry (and every phrasing that does not with --verbose).
// `npm run eval -- --stability N ... SET...`: also takes one phrasing from each of N entries in turn, builds the
// engine again, and prints how many replies to the sets' questions changed: how far a small edit of the content
// moves answers it is not about.
// Unknown options, missing files and malformed sets are refused with one line and the usage (exit code 2).
// A SET is a JSON list in the format of ../shared/eval/faq-dev.json ({q, expect: [kinds], facts: [regex]}), or a
// YAML file {questions: [{q, expect, id?, facts?}]}.
// `npm run eval -- --all ...`: every set test/eval-sets/sets.yaml lists, each of its own course (eval-all.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentIssue } from '../src/content/content-error.ts';
import { parseYaml } from '../src/content/yaml-file.ts';
import { z } from 'zod';
import { contentOrReport } from '../src/cli/load-or-report.ts';
import type { Content } from '../src/content/load-content.ts';
import { createAnswerEngine, type AnswerEngine, type EngineReply } from '../src/engine/index.ts';
import { pretendNow } from '../src/time/pretend-now.ts';
import { runSyllabusQa } from './eval-syllabusqa.ts';
import { ALL_USAGE, parseAllArgs, runAll } from './eval-all.ts';

const kind = z.enum(['answer', 'redirect', 'fallback']);
const devCase = z.object({
  q: z.string(),
  expect: z.array(kind).min(1),
  facts: z.array(z.string()).default([]),
  style: z.string().optional(),
});
const ownCase = z.object({
  q: z.string(),
  expect: z.union([kind, z.array(kind).min(1)], {
    error: 'must be answer, redirect or fallback, or a list of them ([answer, fallback])',
  }),
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

/** A YAML question set that does not validate: its first problem, with the line and field as validate names them. */
class QuestionSetError extends Error {
  constructor(issue: ContentIssue | undefined) {
    const where = [issue?.line ? `line ${issue.line}` : '', issue?.field ?? ''].filter(Boolean).join(' ');
    super(`${where ? `${where}: ` : ''}${issue?.message ?? 'not a list of questions'}`);
  }
}

export function readCases(file: string): EvalCase[] {
  const text = readFileSync(file, 'utf8');
  if (/\.ya?ml$/.test(file)) {
    // (read as content files are, so that a mistake is named with its line: "questions[3].expect")
    const own = parseYaml(text, file, z.object({ questions: z.array(ownCase) }));
    if (!own.ok) throw new QuestionSetError(own.issues[0]);
    return own.value.questions.map((c) => ({ ...c, expect: [c.expect].flat() }));
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

export interface StabilityEdit {
  entry: string;
  /** The phrasing taken out. */
  phrasing: string;
  /** Replies whose kind or first source differ from the unedited content's. */
  changed: number;
  /** Questions answered right after the edit. */
  right: number;
}

/** What identifies a reply for --stability: its kind and the source it answers from. */
const replyKey = (reply: EngineReply): string => `${reply.kind} ${reply.sources[0]?.id ?? ''}`;

/**
 * The content's replies to `cases` again after each of `edits` small edits, one at a time: the last phrasing taken
 * from one entry (entries with two phrasings or more, spread evenly over the FAQ). `before` are the unedited
 * content's replies, in the order of `cases`.
 */
export function stability(
  content: Content,
  cases: readonly EvalCase[],
  before: readonly EngineReply[],
  edits: number,
  build: (content: Content) => AnswerEngine,
  now: Date,
): StabilityEdit[] {
  const editable = content.faq.filter((e) => e.questions.length >= 2);
  const picked = new Set<number>();
  const count = Math.min(edits, editable.length);
  for (let i = 0; i < count; i++) picked.add(Math.floor(((i + 0.5) * editable.length) / count));
  return [...picked].map((k) => {
    const entry = editable[k] as Content['faq'][number];
    const phrasing = entry.questions[entry.questions.length - 1] as string;
    const faq = content.faq.map((e) => (e === entry ? { ...e, questions: e.questions.slice(0, -1) } : e));
    const engine = build({ ...content, faq });
    let changed = 0;
    let right = 0;
    cases.forEach((c, i) => {
      const reply = engine.answer(c.q, now);
      if (replyKey(reply) !== replyKey(before[i] as EngineReply)) changed++;
      if (judge(c, reply) === null) right++;
    });
    return { entry: entry.id, phrasing, changed, right };
  });
}

export const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

const USAGE =
  'usage: npm run eval -- [--faq DIR] [--schedule FILE] [--now TIME] [--no-vectors] [--verbose] SET...\n' +
  '       npm run eval -- --leave-one-out [--faq DIR] [--schedule FILE] [--no-vectors] [--verbose] [SET...]\n' +
  '       npm run eval -- --stability N [--faq DIR] [--schedule FILE] [--now TIME] [--no-vectors] [--verbose] SET...\n' +
  '       npm run eval -- --syllabusqa DIR SPLIT [--no-vectors] [--misses]\n' +
  '       npm run eval -- --all [--sets FILE] [--at TIME] [--only TEXT] [--verbose]\n' +
  '       (--now "YYYY-MM-DD HH:mm": ask as if it were that time in the schedule\'s zone, as `ask --now` does;\n' +
  '       --verbose: print every question answered wrong, and with --leave-one-out every phrasing that does not\n' +
  '       reach its own entry, and with --stability each edit; --stability N: take one phrasing from each of N\n' +
  '       entries in turn and count the replies that change; --syllabusqa: answers from documents, on a copy of\n' +
  '       SyllabusQA)';

export interface EvalOptions {
  faqDir?: string;
  scheduleFile?: string;
  /** `--now` as written: the local time the question sets are asked at (default: the real time). */
  now?: string;
  vectors: boolean;
  verbose: boolean;
  leaveOneOut: boolean;
  /** `--stability N`: the number of edits, 0 without it. */
  stability: number;
  sets: string[];
}

const FLAGS = new Set(['--no-vectors', '--verbose', '--leave-one-out']);
const VALUED = new Set(['--faq', '--schedule', '--now', '--stability']);
/** Most edits --stability makes (each builds the engine again). */
const MAX_EDITS = 100;
/** Options of another mode, and what to use instead here. */
const ELSEWHERE: Record<string, string> = {
  '--misses': '--misses is an option of --syllabusqa; here --verbose prints each miss',
  '--syllabusqa': '--syllabusqa comes first, before its DIR and SPLIT',
  '--all': '--all comes first, before its options',
};

/**
 * The FAQ modes' arguments (without --syllabusqa), or the one-line reason they are wrong: an unknown option, an
 * option without its value, no question set and no --leave-one-out, or a file or folder that does not exist.
 * Without --faq and --schedule: FAQ_DIR and SCHEDULE_FILE from `env` when set, the content `start` would load.
 */
export function parseEvalArgs(
  args: readonly string[],
  env: Record<string, string | undefined> = process.env,
): EvalOptions | string {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const sets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (VALUED.has(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      values.set(arg, value);
      i++;
    } else if (FLAGS.has(arg)) flags.add(arg);
    else if (arg.startsWith('-'))
      return `unknown option ${arg}${ELSEWHERE[arg] ? ` (${ELSEWHERE[arg]})` : ''}`;
    else sets.push(arg);
  }
  const leaveOneOut = flags.has('--leave-one-out');
  if (!leaveOneOut && sets.length === 0) return 'no question set given (or --leave-one-out)';
  const edits = values.get('--stability');
  if (edits !== undefined && !(/^\d+$/.test(edits) && +edits >= 1 && +edits <= MAX_EDITS))
    return `--stability needs a number of edits from 1 to ${MAX_EDITS}, not ${edits}`;
  if (edits !== undefined && sets.length === 0) return '--stability needs a question set to ask';
  const faqDir = values.get('--faq') ?? (env.FAQ_DIR || undefined);
  const scheduleFile = values.get('--schedule') ?? (env.SCHEDULE_FILE || undefined);
  if (faqDir !== undefined && !isDirectory(faqDir)) return `no FAQ folder ${faqDir}`;
  if (scheduleFile !== undefined && !isFile(scheduleFile)) return `no schedule file ${scheduleFile}`;
  const missing = sets.find((f) => !isFile(f));
  if (missing !== undefined) return `no question set file ${missing}`;
  return {
    ...(faqDir !== undefined && { faqDir: path.resolve(faqDir) }),
    ...(scheduleFile !== undefined && { scheduleFile: path.resolve(scheduleFile) }),
    ...(values.has('--now') && { now: values.get('--now') }),
    vectors: !flags.has('--no-vectors'),
    verbose: flags.has('--verbose'),
    leaveOneOut,
    stability: edits === undefined ? 0 : +edits,
    sets,
  };
}

const isFile = (p: string): boolean => existsSync(p) && statSync(p).isFile();
const isDirectory = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/** A question set's cases, or why the file is not one (file and field, one line). */
export function casesOrReason(file: string): EvalCase[] | string {
  try {
    return readCases(file);
  } catch (err) {
    if (err instanceof z.ZodError) {
      const issue = err.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      return `${file}: not a question set${where}: ${issue?.message ?? err.message}`;
    }
    return `${file}: not a question set: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  }
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--syllabusqa') {
    runSyllabusQa(args.slice(1));
    return;
  }
  if (args[0] === '--all') {
    const all = parseAllArgs(args.slice(1));
    if (typeof all === 'string') {
      console.error(all);
      console.error(ALL_USAGE);
      process.exitCode = 2;
      return;
    }
    process.exitCode = runAll(all, console.log, console.error);
    return;
  }
  const options = parseEvalArgs(args);
  if (typeof options === 'string') {
    console.error(options);
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const { vectors, verbose } = options;
  const sets: [string, EvalCase[]][] = [];
  for (const file of options.sets) {
    const cases = casesOrReason(file);
    if (typeof cases === 'string') {
      console.error(cases);
      process.exitCode = 2;
      return;
    }
    sets.push([file, cases]);
  }
  const content = contentOrReport(
    {
      ...(options.faqDir && { faqDir: options.faqDir }),
      ...(options.scheduleFile && { scheduleFile: options.scheduleFile }),
    },
    'The course content has {count}:',
  );
  if (!content) return;
  let now = new Date();
  if (options.now !== undefined) {
    const pretend = pretendNow(options.now, content.schedule.timezone);
    if (!pretend.ok) {
      console.error(pretend.message);
      console.error(USAGE);
      process.exitCode = 2;
      return;
    }
    now = pretend.now;
  }
  const started = performance.now();
  const engine = createAnswerEngine(content, { vectors });
  const { thresholds } = engine.model;
  console.log(
    `course "${content.course.name}": ${content.faq.length} entries; model built in ${(performance.now() - started).toFixed(0)} ms; ` +
      `thresholds answer ${thresholds.answer}, redirect ${thresholds.redirect}, override ${thresholds.override}; vectors ${vectors ? 'on' : 'off'}; classifier ${engine.model.trained ? 'trained' : 'not trained (too large)'}` +
      (options.now !== undefined ? `; asked at ${options.now} (${content.schedule.timezone})` : ''),
  );
  if (options.leaveOneOut) {
    const r = leaveOneOut(engine);
    if (verbose)
      for (const m of r.misses) console.log(`MISS  ${m.id}: ${JSON.stringify(m.question)} -> ${m.got}`);
    console.log(
      `leave-one-out: ${r.reached}/${r.total} = ${pct(r.reached, r.total)}` +
        (!verbose && r.misses.length
          ? ` (--verbose lists the ${r.misses.length} phrasings not reached)`
          : ''),
    );
  }
  const asked: EvalCase[] = [];
  const replies: EngineReply[] = [];
  // (the questions answered right, over all sets: --stability compares the edits with it)
  let unedited = 0;
  for (const [file, cases] of sets) {
    let correct = 0;
    const byStyle = new Map<string, [number, number]>();
    const byKind = new Map<string, [number, number]>();
    for (const c of cases) {
      const reply = engine.answer(c.q, now);
      asked.push(c);
      replies.push(reply);
      const problem = judge(c, reply);
      const ok = problem === null;
      if (ok) {
        correct++;
        unedited++;
      }
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
  if (options.stability > 0) {
    const edits = stability(
      content,
      asked,
      replies,
      options.stability,
      (edited) => createAnswerEngine(edited, { vectors }),
      now,
    );
    if (verbose)
      for (const e of edits)
        console.log(
          `EDIT  ${e.entry} without ${JSON.stringify(e.phrasing)}: ${e.changed} replies changed, ${e.right}/${asked.length} right`,
        );
    const changed = edits.map((e) => e.changed);
    const mean = (xs: number[]): string =>
      (xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(1);
    console.log(
      `stability: ${edits.length} edits, one phrasing taken from one entry each: replies changed per edit ` +
        `${mean(changed)} on average (${Math.min(...changed)} to ${Math.max(...changed)}) of ${asked.length}; ` +
        `right after an edit ${mean(edits.map((e) => e.right))} on average (${unedited} unedited)`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
