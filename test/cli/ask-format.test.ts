// How `ask` prints a reply for a TA trying the bot out: what it came from, and, as in chat, what a command says when
// a question is answered by the entry of a command that runs when asked.
import { describe, expect, it } from 'vitest';
import { chatReply, formatReply } from '../../src/cli/commands/ask.ts';
import { botany } from '../engine/fixtures.ts';

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

  it('WHEN a question is answered by the entry of a command that runs when asked THEN the command runs, as in chat', () => {
    // (botany: lab report 2 is due 2030-03-01 17:00 in Amsterdam)
    const reply = chatReply(botany(), 'which deadlines are coming up', new Date('2030-02-20T12:00:00Z'));
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('**Next deadlines**');
    expect(reply.text).toContain('Lab report 2');
    expect(reply.text).not.toContain('{{time:');
    expect(formatReply(reply, false)).toContain(
      '(answer: what the `deadlines` command says, as chat runs it for this question)',
    );
  });

  it('WHEN "what is due next" is asked THEN it gets the same reply as "what\'s due next", from the schedule', () => {
    const at = new Date('2030-02-20T12:00:00Z');
    const spelled = chatReply(botany(), 'what is due next', at);
    expect(spelled.text).toContain('Lab report 2');
    expect(spelled.text).toBe(chatReply(botany(), "what's due next", at).text);
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
