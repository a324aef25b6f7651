// Canvas posts and messages through the real adapter against the fake: what reaches the question log has no
// mention, e-mail address or student number in it, and the bot's own name does not change the answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanvasAdapter } from '../../../src/platforms/canvas/canvas-adapter.ts';
import { readQuestions } from '../../../src/question-log/question-store.ts';
import { CANVAS_IDS, startFakeCanvas, type FakeCanvas } from '../../fakes/canvas/fake-canvas.ts';
import { canvasTestBed, type CanvasTestBed } from './canvas-test-core.ts';

let fake: FakeCanvas;
let bed: CanvasTestBed;
let adapter: CanvasAdapter;
const BOARD = CANVAS_IDS.board;
/** How Canvas's mention picker writes a mention into a post. */
const mention = (id: number, name: string) =>
  `<span class="mceNonEditable mention" contenteditable="false" data-mention="${id}" aria-label="${name}">@${name}</span>`;

beforeAll(async () => {
  fake = await startFakeCanvas();
  bed = canvasTestBed(fake);
  adapter = bed.adapter({ inboxReply: true });
  await poll(); // the first look: nothing before it is answered
});
afterAll(async () => {
  await adapter?.stop();
  bed?.cleanup();
  await fake?.close();
});

async function poll(): Promise<void> {
  await adapter.pollOnce();
  await bed.core.outbox.drain();
}

/** Posts one entry, polls, and returns what the log stored for it and the bot's reply. */
async function ask(html: string, user: number = CANVAS_IDS.student) {
  const before = readQuestions(bed.core.db).length;
  const entry = fake.addEntry(BOARD, user, html);
  await poll();
  const logged = readQuestions(bed.core.db).slice(before);
  expect(logged).toHaveLength(1);
  const reply = fake.repliesTo(BOARD, entry.id).find((e) => e.user_id === CANVAS_IDS.bot);
  return { logged: logged[0]!, reply: reply?.message };
}

describe('GIVEN questions on the Canvas board that name people', () => {
  it('WHEN a post mentions a classmate and gives an e-mail and a student number THEN the log has none of them', async () => {
    const { logged, reply } = await ask(
      `<p>${mention(CANVAS_IDS.student2, 'Jane Doe')} and I want to know the late penalty. My student number is 12345678, mail me at jane.doe@uni.edu</p>`,
    );
    expect(logged.question).toBe(
      'and I want to know the late penalty. My student number is [number], mail me at [email]',
    );
    expect(logged).toMatchObject({ kind: 'answer', topId: 'late-penalty' });
    expect(reply).toMatch(/late|penalty/i);
  });

  it('WHEN a mention is typed by hand THEN the log has a placeholder for it', async () => {
    const { logged } = await ask('<p>@Jane Doe do you know if there is a resit?</p>', CANVAS_IDS.student2);
    expect(logged.question).toBe('[mention] do you know if there is a resit?');
  });

  it("WHEN the bot itself is mentioned, picked or typed THEN the answer and the log are the plain question's", async () => {
    const plain = await ask('<p>when is the exam</p>');
    const picked = await ask(`<p>${mention(CANVAS_IDS.bot, 'Course Bot')} when is the exam</p>`);
    const typed = await ask('<p>@Course Bot, when is the exam</p>', CANVAS_IDS.student2);
    expect(plain.reply).toBeDefined();
    for (const asked of [picked, typed]) {
      expect(asked.logged).toMatchObject({
        question: 'when is the exam',
        kind: plain.logged.kind,
        topId: plain.logged.topId,
      });
      expect(asked.reply).toBe(plain.reply);
    }
  });

  it('WHEN a mention stands inside a sentence or before its question mark THEN the log has no stray space', async () => {
    const inside = await ask(`<p>when is ${mention(CANVAS_IDS.student2, 'Jane Doe')} the exam</p>`);
    expect(inside.logged.question).toBe('when is the exam');
    const last = await ask(`<p>Is the exam open book, ${mention(CANVAS_IDS.bot, 'Course Bot')}?</p>`);
    expect(last.logged.question).toBe('Is the exam open book?');
  });
});

describe('GIVEN a Canvas inbox message with identifiers', () => {
  it('THEN the logged question keeps its words and none of its identifiers', async () => {
    const before = readQuestions(bed.core.db).length;
    fake.addConversation(
      CANVAS_IDS.student2,
      'extension',
      `<p>Hi ${mention(CANVAS_IDS.bot, 'Course Bot')}, I am s1234567, can I get an extension? Call +31 6 1234 5678 or mail jane@uni.edu</p>`,
    );
    await poll();
    expect(
      readQuestions(bed.core.db)
        .slice(before)
        .map((q) => q.question),
    ).toEqual(['Hi, I am [number], can I get an extension? Call [phone] or mail [email]']);
  });
});
