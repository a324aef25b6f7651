// The Canvas inbox with CANVAS_INBOX_REPLY=on: exactly one reply per new conversation, with the course e-mail,
// and the FAQ's answer when the message is a question it answers; staff senders ignored; off by default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanvasAdapter } from '../../../src/platforms/canvas/canvas-adapter.ts';
import { CANVAS_IDS, startFakeCanvas, type FakeCanvas } from '../../fakes/canvas/fake-canvas.ts';
import { canvasTestBed, type CanvasTestBed } from './canvas-test-core.ts';

let fake: FakeCanvas;
let bed: CanvasTestBed;
let adapter: CanvasAdapter;
const EMAIL = 'dl-coordinator@example.org';

beforeAll(async () => {
  fake = await startFakeCanvas();
  bed = canvasTestBed(fake);
  fake.addConversation(CANVAS_IDS.student, 'old', 'sent before the inbox was switched on');
  adapter = bed.adapter({ inboxReply: true });
  await poll();
});
afterAll(async () => {
  bed?.cleanup();
  await fake?.close();
});

async function poll(): Promise<void> {
  await adapter.pollOnce();
  await bed.core.outbox.drain();
}
const botMessages = (id: number) =>
  fake.conversations.find((c) => c.id === id)!.messages.filter((m) => m.author_id === CANVAS_IDS.bot);

describe('the Canvas inbox', () => {
  it('GIVEN a conversation from before the inbox was on THEN it gets no reply', () => {
    expect(botMessages(fake.conversations[0]!.id)).toEqual([]);
  });

  it("GIVEN a student's private message THEN exactly one reply, with the e-mail and what to include", async () => {
    const c = fake.addConversation(
      CANVAS_IDS.student,
      'Extension',
      'Hi, I was ill last week, can I get an extension?',
    );
    await poll();
    await poll();
    const replies = botMessages(c.id);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toContain(`mailto:${EMAIL}`);
    expect(replies[0]?.body).toMatch(/student number/);
    // the shipped course file names Canvas messages as its unanswered channel: the greeting says what redirects say
    expect(replies[0]?.body.split('\n')[0]).toBe(
      "Hello! This is the Deep Learning course bot. Please don't use Canvas messages: they are not answered.",
    );
    expect(replies[0]?.body).not.toMatch(/<\w+[^>]*>/); // plain text: Canvas messages are not HTML
  });

  it('GIVEN a general question by message THEN the one reply also carries the FAQ answer', async () => {
    const c = fake.addConversation(CANVAS_IDS.student2, 'question', 'what is the late penalty?');
    await poll();
    const replies = botMessages(c.id);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toContain(`mailto:${EMAIL}`);
    expect(replies[0]?.body).toMatch(
      /Your message looks like a question the course FAQ answers:[\s\S]*2 points per day/,
    );
  });

  it('GIVEN the student writes again in the same conversation THEN no second reply', async () => {
    const c = fake.conversations.at(-1)!;
    c.messages.push({
      id: 99_999,
      author_id: CANVAS_IDS.student2,
      body: 'thanks! and the exam?',
      created_at: '',
    });
    await poll();
    expect(botMessages(c.id)).toHaveLength(1);
  });

  it('GIVEN a message from a TA or a teacher THEN no reply', async () => {
    const a = fake.addConversation(CANVAS_IDS.ta, 'hi bot', 'testing the bot');
    const b = fake.addConversation(CANVAS_IDS.teacher, 'hi bot', 'what is the late penalty?');
    await poll();
    expect(botMessages(a.id)).toEqual([]);
    expect(botMessages(b.id)).toEqual([]);
  });

  it('GIVEN the inbox is off (the default) THEN conversations are not even read', async () => {
    const before = fake.records.length;
    await bed.adapter({ inboxReply: false }).pollOnce();
    expect(fake.records.slice(before).some((c) => c.path.startsWith('/api/v1/conversations'))).toBe(false);
  });
});
