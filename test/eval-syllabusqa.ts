// `npm run eval -- --syllabusqa DIR SPLIT`: the SyllabusQA benchmark (63 real syllabi, questions written by people)
// on a local copy of the data set, which stays outside the repository. Each syllabus is split into passages as a
// course document would be, and each question is asked of that syllabus's passage index. Scoring, as in issue 11:
// an answerable question is right when the reply contains at least 80% of the words of its first answer span
// (the totals count the questions that have one); a "no answer" question is right when the reply is a fallback.
// Reasoning questions have no answer span: their rows use the first reasoning step (which quotes or paraphrases the
// syllabus) in its place and stay out of the totals. Printed per question type and overall, beside plain BM25
// (MiniSearch over 80-word windows, the best one returned as the reply).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import {
  DEFAULT_SPLIT,
  splitDocument,
  type Passage,
  type SplitOptions,
} from '../src/content/split-passages.ts';
import { answersQuestionType } from '../src/engine/answer-type.ts';
import { createPassageIndex } from '../src/engine/passages/index.ts';
import { checkedText, renderPassageAnswer } from '../src/engine/passages/render-quote.ts';
import { wordVectors, type WordVectors } from '../src/engine/vectors.ts';
import { loadContent } from '../src/content/load-content.ts';
import { chatReply } from '../src/cli/commands/ask.ts';

const item = z.object({
  id: z.string(),
  syllabus_name: z.string(),
  question_type: z.string(),
  question: z.string(),
  answer_span_1: z.string().nullable(),
  reasoning_step_1: z.string().nullable(),
});
type Item = z.infer<typeof item>;

const NO_ANSWER = 'no answer';
/** A reply contains an answer when it holds at least this share of the answer span's words. */
export const SPAN_SHARE = 0.8;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the span's words (with repeats) that occur in the reply. */
export function spanShare(span: string, reply: string): number {
  const spanWords = words(span);
  if (spanWords.length === 0) return 0;
  const have = new Set(words(reply));
  return spanWords.filter((w) => have.has(w)).length / spanWords.length;
}

/** A reply to a question: its text, or null for a fallback. */
export type System = (syllabus: Syllabus) => (question: string) => string | null;

export interface Syllabus {
  text: string;
  passages: Passage[];
}

/** Plain BM25: MiniSearch over 80-word windows (stride 40), the best window as the reply; no result falls back. */
export const plainBm25: System = ({ text }) => {
  const tokens = text.split(/\s+/).filter(Boolean);
  const windows: { id: number; text: string }[] = [];
  for (let i = 0; i < tokens.length; i += 40) {
    windows.push({ id: windows.length, text: tokens.slice(i, i + 80).join(' ') });
    if (i + 80 >= tokens.length) break;
  }
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
  ms.addAll(windows);
  return (q) => {
    const hit = ms.search(q)[0];
    return hit ? String(hit.text) : null;
  };
};

/**
 * The passage index as the bot uses it: a confident answer's rendered reply when its passage is of the kind the
 * question asks for (the answer-type checks, as the engine applies them to quotes), else a fallback.
 */
export const passageIndexSystem =
  (vectors: WordVectors | null = wordVectors()): System =>
  ({ passages }) => {
    const index = createPassageIndex(passages, vectors);
    return (q) => {
      const a = index.answer(q);
      return a && a.confident && answersQuestionType(q, checkedText(a), []) ? renderPassageAnswer(a) : null;
    };
  };

/**
 * The whole bot as chat runs it: each syllabus is a course folder of its own holding a minimal course file and the
 * syllabus as its only document (what a TA who adopts the bot with a syllabus alone has), each question asked as a
 * chat message is (redirects, declines, the bot's knowledge of its commands and the documents); a reply that is not
 * an answer counts as a fallback.
 */
export const botSystem =
  (root: string): System =>
  ({ text }) => {
    const dir = mkdtempSync(path.join(root, 'course-'));
    writeFileSync(path.join(dir, 'course.yaml'), 'name: A course\ncontacts:\n  email: staff@example.edu\n');
    writeFileSync(path.join(dir, 'syllabus.txt'), text);
    const content = loadContent({ faqDir: dir });
    const now = new Date('2026-01-15T12:00:00Z');
    return (q) => {
      const reply = chatReply(content, q, now);
      return reply.kind === 'answer' ? reply.text : null;
    };
  };

/** A syllabus text: UTF-8, or Mac Roman as most of SyllabusQA's text files are. */
function readSyllabus(file: string): string {
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('macintosh').decode(bytes);
  }
}

export interface Tally {
  right: number;
  total: number;
}

export interface Outcome {
  byType: Map<string, Tally>;
  answerable: Tally;
  noAnswer: Tally;
  overall: Tally;
  /** Length in words of every reply that is not a fallback. */
  replyWords: number[];
}

function add(t: Tally, right: boolean): void {
  t.total++;
  if (right) t.right++;
}

export function spanOf(q: Item): string | null {
  return q.answer_span_1 ?? q.reasoning_step_1;
}

export function loadSplit(
  dir: string,
  split: string,
  splitOptions: SplitOptions = DEFAULT_SPLIT,
): { items: Item[]; syllabi: Map<string, Syllabus> } {
  const file = path.join(dir, 'data', 'dataset_split', `${split}.json`);
  if (!existsSync(file))
    throw new Error(`${file} not found: DIR must be a copy of SyllabusQA, SPLIT train, val or test`);
  const items = z.array(item).parse(JSON.parse(readFileSync(file, 'utf8')));
  const syllabi = new Map<string, Syllabus>();
  for (const name of new Set(items.map((i) => i.syllabus_name))) {
    const text = readSyllabus(path.join(dir, 'syllabi', 'syllabi_redacted', 'text', `${name}.txt`));
    syllabi.set(name, { text, passages: splitDocument(text, `${name}.txt`, 'text', splitOptions) });
  }
  return { items, syllabi };
}

export function score(
  items: Item[],
  syllabi: Map<string, Syllabus>,
  system: System,
  onMiss?: (q: Item, reply: string | null) => void,
): Outcome {
  const out: Outcome = {
    byType: new Map(),
    answerable: { right: 0, total: 0 },
    noAnswer: { right: 0, total: 0 },
    overall: { right: 0, total: 0 },
    replyWords: [],
  };
  const bySyllabus = new Map<string, Item[]>();
  for (const i of items) bySyllabus.set(i.syllabus_name, [...(bySyllabus.get(i.syllabus_name) ?? []), i]);
  for (const [name, questions] of bySyllabus) {
    const ask = system(syllabi.get(name) ?? { text: '', passages: [] });
    for (const q of questions) {
      const reply = ask(q.question.trim());
      const span = spanOf(q);
      if (reply !== null) out.replyWords.push(reply.split(/\s+/).filter(Boolean).length);
      const right =
        q.question_type === NO_ANSWER
          ? reply === null
          : reply !== null && span !== null && spanShare(span, reply) >= SPAN_SHARE;
      if (!right) onMiss?.(q, reply);
      const type = out.byType.get(q.question_type) ?? { right: 0, total: 0 };
      out.byType.set(q.question_type, type);
      add(type, right);
      if (q.question_type === NO_ANSWER) add(out.noAnswer, right);
      else if (q.answer_span_1 !== null) add(out.answerable, right);
      else continue;
      add(out.overall, right);
    }
  }
  return out;
}

const pct = (t: Tally | undefined): string =>
  t && t.total ? `${((100 * t.right) / t.total).toFixed(1)}%`.padStart(8) : '     n/a';

const USAGE =
  'usage: npm run eval -- --syllabusqa DIR SPLIT [--no-vectors] [--misses]\n' +
  '       (DIR: a copy of SyllabusQA; SPLIT: train, val or test; --no-vectors: words alone, as on a machine\n' +
  '       without the word-vector file; --misses: print every question scored wrong)';

export function runSyllabusQa(args: string[]): void {
  const flags = new Set(['--no-vectors', '--misses']);
  const unknown = args.find((a) => a.startsWith('--') && !flags.has(a));
  const [dir, split, extra] = args.filter((a) => !flags.has(a));
  if (!dir || !split || extra !== undefined || unknown !== undefined) {
    if (unknown !== undefined) console.error(`unknown option ${unknown}`);
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const verbose = args.includes('--misses');
  const vectors = args.includes('--no-vectors') ? null : wordVectors();
  let loaded: ReturnType<typeof loadSplit>;
  try {
    loaded = loadSplit(dir, split);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 2;
    return;
  }
  const { items, syllabi } = loaded;
  const root = mkdtempSync(path.join(tmpdir(), 'syllabusqa-'));
  let bot: Outcome;
  try {
    bot = score(items, syllabi, botSystem(root), (q, reply) => {
      if (!verbose) return;
      console.log(`BOT MISS [${q.question_type}] ${q.syllabus_name}: ${q.question.trim()}`);
      console.log(`     reply: ${reply === null ? 'fallback' : reply.replace(/\s+/g, ' ').slice(0, 300)}`);
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const ours = score(items, syllabi, passageIndexSystem(vectors), (q, reply) => {
    if (!verbose) return;
    const span = spanOf(q);
    console.log(`MISS [${q.question_type}] ${q.syllabus_name}: ${q.question.trim()}`);
    console.log(`     span: ${span?.replace(/\s+/g, ' ').slice(0, 200) ?? '-'}`);
    console.log(`     reply: ${reply === null ? 'fallback' : reply.replace(/\s+/g, ' ').slice(0, 300)}`);
  });
  const bm25 = score(items, syllabi, plainBm25);
  const passages = [...syllabi.values()].reduce((n, s) => n + s.passages.length, 0);
  console.log(
    `SyllabusQA ${split}: ${items.length} questions on ${syllabi.size} syllabi (${passages} passages)\n` +
      `passages: BM25 candidates, re-ranker and confidence ${vectors ? 'with word vectors' : 'on words alone'}` +
      `${args.includes('--no-vectors') ? ' (--no-vectors)' : vectors ? '' : ' (the word-vector file is not installed)'}\n`,
  );
  console.log(
    `${'question type'.padEnd(20)}${'n'.padStart(6)}${'passages'.padStart(10)}${'BM25'.padStart(10)}${'bot'.padStart(10)}`,
  );
  const types = [...ours.byType.keys()].sort();
  for (const t of types) {
    console.log(
      `${(t.includes('reasoning') ? `${t} *` : t).padEnd(20)}${String(ours.byType.get(t)?.total).padStart(6)}  ${pct(ours.byType.get(t))}  ${pct(bm25.byType.get(t))}  ${pct(bot.byType.get(t))}`,
    );
  }
  for (const [label, key] of [
    ['answerable (span)', 'answerable'],
    ['no answer: fallback', 'noAnswer'],
    ['overall', 'overall'],
  ] as const) {
    console.log(
      `${label.padEnd(20)}${String(ours[key].total).padStart(6)}  ${pct(ours[key])}  ${pct(bm25[key])}  ${pct(bot[key])}`,
    );
  }
  const lengths = (o: Outcome): string => {
    const w = [...o.replyWords].sort((a, b) => a - b);
    const at = (p: number): number => w[Math.min(w.length - 1, Math.floor(p * w.length))] ?? 0;
    return `${w.length} replies: p10 ${at(0.1)}, p50 ${at(0.5)}, p90 ${at(0.9)}, max ${at(1)}`;
  };
  console.log(`\nreply length in words (fallbacks left out), passages: ${lengths(ours)}`);
  console.log(`${' '.repeat(43)}BM25: ${lengths(bm25)}`);
  console.log('\n* no answer span: scored against the first reasoning step, not counted in the totals');
}
