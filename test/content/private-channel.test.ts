// Private requests that go somewhere other than an e-mail (`contacts.private_channel`): a web form, or a named channel
// such as ASTRON 101's "Messages on Blackboard". How the course file says it (and is refused when wrong), and that
// every redirect, every answer that mentions contacting the staff, and the Canvas inbox reply send students there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatIssue } from '../../src/content/content-error.ts';
import { loadContent, loadCourse } from '../../src/content/load-content.ts';
import { courseSchema, type Course } from '../../src/content/schemas.ts';
import { placeholderWarnings } from '../../src/content/placeholders.ts';
import { createAnswerEngine } from '../../src/engine/index.ts';
import { renderAnswer, renderRedirect } from '../../src/engine/render.ts';
import { inboxReplyText } from '../../src/platforms/canvas/canvas-inbox.ts';

const head = (contacts: string) => `name: ASTRON 101 The Solar System
code: ASTRON 101
contacts:
${contacts}  coordinator: Dr. Morgan Ellery
  role: the instructor
  discussion_board: the course Discussion forum on Blackboard
`;
const MESSAGES = head('  private_channel: Messages on Blackboard\n');
const FORM = head('  private_channel: https://forms.umass.edu/astron101-requests\n');
const LINKED = head(
  '  email: astron101@umass.edu\n  private_channel: { name: Messages on Blackboard, url: https://blackboard.umass.edu/messages }\n',
);
const course = (yaml: string): Course => courseSchema.parse(parse(yaml));

const dir = mkdtempSync(path.join(tmpdir(), 'private-channel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function load(yaml: string) {
  const folder = mkdtempSync(path.join(dir, 'faq-'));
  writeFileSync(path.join(folder, 'course.yaml'), yaml);
  const loaded = loadCourse(folder);
  return loaded.ok ? [] : loaded.issues.map(formatIssue);
}

describe('GIVEN a course file whose private requests go to a channel, not an e-mail', () => {
  it('WHEN it names the channel, a form or a linked channel THEN each loads as that kind, without an e-mail', () => {
    expect(course(MESSAGES).contacts.private_channel).toEqual({
      kind: 'named',
      name: 'Messages on Blackboard',
    });
    expect(course(FORM).contacts.private_channel).toEqual({
      kind: 'form',
      url: 'https://forms.umass.edu/astron101-requests',
    });
    expect(course(LINKED).contacts.private_channel).toEqual({
      kind: 'named',
      name: 'Messages on Blackboard',
      url: 'https://blackboard.umass.edu/messages',
    });
    expect(course(head('  private_channel: requests@umass.edu\n')).contacts.private_channel).toEqual({
      kind: 'email',
      address: 'requests@umass.edu',
    });
  });

  it.each([
    [
      head('  discussion_board_url: https://b.umass.edu\n'),
      "course.yaml:4 contacts.email: is required: the e-mail private requests are sent to (or, when they go elsewhere, contacts.private_channel: a web form's URL or a channel such as Messages on Blackboard)",
    ],
    [
      head('  private_channel: astron@umass\n'),
      'course.yaml:4 contacts.private_channel: "astron@umass" is neither an e-mail address nor an http(s) URL: write the address, the form\'s URL, or the channel\'s name (such as Messages on Blackboard)',
    ],
    [
      `${MESSAGES}replies:\n  redirect: "For this, e-mail {email}."\n`,
      'course.yaml:9 replies.redirect: uses {email}, but contacts has no email: write {private_channel} where the bot puts where to write',
    ],
  ])('WHEN it is wrong THEN the file, line and field are named with the fix (%#)', (yaml, message) => {
    const issues = load(yaml);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.endsWith(message)).toBe(true);
  });
});

describe('GIVEN redirects', () => {
  it('WHEN private requests go to a named channel THEN the redirect says to write through it, not to e-mail', () => {
    const text = renderRedirect(course(MESSAGES), 'extension');
    expect(text.split('\n')[0]).toBe(
      'This sounds like a personal or administrative matter for the course staff, so please write to the instructor (Dr. Morgan Ellery) through **Messages on Blackboard**.',
    );
    expect(text).not.toMatch(/e-mail|mailto/i);
  });

  it('WHEN they go to a form THEN the redirect links the form', () => {
    expect(renderRedirect(course(FORM), 'grade').split('\n')[0]).toBe(
      'This sounds like a personal or administrative matter for the course staff, so please write to the instructor (Dr. Morgan Ellery) through [the form for private requests](https://forms.umass.edu/astron101-requests).',
    );
  });

  it('WHEN the course words the redirect THEN {private_channel} and {email} are both filled in', () => {
    const c = course(
      `${LINKED}replies:\n  redirect: "Write to {contact} through {private_channel} (or e-mail {email} if it is down)."\n`,
    );
    const first = renderRedirect(c, 'private').split('\n')[0];
    expect(first).toContain('through [**Messages on Blackboard**](https://blackboard.umass.edu/messages)');
    expect(first).toContain('(or e-mail [astron101@umass.edu](mailto:astron101@umass.edu?subject=');
  });

  it('WHEN only contacts.email is given THEN the redirect is the e-mail one, as before', () => {
    const first = renderRedirect(course(head('  email: astron101@umass.edu\n')), 'private').split('\n')[0];
    expect(first).toBe(
      'This sounds like a personal or administrative matter for the course staff, so please send an **e-mail** to the instructor (Dr. Morgan Ellery): [astron101@umass.edu](mailto:astron101@umass.edu?subject=%5BASTRON%20101%5D%20Private%20question).',
    );
  });

  it('WHEN the engine redirects a request THEN it sends the student to the channel', () => {
    const content = loadContent();
    const c = course(MESSAGES);
    const reply = createAnswerEngine(
      { ...content, course: { ...content.course, contacts: c.contacts } },
      {
        vectors: false,
      },
    ).answer('can i get an extension on assignment 2, i was sick all week', new Date('2026-09-20T10:00:00Z'));
    expect(reply.kind).toBe('redirect');
    expect(reply.text).toContain('through **Messages on Blackboard**');
    expect(reply.text).not.toContain('mailto:');
  });
});

describe('GIVEN an answer that mentions e-mail', () => {
  const entry = {
    id: 'contact',
    title: 'Contacting the instructor',
    questions: ['a', 'b'],
    tags: [],
    answer:
      'Send the instructor a message through **Messages** on Blackboard (use e-mail only if Messages is down).',
    see_also: [],
  };
  it('WHEN the course has no e-mail THEN no "E-mail:" line is added', () => {
    expect(renderAnswer(entry, course(MESSAGES))).not.toContain('E-mail:');
  });
  it('WHEN the course has one THEN the line gives it, as before', () => {
    expect(renderAnswer(entry, course(LINKED))).toContain(
      'E-mail: [astron101@umass.edu](mailto:astron101@umass.edu) (Dr. Morgan Ellery)',
    );
  });
});

describe('GIVEN the reply to a Canvas message', () => {
  it('WHEN private requests go to a named channel THEN it says to write through it, with its link', () => {
    const text = inboxReplyText(course(LINKED), undefined);
    expect(text).toContain(
      'For anything personal (an extension, illness, your grade, your own circumstances), write to the instructor (Dr. Morgan Ellery) through Messages on Blackboard (https://blackboard.umass.edu/messages).',
    );
    expect(text).not.toContain('mailto:');
  });

  it('WHEN they go to a form THEN it gives the form', () => {
    expect(inboxReplyText(course(FORM), undefined)).toContain(
      'use the form for private requests: https://forms.umass.edu/astron101-requests.',
    );
  });

  it('WHEN the channel is the Canvas inbox itself THEN the greeting does not say these messages are unread', () => {
    const text = inboxReplyText(course(head('  private_channel: Canvas Inbox\n')), undefined);
    expect(text.split('\n')[0]).toBe(
      'Hello! This is the ASTRON 101 The Solar System course bot. The instructor (Dr. Morgan Ellery) reads these messages too and answers personal matters here.',
    );
    expect(text).not.toMatch(/not read/);
  });
});

describe('GIVEN validate', () => {
  it('WHEN the form is on an example domain THEN it warns, as for the e-mail', () => {
    const content = loadContent();
    const c = course(head('  private_channel: https://forms.example.edu/x\n'));
    const warnings = placeholderWarnings({ ...content, course: c }, { publicUrl: 'https://bot.umass.edu' });
    expect(
      warnings.some((w) =>
        w.startsWith('course.yaml contacts.private_channel is https://forms.example.edu/x'),
      ),
    ).toBe(true);
  });

  it('WHEN the e-mail is on an example domain beside a named channel THEN the warning says where it would show', () => {
    const content = loadContent();
    const c = course(head('  email: x@example.edu\n  private_channel: Messages on Blackboard\n'));
    const warnings = placeholderWarnings({ ...content, course: c }, { publicUrl: 'https://bot.umass.edu' });
    const line = warnings.find((w) => w.startsWith('course.yaml contacts.email is x@example.edu'));
    expect(line).toContain('answers that tell students to e-mail would show it');
    expect(line).not.toContain('sent nowhere');
  });
});
