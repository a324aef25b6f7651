// `npm run eval -- --all [--sets FILE] [--at TIME] [--only TEXT] [--runs N] [--verbose]`: every question set that a
// list of sets names (test/eval-sets/sets.yaml by default, in groups: the sets used for tuning and those kept for
// measuring), each asked of its own course's content through chat's path (the reply a student gets, commands that
// run when asked included) and judged as `npm run eval` judges; one line per set (with its course's entries and
// phrasings per entry), then each group's total (with its count per style of question, when its sets give styles,
// and how many questions the writers expected a fallback for got an answer) and the overall one.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { commands } from '../commands/index.ts';
import { chatReply } from '../src/cli/commands/ask.ts';
import { contentOrReport } from '../src/cli/load-or-report.ts';
import { trainAsRun } from '../src/engine/index.ts';
import { formatIssue } from '../src/content/content-error.ts';
import type { Content } from '../src/content/load-content.ts';
import { parseYaml } from '../src/content/yaml-file.ts';
import { casesOrReason, judge, pct, type EvalCase } from './eval.ts';

export const DEFAULT_SETS_FILE = 'test/eval-sets/sets.yaml';
/** A course's content: `shipped` is what `start` loads; otherwise a folder, relative to the list of sets. */
export const SHIPPED = 'shipped';

const setList = z.strictObject({
  courses: z.record(z.string(), z.string().min(1)).default({}),
  groups: z
    .array(z.strictObject({ name: z.string().min(1), sets: z.array(z.string().min(1)).min(1) }))
    .min(1, { error: 'list at least one group of sets' }),
});
type SetList = z.infer<typeof setList>;

/** The list of question sets in a file, or its problems, each with its line and field. */
export function readSetList(file: string): { ok: true; value: SetList } | { ok: false; problems: string[] } {
  const parsed = parseYaml(readFileSync(file, 'utf8'), file, setList);
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : { ok: false, problems: parsed.issues.map(formatIssue) };
}

export const ALL_USAGE =
  'usage: npm run eval -- --all [--sets FILE] [--at TIME] [--only TEXT] [--runs N] [--verbose]\n' +
  `       (--sets: the list of question sets, ${DEFAULT_SETS_FILE} by default; --at 2026-12-06T12:00:00Z: ask at\n` +
  "       that instant, else now; --only: just the groups whose name contains TEXT; --runs N: also each group's\n" +
  '       score in N training runs, each visiting the examples in another order; --verbose: every miss)';

export interface AllOptions {
  setsFile: string;
  at?: Date;
  only?: string;
  verbose: boolean;
  /** How many training runs to ask in (1: the one the bot ships with); see runsLine. */
  runs: number;
}

/** Each run trains every course's models again: ten take about ten times as long as one. */
const MAX_RUNS = 10;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The options after `--all`, or the one-line reason they are wrong. */
export function parseAllArgs(args: readonly string[]): AllOptions | string {
  let setsFile = DEFAULT_SETS_FILE;
  let at: Date | undefined;
  let only: string | undefined;
  let verbose = false;
  let runs = 1;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--verbose') {
      verbose = true;
      continue;
    }
    if (!['--sets', '--at', '--only', '--runs'].includes(arg)) return `unknown argument ${arg} after --all`;
    const value = args[++i];
    if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
    if (arg === '--runs') {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_RUNS)
        return `--runs ${JSON.stringify(value)} is not a number of runs from 1 to ${MAX_RUNS}`;
      runs = Number(value);
    } else if (arg === '--sets') setsFile = value;
    else if (arg === '--only') only = value;
    else {
      const time = new Date(value);
      if (!INSTANT.test(value) || Number.isNaN(time.getTime()))
        return `--at ${JSON.stringify(value)} is not an instant: write it like --at 2026-12-06T12:00:00Z`;
      at = time;
    }
  }
  if (!existsSync(setsFile) || !statSync(setsFile).isFile()) return `no list of question sets ${setsFile}`;
  return {
    setsFile: path.resolve(setsFile),
    ...(at && { at }),
    ...(only !== undefined && { only }),
    verbose,
    runs,
  };
}

/** Where a set's course content is: its folder (faq/ and schedule.yaml), or null for the shipped content. */
function contentFolder(list: SetList, dir: string, set: string): string | null {
  const course = set.split('/')[0] ?? '';
  const named = list.courses[course];
  if (named === SHIPPED) return null;
  if (named !== undefined) return path.resolve(dir, named);
  const own = path.join(dir, course, 'course');
  return existsSync(own) ? own : path.join(dir, course);
}

interface Tally {
  right: number;
  total: number;
}

/** A group's tally, and the same by the style each question's writer gave it ("short", "informal", ...). */
interface GroupTally extends Tally {
  styles: Map<string, Tally>;
  /** Questions the course does not answer (the writer expected a fallback, not an answer) that got an answer. */
  outOfScopeAnswered: number;
}

const line = (name: string, t: Tally): string => `${name}: ${t.right}/${t.total} = ${pct(t.right, t.total)}`;

/** A group's tally by style, "[long 3/4, plain 5/6]" after two spaces, when its questions have more than one style. */
function byStyle(t: GroupTally): string {
  if (t.styles.size < 2) return '';
  const styles = [...t.styles].sort(([a], [b]) => a.localeCompare(b));
  return `  [${styles.map(([style, s]) => `${style} ${s.right}/${s.total}`).join(', ')}]`;
}

/** How much content a course has to learn from: its FAQ entries and their phrasings ("28 entries, 9.6 phrasings each"). */
function phrasingsOf(content: Content): string {
  const phrasings = content.faq.reduce((n, e) => n + e.questions.length, 0);
  const each = content.faq.length ? (phrasings / content.faq.length).toFixed(1) : '0';
  return `${content.faq.length} ${content.faq.length === 1 ? 'entry' : 'entries'}, ${each} phrasings each`;
}

/** What each group's questions get, set by set; `report` is told of each miss and each set's tally. */
function askAll(
  groups: readonly { name: string; sets: readonly string[] }[],
  cases: ReadonlyMap<string, EvalCase[]>,
  contentBySet: ReadonlyMap<string, Content>,
  now: Date,
  report: {
    miss?: ((line: string) => void) | undefined;
    set?: (set: string, t: Tally, content: Content) => void;
  },
): [string, GroupTally][] {
  const totals: [string, GroupTally][] = [];
  for (const group of groups) {
    const tally: GroupTally = { right: 0, total: 0, styles: new Map(), outOfScopeAnswered: 0 };
    for (const set of group.sets) {
      const content = contentBySet.get(set) as Content;
      const t: Tally = { right: 0, total: 0 };
      for (const c of cases.get(set) ?? []) {
        const reply = chatReply(content, c.q, now);
        const problem = judge(c, reply);
        const style = c.style ?? '-';
        const s = tally.styles.get(style) ?? { right: 0, total: 0 };
        tally.styles.set(style, s);
        for (const x of [t, s]) {
          x.total++;
          if (problem === null) x.right++;
        }
        if (reply.kind === 'answer' && c.expect.includes('fallback') && !c.expect.includes('answer'))
          tally.outOfScopeAnswered++;
        if (problem !== null && report.miss)
          report.miss(
            `MISS  ${set} ${JSON.stringify(c.q)}: ${problem}; reply: ${reply.text.slice(0, 160).replace(/\n/g, ' / ')}`,
          );
      }
      report.set?.(set, t, content);
      tally.right += t.right;
      tally.total += t.total;
    }
    totals.push([group.name, tally]);
  }
  return totals;
}

/** A group's right answers in each training run, with their mean and range: "... 2287, 2282, 2288 of 2388 (mean ...)". */
export function runsLine(name: string, rights: readonly number[], total: number): string {
  const mean = rights.reduce((a, b) => a + b, 0) / rights.length;
  const low = Math.min(...rights);
  const high = Math.max(...rights);
  return (
    `${name}: ${rights.join(', ')} of ${total} ` +
    `(mean ${mean.toFixed(1)} = ${pct(mean, total)}, range ${low}-${high})`
  );
}

/** Runs the sets; returns the exit code (0; 1 for content that does not load; 2 for a list or set that is wrong). */
export function runAll(
  options: AllOptions,
  print: (s: string) => void,
  printError: (s: string) => void,
): number {
  const parsed = readSetList(options.setsFile);
  if (!parsed.ok) {
    for (const problem of parsed.problems) printError(problem);
    return 2;
  }
  const list = parsed.value;
  const dir = path.dirname(options.setsFile);
  const groups = list.groups.filter((g) => options.only === undefined || g.name.includes(options.only));
  if (groups.length === 0) {
    printError(`no group's name contains ${JSON.stringify(options.only)}`);
    return 2;
  }
  // (every set is checked before any question is asked: a typo is found at once, not after minutes)
  const cases = new Map<string, EvalCase[]>();
  for (const set of groups.flatMap((g) => g.sets)) {
    const file = path.join(dir, set);
    if (!existsSync(file)) {
      printError(`${path.relative(process.cwd(), options.setsFile)}: no question set ${set} (${file})`);
      return 2;
    }
    const read = casesOrReason(file);
    if (typeof read === 'string') {
      printError(read);
      return 2;
    }
    cases.set(set, read);
  }
  // (the content of every course too: a folder that does not load stops the run before its first question)
  const contentBySet = new Map<string, Content>();
  const loaded = new Map<string | null, Content>();
  for (const set of cases.keys()) {
    const folder = contentFolder(list, dir, set);
    let content = loaded.get(folder);
    if (!content) {
      // (its schedule.yaml beside faq/ is found as `start` finds it: scheduleSource)
      const paths = folder === null ? {} : { faqDir: path.join(folder, 'faq') };
      const read = contentOrReport(paths, `The content for ${set} has {count}:`, commands);
      if (!read) return 1;
      loaded.set(folder, (content = read));
    }
    contentBySet.set(set, content);
  }
  const now = options.at ?? new Date();
  // (run 0, the training the bot ships with, is printed set by set)
  const totals = askAll(groups, cases, contentBySet, now, {
    miss: options.verbose ? print : undefined,
    set: (set, t, content) => print(`${line(set, t)}  [${phrasingsOf(content)}]`),
  });
  const all: Tally = { right: 0, total: 0 };
  for (const [, t] of totals) {
    all.right += t.right;
    all.total += t.total;
  }
  print('');
  for (const [name, t] of totals)
    print(`${line(name, t)}${byStyle(t)}; out-of-scope questions answered: ${t.outOfScopeAnswered}`);
  if (totals.length > 1) print(line('all', all));
  if (options.runs > 1) {
    // (each further run trains every course's models again with the examples visited in another order: a new
    // Content object is a new engine, built as that run)
    const rights = totals.map(([, t]) => [t.right]);
    try {
      for (let run = 1; run < options.runs; run++) {
        trainAsRun(run);
        const copies = new Map<Content, Content>();
        const again = new Map(
          [...contentBySet].map(([set, c]) => {
            const copy = copies.get(c) ?? { ...c };
            copies.set(c, copy);
            return [set, copy];
          }),
        );
        askAll(groups, cases, again, now, {}).forEach(([, t], g) => rights[g]?.push(t.right));
      }
    } finally {
      trainAsRun(0);
    }
    print('');
    print(
      `the same in ${options.runs} training runs (each visiting the examples in another order; run 0 is above):`,
    );
    totals.forEach(([name, t], g) => print(runsLine(name, rights[g] ?? [], t.total)));
  }
  return 0;
}
