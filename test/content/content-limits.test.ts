// What loading content may cost is bounded: a schedule edit with thousands of fields, events or weekly sessions is
// refused with one clear problem (or a capped list), before the work that grows with it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/content/content-error.ts';
import { CONTENT_LIMITS } from '../../src/content/content-limits.ts';
import { loadFaq } from '../../src/content/load-faq.ts';
import { loadSchedule, parseSchedule } from '../../src/content/load-schedule.ts';

const header = 'course: Test Course\ntimezone: Europe/Amsterdam\nevents:\n';
const deadline = (i: number, extra = '') =>
  `  - id: e${i}\n    type: deadline\n    title: E${i}\n    due: "2026-09-25 23:59"\n${extra}`;

function problems(yaml: string): string[] {
  const result = parseSchedule(yaml, 'schedules/test.yaml');
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('content limits', () => {
  it('GIVEN an event with 20,000 fields THEN one problem naming the event and its line, not 20,000', () => {
    const fields = Array.from({ length: 20_000 }, (_, i) => `    f${i}: ${i}\n`).join('');
    expect(problems(header + deadline(0) + deadline(1, fields))).toEqual([
      'schedules/test.yaml:8 events[1]: has 20004 fields; at most 100 are allowed in one place (is the indentation right?)',
    ]);
  });

  it('GIVEN 20,000 fields at the top level THEN one problem for the file', () => {
    const fields = Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}\n`).join('');
    expect(problems(header + deadline(0) + fields)).toEqual([
      'schedules/test.yaml:1: has 20003 fields; at most 100 are allowed in one place (is the indentation right?)',
    ]);
  });

  it('GIVEN aliases that expand too much (an anchor used more than 100 times) THEN one problem naming the file, the line and the fix, not a thrown error', () => {
    const events = Array.from({ length: 101 }, (_, i) =>
      deadline(i, `    remind: ${i === 0 ? '&leads [1d, 2h]' : '*leads'}\n`),
    ).join('');
    expect(problems(header + events)).toEqual([
      'schedules/test.yaml:13: the anchor &leads is used by too many aliases (*leads; at most 100 uses, fewer when aliases hold aliases): write the value out in some of those places',
    ]);
  });

  it('GIVEN nested aliases that would expand exponentially (a "billion laughs") THEN one problem, not a thrown error', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [from, to] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
    ])
      bomb.push(`${to}: &${to} [${Array(9).fill(`*${from}`).join(', ')}]`);
    const list = problems(`${bomb.join('\n')}\n`);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^schedules\/test\.yaml:\d+: the anchor &[a-d] is used by too many aliases/);
  });

  it('GIVEN a field given twice THEN a problem with both lines', () => {
    expect(problems(header + deadline(0, '    title: Again\n'))).toEqual([
      'schedules/test.yaml:8 events[0].title: is given twice (also line 6); give each field once',
    ]);
  });

  it('GIVEN hundreds of bad events THEN the first 50 problems and a line saying the rest were not checked', () => {
    const events = Array.from({ length: 400 }, (_, i) => deadline(i, '    oops: 1\n')).join('');
    const list = problems(header + events);
    expect(list).toHaveLength(CONTENT_LIMITS.issuesPerFile + 1);
    expect(list[0]).toBe(
      'schedules/test.yaml:8 events[0].oops: unknown field (check the spelling; the fields allowed here are id, type, title, description, group, tba, due, start, time, end, weekly_until, daily_until, skip, aliases, location, url, remind, late, canvas_id)',
    );
    expect(list.at(-1)).toMatch(
      /^schedules\/test\.yaml:\d+ events\[50\]: this event and the 349 after it were not checked/,
    );
  });

  it('GIVEN more events than the limit THEN refused', () => {
    const events = Array.from({ length: CONTENT_LIMITS.events + 1 }, (_, i) => `  - {id: e${i}}\n`).join('');
    expect(problems(header + events)).toEqual([
      `schedules/test.yaml:4 events: has more than ${CONTENT_LIMITS.events} events`,
    ]);
  });

  it('GIVEN a weekly series over a year, or too many sessions in all THEN refused with the count', () => {
    const series = (i: number, until: string) =>
      `  - {id: p${i}, type: practical, title: P, start: "2026-09-07 13:30", end: "2026-09-07 15:00", weekly_until: "${until}"}\n`;
    expect(problems(header + series(0, '2099-12-28'))).toEqual([
      'schedules/test.yaml:4 events[0].weekly_until: "2099-12-28" makes 3826 weekly sessions from 2026-09-07; a series has at most 53 (a year). End it earlier or split it.',
    ]);
    // 100 series of 52 weeks each: 5,200 sessions.
    const many = Array.from({ length: 100 }, (_, i) => series(i, '2027-08-30')).join('');
    expect(problems(header + many)).toEqual([
      `schedules/test.yaml:4 events: has 5200 sessions in all (each week or day of a series counts); at most ${CONTENT_LIMITS.occurrences}. Remove past events or shorten series.`,
    ]);
    expect(problems(header + many.split('\n').slice(0, 95).join('\n'))).toEqual([]);
  });

  it('GIVEN a schedule file over its size limit THEN refused before it is read', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'course-bot-limits-'));
    try {
      const file = path.join(dir, 'big.yaml');
      const text = header + deadline(0, `    description: "${'x'.repeat(CONTENT_LIMITS.scheduleBytes)}"\n`);
      writeFileSync(file, text);
      const result = loadSchedule(file);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.issues.map((i) => i.message)).toEqual([
        `file is ${Buffer.byteLength(text)} bytes; the limit is ${CONTENT_LIMITS.scheduleBytes}. Remove past events or shorten descriptions.`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('GIVEN more FAQ files, or more FAQ bytes together, than the limits THEN one problem for the folder', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'course-bot-faq-limits-'));
    try {
      const entry = (n: number) =>
        `- id: e${n}\n  title: E\n  questions: [q ${n} one, q ${n} two]\n  answer: "${'a'.repeat(100)}"\n`;
      for (let i = 0; i <= CONTENT_LIMITS.faqFiles; i++)
        writeFileSync(path.join(dir, `f${i}.yaml`), entry(i));
      const many = loadFaq(dir);
      expect(!many.ok && many.issues.map((i) => i.message)).toEqual([
        `has ${CONTENT_LIMITS.faqFiles + 1} FAQ files; at most ${CONTENT_LIMITS.faqFiles}. Merge some of them.`,
      ]);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      // Three files under the per-file limit, over the total together.
      const big = `# ${'x'.repeat(CONTENT_LIMITS.faqBytes / 3)}\n${entry(0)}`;
      for (const name of ['a.yaml', 'b.yaml', 'c.yaml']) writeFileSync(path.join(dir, name), big);
      const heavy = loadFaq(dir);
      expect(!heavy.ok && heavy.issues[0]?.message).toMatch(
        new RegExp(`^the FAQ files hold \\d+ bytes together; the limit is ${CONTENT_LIMITS.faqBytes}\\.`),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
