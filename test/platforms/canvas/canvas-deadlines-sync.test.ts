// Deadlines from the fake Canvas in the running bot: the merged schedule, the calendar (SEQUENCE), the reminders
// and the deadline answers, and how a due date changed on Canvas moves all of them at the next poll.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarCache } from '../../../src/calendar/calendar-cache.ts';
import { calendarIdentity } from '../../../src/calendar/build-ics.ts';
import { loadContent } from '../../../src/content/load-content.ts';
import { reloadContent } from '../../../src/reminders/reload-content.ts';
import { commands } from '../../../commands/index.ts';
import { planReminders } from '../../../src/reminders/plan-reminders.ts';
import { runReminderTick } from '../../../src/reminders/reminder-tick.ts';
import { renderFallback } from '../../../src/core/render-text.ts';
import { parseIcs } from '../../calendar/parse-ics.ts';
import { RecordingPoster } from '../../commands/core-for-tests.ts';
import { posterDestination } from '../../../src/delivery/poster-destination.ts';
import { CANVAS_IDS, startFakeCanvas, type FakeCanvas } from '../../fakes/canvas/fake-canvas.ts';
import { tenAssignments } from './assignments.ts';
import { CANVAS_SCHEDULE, canvasTestBed, type CanvasTestBed } from './canvas-test-core.ts';

let fake: FakeCanvas;
let bed: CanvasTestBed;
beforeAll(async () => {
  fake = await startFakeCanvas();
  fake.pageSize = 4;
  fake.assignments = tenAssignments();
  bed = canvasTestBed(fake);
});
afterAll(async () => {
  bed?.cleanup();
  await fake?.close();
});

const ids = () => bed.core.content.schedule.events.map((e) => e.id);
const calendar = createCalendarCacheOnce();
function createCalendarCacheOnce() {
  let cache: ReturnType<typeof createCalendarCache> | undefined;
  return () => {
    cache ??= createCalendarCache(bed.core.db, bed.clock, (schedule) =>
      calendarIdentity(bed.core.content.course, schedule, bed.core.config.publicUrl),
    );
    return parseIcs(cache.get(bed.core.content.schedule, {}).body.toString('utf8')).events;
  };
}
const student = { platform: 'canvas' as const, userId: String(CANVAS_IDS.student), role: 'student' as const };
async function askText(question: string): Promise<string> {
  const reply = await bed.runner.run('ask', { question }, student);
  return renderFallback(reply.text, reply.times);
}

describe('deadlines from Canvas in the running bot', () => {
  it('GIVEN one poll THEN the schedule has the imported deadlines beside the file, the YAML one winning', async () => {
    await bed.adapter().pollOnce();
    expect(ids()).toEqual([
      'practical-thu-a',
      'a3-yaml',
      'exam',
      'canvas-101',
      'canvas-102',
      'canvas-102-thu-a',
      'canvas-106',
      'canvas-108',
      'canvas-109',
      'canvas-110',
    ]);
  });

  it('GIVEN the imported deadlines THEN the calendar and the reminders include them', () => {
    const events = calendar();
    expect(events.get('canvas-101.dl@bot.example.org')).toMatchObject({
      summary: 'DL: Due: Assignment 1',
      sequence: 0,
      ends: ['2026-09-25T21:59:00.000Z'], // a deadline's calendar entry ends at the due time
    });
    expect(events.get('canvas-102-thu-a.dl@bot.example.org')?.ends).toEqual(['2026-10-11T21:59:00.000Z']);
    expect(events.has('canvas-104.dl@bot.example.org')).toBe(false);
    expect(events.has('canvas-105.dl@bot.example.org')).toBe(false);
    expect(events.get('a3-yaml.dl@bot.example.org')?.ends).toEqual(['2026-10-30T16:00:00.000Z']);
    const planned = planReminders(
      bed.core.content.schedule,
      new Date('2026-09-18T00:00:00Z'),
      new Date('2026-09-26T00:00:00Z'),
    );
    expect(
      planned.filter((r) => r.eventId === 'canvas-101').map((r) => [r.lead, r.at.toISOString()]),
    ).toEqual([
      ['7d', '2026-09-18T21:59:00.000Z'],
      ['1d', '2026-09-24T21:59:00.000Z'],
      ['2h', '2026-09-25T19:59:00.000Z'],
    ]);
  });

  it('GIVEN a published assignment without a due date THEN it is a deadline not dated yet: answers and `deadlines` name it, calendars and reminders leave it out', async () => {
    expect(bed.core.content.schedule.undated).toEqual([
      {
        id: 'canvas-105',
        type: 'deadline',
        title: 'Reading log (no due date)',
        tba: true,
        note: 'no due date on Canvas yet',
        url: `${fake.url}/courses/${CANVAS_IDS.course}/assignments/105`,
        canvasId: 105,
      },
    ]);
    expect(await askText('when is the reading log due')).toBe(
      'Deadline:\n- **Reading log (no due date)**: due date not yet announced (no due date on Canvas yet)\n\nLate hand-ins lose 2 points of their score per day late.',
    );
    bed.clock.set('2026-09-01T10:00:00Z');
    const listed = await bed.runner.run('deadlines', {}, student);
    expect(renderFallback(listed.text, listed.times)).toMatch(
      /\*\*Not dated yet\*\*\n- \*\*Reading log \(no due date\)\*\*: due date not yet announced \(no due date on Canvas yet\)/,
    );
    expect(calendar().has('canvas-105.dl@bot.example.org')).toBe(false);
    const planned = planReminders(
      bed.core.content.schedule,
      new Date('2026-08-01T00:00:00Z'),
      new Date('2027-02-01T00:00:00Z'),
    );
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.some((r) => r.eventId === 'canvas-105')).toBe(false);
  });

  it('GIVEN the assignment gets a due date on Canvas THEN the next poll dates it: in the calendar and the reminders, no longer undated', async () => {
    const log = fake.assignments.find((a) => a.id === 105)!;
    log.due_at = '2026-12-18T22:59:00Z';
    await bed.adapter().pollOnce();
    expect(bed.core.content.schedule.undated).toBeUndefined();
    expect(ids()).toContain('canvas-105');
    expect(calendar().get('canvas-105.dl@bot.example.org')?.ends).toEqual(['2026-12-18T22:59:00.000Z']);
    log.due_at = null;
    await bed.adapter().pollOnce();
    expect(ids()).not.toContain('canvas-105');
    expect(bed.core.content.schedule.undated?.map((e) => e.id)).toEqual(['canvas-105']);
  });

  it('GIVEN the imported deadlines THEN "when is assignment 1 due" is answered with the Canvas date', async () => {
    expect(await askText('when is assignment 1 due')).toMatch(/25 Sept?/);
  });

  it('GIVEN a due date changed on Canvas THEN the next poll moves the event (new SEQUENCE), the reminders and the answer', async () => {
    const poster = new RecordingPoster('feed');
    bed.core.outbox.registerDestination(posterDestination(poster));
    bed.clock.set('2026-09-18T21:50:00Z');
    runReminderTick(bed.core); // sets the tick window's start
    const a1 = fake.assignments.find((a) => a.id === 101)!;
    a1.due_at = '2026-09-27T21:59:00Z';
    await bed.adapter().pollOnce();

    const event = calendar().get('canvas-101.dl@bot.example.org');
    expect(event?.ends).toEqual(['2026-09-27T21:59:00.000Z']);
    expect(event?.sequence).toBe(1);

    // The old 7-day reminder time passes without a post; the new one is sent.
    bed.clock.set('2026-09-18T22:00:00Z');
    runReminderTick(bed.core);
    await bed.core.outbox.drain();
    expect(poster.posts.filter((p) => p.eventId === 'canvas-101')).toEqual([]);
    bed.clock.set('2026-09-20T22:00:00Z');
    runReminderTick(bed.core);
    await bed.core.outbox.drain();
    expect(poster.posts.filter((p) => p.eventId === 'canvas-101').map((p) => p.id)).toEqual([
      'reminder:canvas-101:2026-09-27T21:59:00.000Z:7d',
    ]);
    expect(await askText('when is assignment 1 due')).toMatch(/27 Sept?/);
  });

  it('GIVEN a reload of the schedule file THEN the Canvas deadlines stay', () => {
    expect(reloadContent(bed.core, 'test', commands)).toBe(true);
    expect(ids()).toContain('canvas-101');
    expect(ids()).toContain('a3-yaml');
  });

  it('GIVEN a restart while Canvas is down THEN the last good deadlines are used and the outage is logged once', async () => {
    bed.core.content = loadContent({ scheduleFile: CANVAS_SCHEDULE });
    expect(ids()).not.toContain('canvas-101');
    fake.mode = 'down';
    const adapter = bed.adapter();
    expect(ids()).toContain('canvas-101');
    await adapter.pollOnce();
    await adapter.pollOnce();
    expect(calendar().get('canvas-101.dl@bot.example.org')?.ends).toEqual(['2026-09-27T21:59:00.000Z']);
    expect(bed.logLines.filter((l) => l.includes('Canvas is not answering'))).toHaveLength(1);
    fake.mode = 'ok';
    await adapter.pollOnce();
    expect(bed.logLines.filter((l) => l.includes('canvas: working again'))).toHaveLength(1);
  });
});
