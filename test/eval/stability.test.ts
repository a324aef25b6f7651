// `npm run eval -- --stability N`: how many replies change when one phrasing is taken from one entry at a time
// (test/eval.ts). The edits are checked on the engine's input, the count on a stand-in engine whose replies follow
// from the content it is built on, and the command's output on the small botany course.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load-content.ts';
import { PROJECT_ROOT } from '../../src/content/load-content.ts';
import type { AnswerEngine, EngineReply } from '../../src/engine/index.ts';
import { parseEvalArgs, stability, type EvalCase } from '../eval.ts';
import { botany } from '../engine/fixtures.ts';

const reply = (id: string): EngineReply =>
  ({ kind: 'answer', text: id, sources: [{ id, title: id, score: 1 }] }) as EngineReply;

/** A stand-in engine: every question is answered from the entry that lost a phrasing, or from the first entry. */
function standIn(content: Content, full: Content): AnswerEngine {
  const edited = content.faq.find((e, i) => e.questions.length < (full.faq[i]?.questions.length ?? 0));
  const id = edited?.id ?? (content.faq[0]?.id as string);
  return { answer: () => reply(id) } as unknown as AnswerEngine;
}

describe('GIVEN a course and questions asked of it', () => {
  const full = botany();
  const cases: EvalCase[] = [
    { q: 'is there a field trip', expect: ['answer'], id: 'field-trip', facts: [] },
    { q: 'is late work accepted', expect: ['answer'], id: 'late-work', facts: [] },
  ];
  const first = full.faq[0]?.id as string;
  const before = cases.map(() => reply(first));

  it('WHEN N edits are asked for THEN N entries, spread over the FAQ, each lose their last phrasing, one at a time', () => {
    const built: Content[] = [];
    const edits = stability(
      full,
      cases,
      before,
      3,
      (c) => {
        built.push(c);
        return standIn(c, full);
      },
      new Date(),
    );
    expect(built).toHaveLength(3);
    const ids = full.faq.map((e) => e.id);
    for (const [n, c] of built.entries()) {
      const shorter = c.faq.filter((e, i) => e.questions.length !== full.faq[i]?.questions.length);
      expect(shorter).toHaveLength(1);
      const entry = shorter[0] as Content['faq'][number];
      const whole = full.faq[ids.indexOf(entry.id)] as Content['faq'][number];
      expect(entry.questions).toEqual(whole.questions.slice(0, -1));
      expect(edits[n]?.phrasing).toBe(whole.questions[whole.questions.length - 1]);
    }
    // (six entries, three edits: every other one, not the first three)
    expect(edits.map((e) => e.entry)).toEqual([ids[1], ids[3], ids[5]]);
    // the content the course was loaded with is left as it was
    expect(full.faq.map((e) => e.questions.length)).toEqual(botany().faq.map((e) => e.questions.length));
  });

  it('WHEN an edit changes where replies come from THEN they are counted as changed, and the right ones as right', () => {
    const edits = stability(full, cases, before, 6, (c) => standIn(c, full), new Date());
    for (const e of edits) {
      // (the stand-in answers everything from the edited entry: both replies change, except when it is the first)
      expect(e.changed).toBe(e.entry === first ? 0 : 2);
      expect(e.right).toBe(cases.filter((c) => c.id === e.entry).length);
    }
  });

  it('WHEN the number of edits is not a whole number from 1 to 100, or there is no set THEN it is refused', () => {
    for (const bad of ['0', '101', 'x', '2.5'])
      expect(parseEvalArgs(['--stability', bad, 'test/eval-sets/dl/questions.yaml'])).toBe(
        `--stability needs a number of edits from 1 to 100, not ${bad}`,
      );
    expect(parseEvalArgs(['--stability', '3', '--leave-one-out'])).toBe(
      '--stability needs a question set to ask',
    );
    const ok = parseEvalArgs(['--stability', '3', 'test/eval-sets/dl/questions.yaml']);
    expect(typeof ok === 'object' && ok.stability).toBe(3);
  });
});

describe('GIVEN the eval command with --stability', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eval-stability-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('WHEN it runs THEN each edit is listed with --verbose, and one line sums them up', () => {
    const file = path.join(dir, 'set.yaml');
    writeFileSync(
      file,
      'questions:\n  - { q: "is there a field trip", expect: answer }\n  - { q: "is late work accepted", expect: answer }\n',
    );
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/eval.ts',
        '--stability',
        '2',
        '--verbose',
        '--no-vectors',
        '--faq',
        'test/fixtures/courses/botany/faq',
        '--schedule',
        'test/fixtures/courses/botany/schedule.yaml',
        file,
      ],
      { cwd: PROJECT_ROOT, encoding: 'utf8', env: { PATH: process.env.PATH }, timeout: 60_000 },
    );
    expect(run.status).toBe(0);
    const lines = run.stdout.match(/^EDIT {2}[a-z-]+ without ".+": (\d+) replies changed, (\d+)\/2 right$/gm);
    expect(lines).toHaveLength(2);
    expect(run.stdout).toMatch(
      /^stability: 2 edits, one phrasing taken from one entry each: replies changed per edit \d+\.\d on average \(\d+ to \d+\) of 2; right after an edit \d+\.\d on average \(2 unedited\)$/m,
    );
  });
});
