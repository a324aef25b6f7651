// The Canvas inbox's reply takes the course file's wording where it has some: what to include in the e-mail, and
// where general questions go; without it the reply reads as before.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { courseSchema } from '../../../src/content/schemas.ts';
import { inboxReplyText } from '../../../src/platforms/canvas/canvas-inbox.ts';

const base = `name: Epidemiology
contacts:
  email: epi@example.edu
  discussion_board: the course Moodle page
  discussion_board_url: https://moodle.example.edu/epi
`;

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
