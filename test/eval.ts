// `npm run eval -- FILE`: scores the answer engine on a question set and prints every miss with the reply given.
// FILE is a JSON list in the format of the shared development set ({q, expect: [kinds], facts: [regex]}), or a
// YAML file like test/engine/questions.yaml ({questions: [{q, expect, id?, facts?}]}).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadContent, type Content } from '../src/content/load-content.ts';
import { getAnswerEngine, type EngineReply } from '../src/engine/index.ts';
import { runSyllabusQa } from './eval-syllabusqa.ts';

const kind = z.enum(['answer', 'redirect', 'fallback']);
const devCase = z.object({
  q: z.string(),
  expect: z.array(kind).min(1),
  facts: z.array(z.string()).default([]),
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
  /** Per entry id: phrasings that no longer reach their entry, with the reply kind and entry given instead. */
  misses: { id: string; question: string; got: string }[];
}

/**
 * Asks each authored phrasing of an entry of an engine built without that phrasing: a proxy, for FAQ authors, of how
 * well an entry is reached by questions nobody wrote down. A phrasing that only reaches its entry because it is
 * there word for word shows where the entry needs more ways of asking. (A phrasing that is a private request is
 * redirected by design and counts as a miss here.)
 */
export function leaveOneOut(content: Content, now: Date): LeaveOneOutResult {
  const result: LeaveOneOutResult = { reached: 0, total: 0, misses: [] };
  for (const entry of content.faq) {
    entry.questions.forEach((question, i) => {
      const without = { ...entry, questions: entry.questions.filter((_, j) => j !== i) };
      const faq = content.faq.map((e) => (e === entry ? without : e));
      const reply = getAnswerEngine({ ...content, faq }).answer(question, now);
      const top = reply.sources[0]?.id;
      result.total++;
      if (reply.kind === 'answer' && (top === entry.id || top?.startsWith('schedule:'))) result.reached++;
      else result.misses.push({ id: entry.id, question, got: `${reply.kind} ${top ?? ''}`.trim() });
    });
  }
  return result;
}

function printLeaveOneOut(content: Content): void {
  const { reached, total, misses } = leaveOneOut(content, new Date());
  for (const m of misses) console.log(`MISS  ${m.id}: ${JSON.stringify(m.question)} -> ${m.got}`);
  console.log(`\nLeave-one-out: ${reached}/${total} = ${((100 * reached) / Math.max(1, total)).toFixed(1)}%`);
}

/** The content `start` would load: FAQ_DIR and SCHEDULE_FILE when set, else the shipped defaults. */
function contentPaths(): { faqDir?: string; scheduleFile?: string } {
  return { faqDir: process.env.FAQ_DIR || undefined, scheduleFile: process.env.SCHEDULE_FILE || undefined };
}

function main(): void {
  const file = process.argv[2];
  if (!file) {
    console.error(
      'usage: npm run eval -- FILE (a question set like ../shared/eval/faq-dev.json)\n' +
        '       npm run eval -- --leave-one-out (how well each FAQ phrasing is reached without itself)\n' +
        '       npm run eval -- --syllabusqa DIR SPLIT (answers from documents, on a copy of SyllabusQA)',
    );
    return;
  }
  if (file === '--syllabusqa') {
    runSyllabusQa(process.argv.slice(3));
    return;
  }
  if (file === '--leave-one-out') {
    printLeaveOneOut(loadContent(contentPaths()));
    return;
  }
  const cases = readCases(file);
  const engine = getAnswerEngine(loadContent(contentPaths()));
  const now = new Date();
  let correct = 0;
  for (const c of cases) {
    const reply = engine.answer(c.q, now);
    const problem = judge(c, reply);
    if (problem === null) {
      correct++;
      continue;
    }
    const top = reply.sources.map((s) => `${s.id} ${s.score}`).join(', ') || 'no sources';
    console.log(`MISS  ${JSON.stringify(c.q)}\n      ${problem} (${top})`);
    console.log(`      reply: ${reply.text.replace(/\n+/g, ' / ').slice(0, 300)}`);
  }
  const pct = ((100 * correct) / Math.max(1, cases.length)).toFixed(1);
  console.log(`\nScore: ${correct}/${cases.length} = ${pct}%`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
