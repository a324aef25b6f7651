// Mentions left out of a question leave no stray space: the question reads as if typed without them, on every
// platform that removes them (Discord, Slack, Canvas: one helper).
import { describe, expect, it } from 'vitest';
import { questionText } from '../../src/platforms/canvas/canvas-replies.ts';
import { withoutMentions } from '../../src/platforms/shared/remove-mentions.ts';

const DISCORD = /<@[!&]?\d{1,25}>/g;

describe('withoutMentions', () => {
  it.each([
    ['<@1> when is the exam?', 'when is the exam?'],
    ['when is <@1> the exam?', 'when is the exam?'],
    ['when is the exam <@1>', 'when is the exam'],
    ['Hi <@1>, when is the exam?', 'Hi, when is the exam?'],
    ['<@1>, when is the exam?', 'when is the exam?'],
    ['<@1> <@&2>: when is the exam?', 'when is the exam?'],
    ['<@1> and <@&2>: when is the exam?', 'and: when is the exam?'],
    ['is the exam open book, <@1>?', 'is the exam open book?'],
    ['thanks <@1>!', 'thanks!'],
    ['when is<@1>the exam', 'when is the exam'],
    ['Hi <@1>\n<@2> when is the exam?\n\n\n<@3>\nthanks', 'Hi\nwhen is the exam?\n\nthanks'],
    ['<@1>', ''],
  ])('GIVEN %j THEN %j', (text, expected) => {
    expect(withoutMentions(text, DISCORD)).toBe(expected);
  });

  it('GIVEN a message without mentions THEN only its outer whitespace and runs of spaces change', () => {
    expect(withoutMentions('  what is the late penalty?  ', DISCORD)).toBe('what is the late penalty?');
    expect(withoutMentions('line one\n  line  two', DISCORD)).toBe('line one\nline two');
  });
});

describe("Canvas's questionText", () => {
  const people = { selfNames: ['Course Bot'] };
  it.each([
    ['<p>Thanks!</p><p>@Course Bot when is the exam</p>', 'Thanks!\nwhen is the exam'],
    ['<p>when is the exam @Course Bot</p><p>thanks</p>', 'when is the exam\nthanks'],
    ['<p>Hi @Course Bot, is the exam open book?</p>', 'Hi, is the exam open book?'],
    [
      '<p>Hi <span class="mceNonEditable mention" data-mention="7">@Jane Doe</span>, is it open book?</p>',
      'Hi, is it open book?',
    ],
  ])('GIVEN %j THEN %j', (html, expected) => {
    expect(questionText(html, people)).toBe(expected);
  });
});
