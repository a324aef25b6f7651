// `calendar` and `reminders` on the command line include the deadlines the bot last read from Canvas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCalendar } from '../../../src/cli/commands/calendar.ts';
import { runReminders } from '../../../src/cli/commands/reminders.ts';
import { CANVAS_IDS, startFakeCanvas, type FakeCanvas } from '../../fakes/canvas/fake-canvas.ts';
import { tenAssignments } from './assignments.ts';
import { CANVAS_SCHEDULE, canvasTestBed, type CanvasTestBed } from './canvas-test-core.ts';

let fake: FakeCanvas;
let bed: CanvasTestBed;
beforeAll(async () => {
  fake = await startFakeCanvas();
  fake.assignments = tenAssignments();
  bed = canvasTestBed(fake);
  await bed.adapter().pollOnce();
});
afterAll(async () => {
  bed?.cleanup();
  await fake?.close();
});

const env = (canvas: boolean) => ({
  DATA_DIR: bed.dir,
  SCHEDULE_FILE: CANVAS_SCHEDULE,
  ...(canvas && {
    CANVAS_URL: fake.url,
    CANVAS_TOKEN: fake.token,
    CANVAS_COURSE_ID: String(CANVAS_IDS.course),
  }),
});

function io() {
  const out: string[] = [];
  return {
    out,
    io: {
      out: (t: string) => out.push(t),
      err: (l: string) => out.push(l),
      now: new Date('2026-09-01T00:00:00Z'),
    },
  };
}

describe('the command line with Canvas', () => {
  it('GIVEN the bot read Canvas THEN `reminders --json` lists the imported deadlines', () => {
    const { out, io: o } = io();
    expect(runReminders({ from: '2026-09-18', to: '2026-09-19', json: true }, env(true), o)).toBe(0);
    const rows = JSON.parse(out.join('')) as { eventId: string; at: string }[];
    expect(rows.map((r) => [r.eventId, r.at])).toEqual([['canvas-101', '2026-09-18T21:59:00.000Z']]);
  });

  it('GIVEN the bot read Canvas THEN `calendar` has the imported deadlines; without Canvas configured it does not', () => {
    const withCanvas = io();
    expect(runCalendar({}, env(true), withCanvas.io)).toBe(0);
    expect(withCanvas.out.join('')).toContain('UID:canvas-102-thu-a.dl@');
    const without = io();
    expect(runCalendar({}, env(false), without.io)).toBe(0);
    expect(without.out.join('')).not.toContain('canvas-10');
  });
});
