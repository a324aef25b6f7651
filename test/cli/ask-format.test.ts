// How `ask` prints a reply for a TA trying the bot out: what it came from, and that a command's entry runs the
// command in chat (the command line can only show its help).
import { describe, expect, it } from 'vitest';
import { formatReply } from '../../src/cli/commands/ask.ts';

describe('GIVEN replies printed by `ask`', () => {
  it('WHEN the answer comes from several schedule events THEN the label names them, not only the first', () => {
    const text = formatReply(
      {
        kind: 'answer',
        text: 'The deadlines: …',
        sources: ['Homework 1', 'Homework 2', 'Homework 3', 'Project'].map((title, i) => ({
          id: `schedule:e${i}`,
          title,
          score: 1,
        })),
      },
      false,
    );
    expect(text).toContain('(answer: the schedule: Homework 1; Homework 2; Homework 3; and 1 more)');
  });

  it('WHEN the answer is the entry of a command that runs when asked THEN it says so', () => {
    const text = formatReply(
      {
        kind: 'answer',
        text: '**deadlines**: …',
        sources: [{ id: 'bot-deadlines', title: 'The deadlines command', score: 1 }],
      },
      false,
    );
    expect(text).toContain('(in chat, this question runs the `deadlines` command and shows what it says)');
    expect(text).toContain('(answer: The deadlines command)');
  });

  it('WHEN the answer is a FAQ entry THEN it is labelled with its title alone', () => {
    const text = formatReply(
      {
        kind: 'answer',
        text: 'Late work loses 10%.',
        sources: [{ id: 'late', title: 'Late work', score: 0.8 }],
      },
      false,
    );
    expect(text).toBe('Late work loses 10%.\n\n(answer: Late work)\n');
  });
});
