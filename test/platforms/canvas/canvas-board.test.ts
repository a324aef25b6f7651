// The Canvas discussion board against the fake: one reply per student question in its thread, within one poll;
// staff, the bot itself, edits and fallbacks get none; fallbacks reach `gaps`.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH } from '../../../src/core/question-limit.ts';
import { gaps } from '../../../src/question-log/gaps.ts';
import type { CanvasAdapter } from '../../../src/platforms/canvas/canvas-adapter.ts';
import { CANVAS_IDS, startFakeCanvas, type FakeCanvas } from '../../fakes/canvas/fake-canvas.ts';
import { canvasTestBed, type CanvasTestBed } from './canvas-test-core.ts';

let fake: FakeCanvas;
let bed: CanvasTestBed;
let adapter: CanvasAdapter;
const BOARD = CANVAS_IDS.board;

beforeAll(async () => {
  fake = await startFakeCanvas();
  fake.pageSize = 2; // enrolments and topics come in several pages
  fake.topics.push({
    id: 78,
    title: 'Welcome (an announcement)',
    is_announcement: true,
    message: '<p>Welcome</p>',
    entries: [],
    posted_at: new Date().toISOString(),
  });
  bed = canvasTestBed(fake);
  // Already on the board before the bot first looks: never answered.
  fake.addEntry(BOARD, CANVAS_IDS.student, '<p>What is the late penalty?</p>');
  adapter = bed.adapter();
  await poll();
});
afterAll(async () => {
  await adapter?.stop();
  bed?.cleanup();
  await fake?.close();
});

/** One poll, then whatever it queued is delivered (the outbox's loop does this in the running bot). */
async function poll(): Promise<void> {
  await adapter.pollOnce();
  await bed.core.outbox.drain();
}

const botReplies = (entryId: number) =>
  fake.repliesTo(BOARD, entryId).filter((e) => e.user_id === CANVAS_IDS.bot);

describe('the Canvas discussion board', () => {
  it('GIVEN entries from before the first look THEN they are not answered', () => {
    expect(fake.topics[0]?.entries.filter((e) => e.user_id === CANVAS_IDS.bot)).toEqual([]);
  });

  it("GIVEN a student's question in HTML THEN one reply in that entry's thread within one poll, sanitised and marked as the bot's", async () => {
    const q = fake.addEntry(
      BOARD,
      CANVAS_IDS.student,
      '<p>Hi all,</p><p>what is the <strong>late penalty</strong> for assignments?</p><script>alert("x")</script>',
    );
    await poll();
    const replies = botReplies(q.id);
    expect(replies).toHaveLength(1);
    const html = replies[0]?.message ?? '';
    expect(html).toMatch(/late|penalty/i);
    expect(html).toContain('automatic answer from the course bot');
    expect(html).toContain('<a href="https://bot.example.org/">the course FAQ</a>');
    expect(html).not.toMatch(/<script|alert\(/);
    expect(html).not.toContain('**');
    await poll();
    expect(botReplies(q.id)).toHaveLength(1);
  });

  it('GIVEN an entry longer than a question may be THEN it is answered from its start, as the question limit cuts it', async () => {
    const context = ' Does a late assignment lose points for each day after the deadline?'.repeat(16);
    const q = fake.addEntry(BOARD, CANVAS_IDS.student2, `<p>What is the late penalty?${context}</p>`);
    expect(context.length).toBeGreaterThan(MAX_QUESTION_LENGTH);
    await poll();
    expect(botReplies(q.id).map((r) => r.message)).toEqual([expect.stringMatching(/2 points per day/)]);
  });

  it("GIVEN a TA's, a teacher's, a designer's and the bot's own post THEN none is answered", async () => {
    const posts = [CANVAS_IDS.ta, CANVAS_IDS.teacher, CANVAS_IDS.designer, CANVAS_IDS.bot].map((user) =>
      fake.addEntry(BOARD, user, '<p>What is the late penalty?</p>'),
    );
    await poll();
    for (const p of posts) expect(botReplies(p.id)).toEqual([]);
  });

  it('GIVEN an answered entry is edited THEN it is not answered again', async () => {
    const q = fake.addEntry(BOARD, CANVAS_IDS.student2, '<p>can i bring notes to the exam</p>');
    await poll();
    expect(botReplies(q.id)).toHaveLength(1);
    fake.editEntry(BOARD, q.id, '<p>can i bring notes to the exam? (edited: and a calculator?)</p>');
    await poll();
    expect(botReplies(q.id)).toHaveLength(1);
  });

  it("GIVEN a student's reply to another entry THEN the answer goes in that reply's thread", async () => {
    const parent = fake.addEntry(BOARD, CANVAS_IDS.ta, '<p>Any questions about the exam?</p>');
    const q = fake.addEntry(BOARD, CANVAS_IDS.student, '<p>can i bring notes to the exam</p>', parent.id);
    await poll();
    expect(botReplies(parent.id)).toEqual([]);
    expect(botReplies(q.id)).toHaveLength(1);
  });

  it('GIVEN an out-of-scope question THEN no reply, and it shows in gaps', async () => {
    const q = fake.addEntry(BOARD, CANVAS_IDS.student2, '<p>what is the best pizza place near campus</p>');
    await poll();
    expect(botReplies(q.id)).toEqual([]);
    const found = gaps(bed.core.db).flatMap((g) => g.questions);
    expect(found).toContain('what is the best pizza place near campus');
  });

  it('GIVEN more questions from one student than the ask limit allows in a minute THEN the rest are answered at a later poll', async () => {
    const qs = Array.from({ length: 12 }, () =>
      fake.addEntry(BOARD, CANVAS_IDS.student2, '<p>what is the late penalty?</p>'),
    );
    await poll();
    const answeredNow = qs.filter((q) => botReplies(q.id).length === 1).length;
    expect(answeredNow).toBeLessThan(12);
    bed.clock.advance(61_000);
    await poll();
    expect(qs.map((q) => botReplies(q.id).length)).toEqual(Array(12).fill(1));
  });

  it('GIVEN an announcement topic THEN the bot never reads it as a board', () => {
    const viewed = fake.records.filter((c) => c.path.endsWith('/view')).map((c) => c.path);
    expect(viewed.length).toBeGreaterThan(0);
    expect(viewed.every((p) => p.includes(`/discussion_topics/${BOARD}/`))).toBe(true);
  });

  it('GIVEN CANVAS_BOARD_TOPIC_IDS THEN only those topics are read', async () => {
    const before = fake.records.length;
    await bed.adapter({ boardTopicIds: ['12345'] }).pollOnce(); // a second adapter on the same core
    const paths = fake.records.slice(before).map((c) => c.path);
    expect(paths).toContain(`/api/v1/courses/${CANVAS_IDS.course}/discussion_topics/12345/view`);
    expect(paths).not.toContain(`/api/v1/courses/${CANVAS_IDS.course}/discussion_topics`);
  });
});

describe('a board topic that does not exist', () => {
  it('GIVEN a wrong id among the topics THEN the others are still answered, and the 404 is logged with advice', async () => {
    const fresh = canvasTestBed(fake);
    try {
      const both = fresh.adapter({ boardTopicIds: ['12345', String(BOARD)] });
      await both.pollOnce(); // the first look
      const q = fake.addEntry(BOARD, CANVAS_IDS.student, '<p>can i bring notes to the exam</p>');
      await both.pollOnce();
      await fresh.core.outbox.drain();
      expect(botReplies(q.id)).toHaveLength(1);
      expect(
        fresh.logLines.filter((l) => l.includes('check CANVAS_COURSE_ID and CANVAS_BOARD_TOPIC_IDS')),
      ).toHaveLength(1);
    } finally {
      fresh.cleanup();
    }
  });
});

describe('a course of documents on the board', () => {
  const DOCS_COURSE = path.resolve(import.meta.dirname, '../../fixtures/docs-course');

  it('GIVEN a question the syllabus answers with its grading table THEN the reply quotes it as a blockquote holding a table', async () => {
    const docsFake = await startFakeCanvas();
    const docs = canvasTestBed(docsFake, '2026-09-01T08:00:00Z', DOCS_COURSE);
    const docsAdapter = docs.adapter();
    try {
      await docsAdapter.pollOnce(); // the first look
      const q = docsFake.addEntry(BOARD, CANVAS_IDS.student, '<p>how is the course graded?</p>');
      await docsAdapter.pollOnce();
      await docs.core.outbox.drain();
      const replies = docsFake.repliesTo(BOARD, q.id).filter((e) => e.user_id === CANVAS_IDS.bot);
      expect(replies).toHaveLength(1);
      const html = replies[0]?.message ?? '';
      expect(html).toContain('<p>From the Syllabus, Grading:</p>\n<blockquote><table><thead><tr>');
      expect(html).toContain('<th scope="col">component</th><th scope="col">weight</th>');
      expect(html).toContain('<tr><td>Lab reports</td><td>30%</td></tr>');
      expect(html).toContain(
        '<p>Grades are posted on the course page within two weeks of each hand-in.</p></blockquote>',
      );
      const shown = html.replace(/<[^>]*>/g, '');
      expect(shown).not.toContain('&gt;');
      expect(shown).not.toContain('|');
      // (its source is the syllabus's section, named as on Discord and Slack, not as a FAQ entry)
      expect(html).toContain('<p><em>Sources: Syllabus: Grading</em></p>');
      expect(html).not.toContain('course FAQ:');
    } finally {
      await docsAdapter.stop();
      docs.cleanup();
      await docsFake.close();
    }
  });
});
