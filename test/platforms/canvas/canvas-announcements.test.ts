// `announce` posts a Canvas announcement too (through the outbox); reminders are not posted on Canvas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminderTick } from '../../../src/reminders/reminder-tick.ts';
import { announcementTitle } from '../../../src/platforms/canvas/canvas-destinations.ts';
import { CANVAS_IDS, startFakeCanvas, type FakeCanvas } from '../../fakes/canvas/fake-canvas.ts';
import { tenAssignments } from './assignments.ts';
import { RecordingPoster } from '../../commands/core-for-tests.ts';
import { posterDestination } from '../../../src/delivery/poster-destination.ts';
import { canvasTestBed, type CanvasTestBed } from './canvas-test-core.ts';

let fake: FakeCanvas;
let bed: CanvasTestBed;
const ta = { platform: 'web' as const, userId: 'ta-1', role: 'ta' as const };

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

const announcements = () => fake.topics.filter((t) => t.is_announcement);

describe('announcements on Canvas', () => {
  it('GIVEN announce THEN a published Canvas announcement with a plain title and sanitised HTML', async () => {
    const reply = await bed.runner.run(
      'announce',
      { text: '**Room change**: the practical is in <NU-2A05> today.\n\n- bring a laptop' },
      ta,
    );
    expect(reply.text).toMatch(/posted to canvas/);
    expect(announcements()).toHaveLength(1);
    const topic = announcements()[0];
    expect(topic?.title).toBe('Room change: the practical is in <NU-2A05> today.');
    expect(topic?.message).toBe(
      '<p><strong>Room change</strong>: the practical is in &lt;NU-2A05&gt; today.</p>\n<ul><li>bring a laptop</li></ul>',
    );
    const post = fake.records.find((c) => c.method === 'POST' && c.path.endsWith('/discussion_topics'));
    expect(post?.body).toMatchObject({ is_announcement: true, published: true });
    expect(post?.path).toBe(`/api/v1/courses/${CANVAS_IDS.course}/discussion_topics`);
  });

  it('GIVEN a reminder falls due THEN it goes to the other destinations, not to Canvas', async () => {
    bed.core.outbox.registerDestination(posterDestination(new RecordingPoster('feed')));
    bed.clock.set('2026-09-18T21:50:00Z');
    runReminderTick(bed.core);
    bed.clock.set('2026-09-18T22:00:00Z'); // canvas-101's 7-day reminder
    runReminderTick(bed.core);
    await bed.core.outbox.drain();
    const reminder = bed.core.outbox.rows().filter((r) => r.kind === 'reminder');
    expect(reminder.map((r) => r.item)).toContain('reminder:canvas-101:2026-09-25T21:59:00.000Z:7d');
    expect(reminder.map((r) => r.destination)).toEqual(['feed']);
    expect(announcements()).toHaveLength(1);
  });

  it('GIVEN a long first line THEN the title is cut at a word', () => {
    expect(announcementTitle(`${'word '.repeat(30)}end`)).toMatch(/^(word ){1,15}word…$/);
    expect(announcementTitle('   \n\n')).toBe('Announcement');
  });
});
