// A private request goes to the staff; when a FAQ entry on its subject would answer it were it not a request (it
// ranks above every kind of private request, at the answer threshold), the redirect also gives that entry, so the
// student knows the policy before writing (test/fixtures/courses/botany).
import { describe, expect, it } from 'vitest';
import { getAnswerEngine } from '../../src/engine/index.ts';
import { botany } from './fixtures.ts';

const engine = getAnswerEngine(botany());
const now = new Date('2030-02-10T12:00:00Z');

describe('GIVEN a private request on a subject a FAQ entry covers', () => {
  it('WHEN it is asked THEN it is redirected, with the entry below the redirect and as its source', () => {
    const reply = engine.answer('i was sick, can i hand in my lab report late without the penalty', now);
    expect(reply.kind).toBe('redirect');
    expect(reply.text).toContain('mailto:');
    expect(reply.text).toContain('What the course information says about **Handing in late**');
    expect(reply.text).toContain('Late reports lose **1 point per day**');
    expect(reply.sources.map((s) => s.id)).toEqual(['late-work']);
  });
});

describe('GIVEN a private request no FAQ entry covers', () => {
  it('WHEN it is asked THEN the redirect stands alone', () => {
    const reply = engine.answer('my grandmother passed away', now);
    expect(reply.kind).toBe('redirect');
    expect(reply.text).not.toContain('What the course information says');
    expect(reply.sources).toEqual([]);
  });
});
