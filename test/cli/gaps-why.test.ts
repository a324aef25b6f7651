// `gaps --why`: with each group of unanswered or redirected questions, what the bot replies to it now, with the
// content loaded now, and why; advice that, followed, makes the bot answer.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { gapNow, renderGap } from '../../src/cli/commands/gaps.ts';
import type { Content } from '../../src/content/load-content.ts';
import type { Gap } from '../../src/question-log/gaps.ts';
import { logQuestions, readQuestions } from '../../src/question-log/question-store.ts';
import { openDatabase } from '../../src/store/database.ts';
import { botany } from '../engine/fixtures.ts';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const AT = new Date('2030-02-20T12:00:00Z');
const gap = (example: string, kind: 'fallback' | 'redirect'): Gap => ({
  count: 2,
  example,
  questions: [example],
  kinds: { [kind]: 2 },
  lastAskedAt: AT,
});
const withPhrasing = (content: Content, id: string, question: string): Content => ({
  ...content,
  faq: content.faq.map((e) => (e.id === id ? { ...e, questions: [...e.questions, question] } : e)),
});

describe('GIVEN the gaps of the botany course, with --why', () => {
  it('WHEN a group falls just short of an entry THEN it says so and names the entry; once added there it is answered', () => {
    const question = 'what happens in the weekly meetings';
    const before = renderGap(gap(question, 'fallback'), 0, gapNow(botany(), gap(question, 'fallback'), AT));
    expect(before).toContain('now: falls back, suggesting The weekly labs');
    expect(before).toMatch(/nearest FAQ entries: labs 0\.\d\d, .*\(an entry answers from 0\.\d\d\)/);
    expect(before).toContain(
      "to have labs answer questions like this one, add one like it to that entry's `questions`",
    );

    const advised = withPhrasing(botany(), 'labs', question);
    const now = gapNow(advised, gap(question, 'fallback'), AT);
    expect(now.kind).toBe('answer');
    const after = renderGap(gap(question, 'fallback'), 0, now);
    expect(after).toContain('now: answered from The weekly labs');
    expect(after).not.toContain('to have');
  });

  it('WHEN a group is a private request THEN it is still sent on, with no word on what else it is near', () => {
    const question = 'i was sick all week, can i get an extension for my essay';
    const text = renderGap(gap(question, 'redirect'), 0, gapNow(botany(), gap(question, 'redirect'), AT));
    expect(text).toContain("now: sent to the course's contact");
    expect(text).not.toContain('nearest of all');
  });

  it('WHEN printed without --why THEN a group is its count, kinds and wordings alone', () => {
    const text = renderGap(gap('what happens in the weekly meetings', 'fallback'), 0);
    expect(text.split('\n')).toHaveLength(2);
    expect(text).not.toContain('now:');
  });
});

describe('GIVEN the `gaps` command with --why --json on a question log', () => {
  const data = mkdtempSync(path.join(tmpdir(), 'gaps-why-'));
  afterAll(() => rmSync(data, { recursive: true, force: true }));
  const dbFile = path.join(data, 'course-bot.sqlite');
  const db = openDatabase(dbFile);
  const row = (question: string) => ({
    question,
    kind: 'fallback' as const,
    topId: null,
    topScore: null,
    channel: 'chat' as const,
  });
  logQuestions(
    db,
    [row('what happens in the weekly meetings'), row('what happens in the weekly meetings')],
    new Date(),
  );
  db.close();

  it('WHEN run THEN each group carries what the bot replies now and why, and the log is not written to', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'gaps', '--why', '--json'],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          DATA_DIR: data,
          FAQ_DIR: path.join(PROJECT_ROOT, 'test/fixtures/courses/botany/faq'),
          LOG_LEVEL: 'warn',
        },
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const [group] = JSON.parse(run.stdout) as {
      count: number;
      now: { kind: string; from: string | null; why: { nearest: { id: string }[]; answerAt: number } };
    }[];
    expect(group?.count).toBe(2);
    expect(group?.now.kind).toBe('fallback');
    expect(group?.now.from).toBe('The weekly labs');
    expect(group?.now.why.nearest[0]?.id).toBe('labs');
    const after = openDatabase(dbFile);
    expect(readQuestions(after, {})).toHaveLength(2);
    after.close();
  });
});
