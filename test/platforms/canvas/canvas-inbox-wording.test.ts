// The Canvas inbox's reply takes the course file's wording where it has some: the greeting (that Canvas messages are
// not read), what to include in the e-mail and where general questions go; without it the reply reads as before.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { courseSchema } from '../../../src/content/schemas.ts';
import { inboxReplyText } from '../../../src/platforms/canvas/canvas-inbox.ts';
import { CANVAS_IDS, startFakeCanvas, type FakeCanvas } from '../../fakes/canvas/fake-canvas.ts';
import { canvasTestBed, type CanvasTestBed } from './canvas-test-core.ts';

const base = `name: Epidemiology
contacts:
  email: epi@example.edu
  discussion_board: the course Moodle page
  discussion_board_url: https://moodle.example.edu/epi
`;
const firstLine = (yaml: string) => inboxReplyText(courseSchema.parse(parse(yaml)), undefined).split('\n')[0];

describe('the Canvas inbox reply', () => {
  it('GIVEN no replies section THEN it names the board and the default list of what to include', () => {
    const text = inboxReplyText(courseSchema.parse(parse(base)), undefined);
    expect(text).toContain('Include your full name, your student number, the course and what it is about.');
    expect(text).toContain(
      'Questions that others may have too are best asked on the course Moodle page (https://moodle.example.edu/epi).',
    );
  });

  it("GIVEN the course file's wording THEN the reply uses it, in plain text", () => {
    const course = courseSchema.parse(
      parse(`${base}replies:
  general_questions: Questions other students could have too are best asked in class or on {board}.
  include: { private: your name and which quiz or problem set it is about }
`),
    );
    const text = inboxReplyText(course, undefined);
    expect(text).toContain('Include your name and which quiz or problem set it is about.');
    expect(text).toContain(
      'Questions other students could have too are best asked in class or on the course Moodle page (https://moodle.example.edu/epi).',
    );
    expect(text).not.toContain('best asked on the course Moodle page');
  });
});

describe('the greeting of the Canvas inbox reply', () => {
  it('GIVEN nothing about Canvas in the course file THEN the default: Canvas messages are not read by the staff', () => {
    expect(firstLine(base)).toBe(
      'Hello! This is the Epidemiology course bot. Messages sent here on Canvas are not read by the staff.',
    );
  });

  it('GIVEN an unanswered channel about Canvas THEN the greeting says of it what every redirect says', () => {
    const channel = `${base}private_requests: { unanswered_channel: Canvas messages }\n`;
    expect(firstLine(channel)).toBe(
      "Hello! This is the Epidemiology course bot. Please don't use Canvas messages: they are not answered.",
    );
    expect(firstLine(`${channel}replies: { unanswered_channel: "{channel} are read by nobody." }\n`)).toBe(
      'Hello! This is the Epidemiology course bot. Canvas messages are read by nobody.',
    );
  });

  it('GIVEN an unanswered channel that is not Canvas THEN the greeting does not name that other channel', () => {
    const line = firstLine(`${base}private_requests: { unanswered_channel: Moodle messages }\n`);
    expect(line).toBe(
      'Hello! This is the Epidemiology course bot. Messages sent here on Canvas are not read by the staff.',
    );
  });

  it('GIVEN replies.canvas_inbox THEN it is the whole greeting, with {course} and {contact} filled in', () => {
    const line = firstLine(
      `${base}  coordinator: Dr. Reyes
  role: the instructor
private_requests: { unanswered_channel: Canvas messages }
replies:
  canvas_inbox: "This account belongs to the {course} bot; **nobody** reads it. Write to {contact}."
`,
    );
    expect(line).toBe(
      'This account belongs to the Epidemiology bot; nobody reads it. Write to the instructor (Dr. Reyes).',
    );
  });

  it('GIVEN a placeholder the greeting does not have THEN the course file is refused, naming the field', () => {
    const parsed = courseSchema.safeParse(parse(`${base}replies: { canvas_inbox: "Write to {email}." }\n`));
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path).toEqual(['replies', 'canvas_inbox']);
    expect(issue?.message).toBe('{email} is not a placeholder here: use {course}, {contact}');
  });
});

describe('GIVEN a course whose course file words the inbox reply its own way, on the Canvas fake', () => {
  const FAQ = path.resolve(import.meta.dirname, '../../fixtures/courses/canvas-wording/faq');
  let fake: FakeCanvas;
  let bed: CanvasTestBed;

  beforeAll(async () => {
    fake = await startFakeCanvas();
    bed = canvasTestBed(fake, '2026-09-01T08:00:00Z', FAQ);
  });
  afterAll(async () => {
    bed?.cleanup();
    await fake?.close();
  });

  it("WHEN a student writes THEN the one reply is in the course file's words, with the FAQ's answer", async () => {
    const adapter = bed.adapter({ inboxReply: true });
    await adapter.pollOnce(); // the first look only notes what is already there
    const c = fake.addConversation(CANVAS_IDS.student, 'late', 'what is the late penalty?');
    await adapter.pollOnce();
    await bed.core.outbox.drain();
    const replies = c.messages.filter((m) => m.author_id === CANVAS_IDS.bot);
    expect(replies).toHaveLength(1);
    const lines = replies[0]!.body.split('\n');
    expect(lines[0]).toBe(
      'Hi, this is the Managerial Accounting assistant. Nobody on the teaching team reads this Canvas inbox: write to the instructor (Prof. Lena Ortiz) instead.',
    );
    const body = replies[0]!.body;
    expect(body).toContain('mailto:acct371@example.edu?subject=ACCT371%3A%20Managerial%20Accounting');
    expect(body).toContain('Include your name, your section and which quiz or case it is about.');
    expect(body).toContain(
      'Questions the whole class could have are best asked in lecture or on the Piazza class page (https://piazza.example.edu/acct371).',
    );
    expect(body).toMatch(/FAQ answers:[\s\S]*10% per day/);
    expect(body).not.toMatch(/not read by the staff|Hello!/);
  });
});
