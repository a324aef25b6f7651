// `canvas deadlines --json` against a fake Canvas serving three pages of assignments.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCanvasDeadlines } from '../../../src/cli/commands/canvas.ts';
import { startFakeCanvas, CANVAS_IDS, type FakeCanvas } from '../../fakes/canvas/fake-canvas.ts';
import { tenAssignments } from './assignments.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCHEDULE = path.join(ROOT, 'test/fixtures/schedules/canvas.yaml');

let fake: FakeCanvas;
beforeAll(async () => {
  fake = await startFakeCanvas();
  fake.pageSize = 4;
  fake.assignments = tenAssignments();
});
afterAll(() => fake?.close());

const env = () => ({
  CANVAS_URL: fake.url,
  CANVAS_TOKEN: fake.token,
  CANVAS_COURSE_ID: String(CANVAS_IDS.course),
  SCHEDULE_FILE: SCHEDULE,
});

const link = (id: number) => `${fake.url}/courses/${CANVAS_IDS.course}/assignments/${id}`;

async function run(opts: { json?: boolean }, extraEnv: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCanvasDeadlines(
    opts,
    { ...env(), ...extraEnv },
    { out: (t) => out.push(t), err: (l) => err.push(l) },
  );
  return { code, out: out.join(''), err: err.join('\n') };
}

describe('canvas deadlines', () => {
  it('GIVEN three pages of assignments THEN lists the published ones and the mapped section override, in the course zone, the one without a due date last', async () => {
    const before = fake.records.length;
    const r = await run({ json: true });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      {
        id: 'canvas-101',
        title: 'Assignment 1',
        due: '2026-09-25T23:59:00+02:00',
        url: link(101),
        canvasId: 101,
      },
      {
        id: 'canvas-102',
        title: 'Assignment 2',
        due: '2026-10-09T23:59:00+02:00',
        url: link(102),
        canvasId: 102,
      },
      {
        id: 'canvas-102-thu-a',
        title: 'Assignment 2 (group thu-a)',
        due: '2026-10-11T23:59:00+02:00',
        url: link(102),
        canvasId: 102,
      },
      {
        id: 'canvas-103',
        title: 'Assignment 3',
        due: '2026-10-30T17:00:00+01:00',
        url: link(103),
        canvasId: 103,
      },
      {
        id: 'canvas-106',
        title: 'Assignment 4',
        due: '2026-11-13T23:59:00+01:00',
        url: link(106),
        canvasId: 106,
      },
      {
        id: 'canvas-108',
        title: 'Assignment 5',
        due: '2026-11-27T23:59:00+01:00',
        url: link(108),
        canvasId: 108,
      },
      {
        id: 'canvas-109',
        title: 'Bonus: attention & transformers',
        due: '2026-12-04T23:59:00+01:00',
        url: link(109),
        canvasId: 109,
      },
      {
        id: 'canvas-110',
        title: 'Assignment 6',
        due: '2026-12-11T23:59:00+01:00',
        url: link(110),
        canvasId: 110,
      },
      {
        id: 'canvas-105',
        title: 'Reading log (no due date)',
        due: null,
        url: link(105),
        canvasId: 105,
      },
    ]);
    // Three pages, followed through the Link header, with the overrides asked for.
    const calls = fake.records.slice(before).filter((c) => c.path.endsWith('/assignments'));
    expect(calls.map((c) => c.query.get('page') ?? '1')).toEqual(['1', '2', '3']);
    expect(calls.every((c) => c.query.getAll('include[]').includes('overrides'))).toBe(true);
  });

  it('GIVEN no --json THEN prints one line per deadline in the course zone', async () => {
    const r = await run({});
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^Fri 25 Sept? 2026, 23:59 CEST {2}canvas-101 {2}Assignment 1$/);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[8]).toBe(
      'date not yet announced (no due date on Canvas yet)  canvas-105  Reading log (no due date)',
    );
  });

  it('GIVEN a revoked token THEN exits 1 with one clear line and no token in it', async () => {
    const r = await run({ json: true }, { CANVAS_TOKEN: 'revoked-token-value' });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/token was refused \(401\)/);
    expect(r.err).not.toContain('revoked-token-value');
  });

  it('GIVEN Canvas is not configured THEN says which variables to set', async () => {
    const out: string[] = [];
    const code = await runCanvasDeadlines(
      { json: true },
      { SCHEDULE_FILE: SCHEDULE },
      { out: (t) => out.push(t), err: (l) => out.push(l) },
    );
    expect(code).toBe(1);
    expect(out.join('')).toMatch(/CANVAS_URL, CANVAS_TOKEN and CANVAS_COURSE_ID/);
  });

  it('GIVEN the real CLI THEN `canvas deadlines --json` prints the same list', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'canvas', 'deadlines', '--json'],
      { cwd: ROOT, env: { ...process.env, ...env() } },
    );
    const rows = JSON.parse(stdout) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual([
      'canvas-101',
      'canvas-102',
      'canvas-102-thu-a',
      'canvas-103',
      'canvas-106',
      'canvas-108',
      'canvas-109',
      'canvas-110',
      'canvas-105',
    ]);
  });
});
