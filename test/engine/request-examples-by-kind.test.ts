// A course's own private-request examples may be listed by kind (extension, circumstances, grade, private): the kind
// picks the reply's wording, so a course's own way of saying a personal circumstance gets the circumstances reply.
import { describe, expect, it } from 'vitest';
import { courseSchema } from '../../src/content/schemas.ts';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

const EXAMPLE = 'my field site flooded and my samples are gone';
const QUESTION = 'the flood at my field site destroyed my samples';
const during = new Date('2030-02-20T08:00:00Z');

function subjectWith(examples: unknown): string | undefined {
  const content = botany();
  content.course = courseSchema.parse({
    ...content.course,
    private_requests: { ...content.course.private_requests, examples },
  });
  const reply = getAnswerEngine(content).answer(QUESTION, during);
  expect(reply.kind).toBe('redirect');
  return /Suggested subject: "([^"]*)"/.exec(reply.text)?.[1];
}

describe('GIVEN a course example of a personal circumstance', () => {
  it('WHEN it is listed under circumstances THEN a question like it gets the circumstances wording', () => {
    expect(subjectWith({ circumstances: [EXAMPLE] })).toBe('[BOT101] Personal circumstances');
  });

  it('WHEN it is in a plain list THEN it is a private request of no particular kind', () => {
    expect(subjectWith([EXAMPLE])).toBe('[BOT101] Private question');
  });

  it('WHEN a kind is left with no examples ("private:" alone) THEN the file loads and that kind has none', () => {
    const parsed = courseSchema.safeParse({
      ...botany().course,
      private_requests: { examples: { circumstances: [EXAMPLE], private: null } },
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.private_requests?.examples).toEqual({ circumstances: [EXAMPLE], private: [] });
  });

  it('WHEN examples are given under an unknown kind THEN the course file is refused at that field', () => {
    const parsed = courseSchema.safeParse({
      ...botany().course,
      private_requests: { examples: { illness: [EXAMPLE] } },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['private_requests.examples']);
  });
});
