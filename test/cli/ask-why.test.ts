// `ask --why`: for a TA trying questions out, the entries nearest a question and the request gate's view, each beside
// the course's threshold, and which entry to give a phrasing more when a question falls just short.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { chatReply } from '../../src/cli/commands/ask.ts';
import { formatWhy } from '../../src/cli/explain-reply.ts';
import type { Content } from '../../src/content/load-content.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { botany } from '../engine/fixtures.ts';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const AT = new Date('2030-02-20T12:00:00Z');
const why = (content: Content, question: string): string =>
  formatWhy(getAnswerEngine(content).model.explain(question));
/** The score printed for an entry: "labs 0.37". */
const scoreOf = (text: string, id: string): number =>
  Number(new RegExp(`\\b${id} (\\d\\.\\d\\d)`).exec(text)?.[1]);
const answerAt = (text: string): number => Number(/an entry answers from (\d\.\d\d)/.exec(text)?.[1]);

describe('GIVEN `ask --why` on the botany course', () => {
  it('WHEN a question is answered THEN its entry comes first, at or above the threshold, with no advice', () => {
    const text = why(botany(), 'do we need lab coats');
    expect(text).toMatch(/nearest FAQ entries: labs \d\.\d\d, /);
    expect(scoreOf(text, 'labs')).toBeGreaterThanOrEqual(answerAt(text));
    expect(text).toMatch(/private request: \d\.\d\d \(sent to the course's contact from \d\.\d\d\)/);
    expect(text).not.toContain('to have');
  });

  it('WHEN a FAQ phrasing is asked word for word THEN its entry comes first at 1, as the engine answers it, without the gate', () => {
    const text = why(botany(), 'do i need a lab coat');
    expect(text).toContain('nearest FAQ entries: labs 1.00, ');
    expect(text).toContain('private request: 0.00 ');
  });

  it('WHEN a question falls just short of an entry THEN it names the entry, and the advice given makes it answer', () => {
    const question = 'what happens in the weekly meetings';
    expect(chatReply(botany(), question, AT).kind).toBe('fallback');
    const text = why(botany(), question);
    expect(scoreOf(text, 'labs')).toBeLessThan(answerAt(text));
    expect(text).toContain(
      "to have labs answer questions like this one, add one like it to that entry's `questions`",
    );
    const content = botany();
    const advised: Content = {
      ...content,
      faq: content.faq.map((e) => (e.id === 'labs' ? { ...e, questions: [...e.questions, question] } : e)),
    };
    const reply = chatReply(advised, question, AT);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('labs');
  });

  it('WHEN a question is off the course topic THEN it says so and gives no advice', () => {
    const text = why(botany(), 'what is the capital of france');
    expect(text).toContain(
      "nearest of all: one of the engine's examples of questions off the course's topic",
    );
    expect(text).not.toContain('to have');
  });

  it('WHEN a question is a private request THEN the request probability is at or above its threshold', () => {
    const text = why(botany(), 'i was sick all week, can i get an extension for my essay');
    const [, p, at] =
      /private request: (\d\.\d\d) \(sent to the course's contact from (\d\.\d\d)\)/.exec(text) ?? [];
    expect(Number(p)).toBeGreaterThanOrEqual(Number(at));
    // (what else a request is near says nothing: it is sent on)
    expect(text).not.toContain('nearest of all');
  });
});

describe('GIVEN the `ask` command with --why --json', () => {
  const data = mkdtempSync(path.join(tmpdir(), 'ask-why-'));
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('WHEN asked THEN the JSON reply carries the explanation beside its kind, text and sources', () => {
    const faq = path.join(PROJECT_ROOT, 'test/fixtures/courses/botany/faq');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'ask', '--why', '--json', '--faq', faq, 'do i need a lab coat'],
      { cwd: PROJECT_ROOT, env: { ...process.env, DATA_DIR: data, LOG_LEVEL: 'warn' }, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const reply = JSON.parse(run.stdout) as {
      kind: string;
      sources: { id: string }[];
      why: {
        nearest: { id: string; score: number }[];
        answerAt: number;
        request: number;
        redirectAt: number;
      };
    };
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('labs');
    expect(reply.why.nearest[0]?.id).toBe('labs');
    expect(reply.why.nearest[0]?.score).toBeGreaterThanOrEqual(reply.why.answerAt);
    expect(reply.why.request).toBeLessThan(reply.why.redirectAt);
  });
});
