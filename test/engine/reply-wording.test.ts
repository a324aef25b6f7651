// The wording of redirects and fallbacks comes from the course file, with defaults that keep older course files'
// replies; the course file's sentences are checked for their {placeholders}.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { courseSchema, type Course } from '../../src/content/schemas.ts';
import { loadCourse } from '../../src/content/load-content.ts';
import { renderFallback, renderNoTopic, renderRedirect } from '../../src/engine/render.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function course(yaml: string): Course {
  return courseSchema.parse(parse(yaml));
}

const ONE_INSTRUCTOR = `
name: Epidemiology
contacts:
  email: epi@example.edu
  coordinator: Dr. Zee
  discussion_board: the course Moodle page
staff:
  lecturers: [Dr. Zee]
  coordinator: Dr. Zee
`;

describe('redirect wording', () => {
  it('GIVEN the shipped course file THEN the redirect and fallback read as they always did', () => {
    const loaded = loadCourse(path.join(ROOT, 'faq'));
    if (!loaded.ok) throw new Error('the shipped course file does not load');
    const shipped = loaded.value;
    const redirect = renderRedirect(shipped, 'extension');
    expect(redirect).toContain(
      'This sounds like a personal or administrative matter for the course staff, so please send an **e-mail** to the coordinator (Shujian Yu): [dl-coordinator@example.org](mailto:dl-coordinator@example.org?subject=',
    );
    expect(redirect).toContain("Please don't use Canvas messages: they are not answered.");
    expect(redirect).toContain(
      'Questions of general use (that other students could have too) belong on the Discussion board on Canvas.',
    );
    expect(renderFallback(shipped, [])).toBe(
      "I don't know the answer to that from the course information, and I'd rather not guess.\n\n" +
        'Please ask on the Discussion board on Canvas: staff and other students answer there, and everyone benefits from the answer.',
    );
  });

  it('GIVEN one lecturer who is also the coordinator THEN the redirect names the instructor, not "the coordinator"', () => {
    const text = renderRedirect(course(ONE_INSTRUCTOR), 'grade');
    expect(text).toContain('send an **e-mail** to the instructor (Dr. Zee):');
    expect(text).not.toContain('coordinator');
  });

  it('GIVEN contacts.role THEN the redirect uses that word', () => {
    const c = course(
      ONE_INSTRUCTOR.replace(
        '  coordinator: Dr. Zee\n  discussion',
        '  coordinator: Dr. Zee\n  role: the professor\n  discussion',
      ),
    );
    expect(renderRedirect(c, 'grade')).toContain('to the professor (Dr. Zee):');
  });

  it('GIVEN no name for the contact THEN the redirect names the course staff, not a made-up coordinator', () => {
    const c = course('name: X\ncontacts: { email: x@example.edu }');
    expect(renderRedirect(c, 'private')).toContain('send an **e-mail** to the course staff: [x@example.edu]');
  });

  it('GIVEN replies in the course file THEN redirect, fallback and no-topic replies use them, filled in', () => {
    const c = course(`${ONE_INSTRUCTOR}
private_requests: { unanswered_channel: Moodle messages }
replies:
  redirect: Please e-mail {contact} at {email} about this.
  general_questions: Questions other students could have too are best asked in class or on {board}.
  unanswered_channel: "{channel} are not read."
  fallback: The course information does not say.
  no_topic: I answer questions about {course}.
  include: { grade: the quiz or problem set and what you think is wrong }
`);
    const redirect = renderRedirect(c, 'grade');
    expect(redirect.split('\n')[0]).toBe(
      'Please e-mail the instructor (Dr. Zee) at [epi@example.edu](mailto:epi@example.edu?subject=%5BEpidemiology%5D%20Question%20about%20my%20grade) about this.',
    );
    expect(redirect).toContain('- Include: the quiz or problem set and what you think is wrong.');
    expect(redirect).toContain('Moodle messages are not read.');
    expect(redirect).toContain(
      'Questions other students could have too are best asked in class or on the course Moodle page.',
    );
    // the other reasons keep the default list
    expect(renderRedirect(c, 'extension')).toContain(
      '- Include: your name and student number, which assignment',
    );
    const fallback = renderFallback(c, []);
    expect(fallback).toBe(
      'The course information does not say.\n\nQuestions other students could have too are best asked in class or on the course Moodle page.',
    );
    expect(fallback).not.toContain('staff and other students answer there');
    expect(renderNoTopic(c)).toBe(
      'I answer questions about Epidemiology.\n\nQuestions other students could have too are best asked in class or on the course Moodle page.',
    );
  });
});

describe('a course that words the redirect of one kind of request', () => {
  const NO_EXTENSIONS = `${ONE_INSTRUCTOR}code: EPI 224
replies:
  redirect: "Come to office hours or send an **e-mail** to {contact}: {email}."
  redirect_for:
    extension: "The syllabus allows no extensions. If something serious keeps you from the course, e-mail {contact}: {email}."
  subject: { extension: Long-term absence }
  include: { extension: what happened and which weeks it affects }
`;

  it('GIVEN redirect_for and subject for extensions THEN an extension request gets that opening and subject', () => {
    const text = renderRedirect(course(NO_EXTENSIONS), 'extension');
    expect(text.split('\n')[0]).toBe(
      'The syllabus allows no extensions. If something serious keeps you from the course, e-mail the instructor (Dr. Zee): [epi@example.edu](mailto:epi@example.edu?subject=%5BEPI%20224%5D%20Long-term%20absence).',
    );
    expect(text).toContain('- Suggested subject: "[EPI 224] Long-term absence"');
    expect(text).toContain('- Include: what happened and which weeks it affects.');
    expect(text).not.toContain('Extension request');
  });

  it('GIVEN redirect_for for extensions only THEN the other kinds keep replies.redirect and their subjects', () => {
    const text = renderRedirect(course(NO_EXTENSIONS), 'grade');
    expect(text.split('\n')[0]).toBe(
      'Come to office hours or send an **e-mail** to the instructor (Dr. Zee): [epi@example.edu](mailto:epi@example.edu?subject=%5BEPI%20224%5D%20Question%20about%20my%20grade).',
    );
    expect(text).toContain('- Suggested subject: "[EPI 224] Question about my grade"');
  });
});

describe('a question about the channel the course does not answer', () => {
  const WITH_CHANNEL = `${ONE_INSTRUCTOR}code: EPI 224
private_requests:
  unanswered_channel: Moodle messages
`;

  it('GIVEN the default wording THEN the reply says first that the channel is not answered, then where to write', () => {
    const text = renderRedirect(course(WITH_CHANNEL), 'channel');
    expect(text.split('\n')[0]).toBe(
      "Please don't use Moodle messages: they are not answered. For anything personal or administrative, please send an **e-mail** to the instructor (Dr. Zee) instead: [epi@example.edu](mailto:epi@example.edu?subject=%5BEPI%20224%5D%20Question%20for%20the%20course%20staff).",
    );
    expect(text.match(/not answered/g)).toHaveLength(1);
    expect(text).not.toContain('This sounds like');
  });

  it('GIVEN any other kind of request THEN the channel sentence stays below, after what to include', () => {
    const lines = renderRedirect(course(WITH_CHANNEL), 'grade').split('\n');
    expect(lines[0]).toMatch(/^This sounds like a personal or administrative matter/);
    expect(lines).toContain("Please don't use Moodle messages: they are not answered.");
    expect(lines.findIndex((l) => l.startsWith("Please don't use"))).toBeGreaterThan(
      lines.findIndex((l) => l.startsWith('- Include:')),
    );
  });

  it("GIVEN the course's own redirect wording THEN it follows the channel sentence", () => {
    const worded = course(
      `${WITH_CHANNEL}replies:\n  redirect: "E-mail {contact} at {email}; replies come within 48 hours."\n`,
    );
    expect(renderRedirect(worded, 'channel').split('\n')[0]).toMatch(
      /^Please don't use Moodle messages: they are not answered\. E-mail the instructor \(Dr\. Zee\) at \[epi@example\.edu\]\(mailto:.*; replies come within 48 hours\.$/,
    );
  });

  it('GIVEN a form for private requests THEN the default sends there instead, without an e-mail subject', () => {
    const withForm = course(
      WITH_CHANNEL.replace(
        '  email: epi@example.edu\n',
        '  email: epi@example.edu\n  private_channel: https://forms.example.edu/x\n',
      ),
    );
    const text = renderRedirect(withForm, 'channel');
    expect(text.split('\n')[0]).toBe(
      "Please don't use Moodle messages: they are not answered. For anything personal or administrative, please write to the instructor (Dr. Zee) through [the form for private requests](https://forms.example.edu/x) instead.",
    );
    expect(text).not.toContain('Suggested subject');
  });
});

describe('a course whose private requests go to a direct message or a form', () => {
  const withChannel = (channel: string): Course =>
    course(
      ONE_INSTRUCTOR.replace(
        '  email: epi@example.edu\n',
        `  email: epi@example.edu\n  private_channel: ${channel}\n`,
      ) + 'code: EPI 224\n',
    );

  it('GIVEN a named channel THEN the redirect sends there and suggests no e-mail subject', () => {
    const text = renderRedirect(withChannel('a direct message to Dr. Zee on the course Slack'), 'extension');
    expect(text.split('\n')[0]).toContain('**a direct message to Dr. Zee on the course Slack**');
    expect(text).not.toContain('Suggested subject');
    expect(text).toContain('- Include: ');
  });

  it('GIVEN a form THEN no e-mail subject either', () => {
    expect(renderRedirect(withChannel('https://forms.example.edu/x'), 'grade')).not.toContain(
      'Suggested subject',
    );
  });

  it('GIVEN a channel but a redirect worded to the e-mail THEN the subject is suggested for that e-mail', () => {
    const worded = withChannel('https://forms.example.edu/x');
    worded.replies = { redirect: 'E-mail {contact}: {email}.' };
    const text = renderRedirect(worded, 'grade');
    expect(text).toContain('](mailto:epi@example.edu');
    expect(text).toContain('- Suggested subject: "[EPI 224] Question about my grade"');
  });
});

describe('replies in the course file are checked', () => {
  const issues = (replies: string, contacts = '{ email: x@example.edu }'): string[] => {
    const r = courseSchema.safeParse(parse(`name: X\ncontacts: ${contacts}\nreplies:\n${replies}`));
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('GIVEN an unknown placeholder THEN it is named with the ones allowed there', () => {
    expect(issues('  fallback: Ask on {forum}.')).toEqual([
      'replies.fallback: {forum} is not a placeholder here: use {board}, {course}',
    ]);
  });

  it('GIVEN a redirect without {email} THEN it is refused: students would not see where to write', () => {
    expect(issues('  redirect: Please write to {contact}.')).toEqual([
      'replies.redirect: must contain {email} or {private_channel}, where the bot puts where to write',
    ]);
  });

  it('GIVEN a redirect_for without {email} THEN it is refused like redirect, naming the kind of request', () => {
    expect(issues('  redirect_for: { extension: No extensions are given. }')).toEqual([
      'replies.redirect_for.extension: must contain {email} or {private_channel}, where the bot puts where to write',
    ]);
  });

  it('GIVEN a subject with a placeholder, or an unknown kind of request THEN it is refused', () => {
    expect(issues('  subject: { grade: "{course} grade" }')).toEqual([
      'replies.subject.grade: {course} is not filled in here: this text takes no placeholders',
    ]);
    expect(issues('  subject: { extensions: Absence }')).toHaveLength(1);
  });

  it('GIVEN a redirect_for with {email} and no contacts.email THEN it is refused', () => {
    const form = '{ private_channel: https://forms.example.edu/x }';
    expect(issues('  redirect_for: { grade: "Write to {email}." }', form)).toEqual([
      'replies.redirect_for.grade: uses {email}, but contacts has no email: write {private_channel} where the bot puts where to write',
    ]);
  });

  it('GIVEN a misspelt field THEN it is refused', () => {
    expect(issues('  fallbak: x')).toHaveLength(1);
  });
});
