import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { unwrapMarkdown } from '../../src/content/unwrap-markdown.ts';

describe('unwrapping hard-wrapped Markdown', () => {
  it('GIVEN a paragraph wrapped over lines THEN it becomes one line; paragraphs stay apart', () => {
    expect(unwrapMarkdown('Handing in late costs\n2 points per day.\n\nStart early.\n')).toBe(
      'Handing in late costs 2 points per day.\n\nStart early.',
    );
  });

  it('GIVEN list items with wrapped continuation lines THEN each item is one line', () => {
    expect(
      unwrapMarkdown('Ask:\n- on the board, where\n  others see it\n- by e-mail\n1. first\n   more\n'),
    ).toBe('Ask:\n- on the board, where others see it\n- by e-mail\n1. first more');
  });

  it('GIVEN a code block THEN its lines are kept as written', () => {
    const code = 'Example:\n\n```\nx = 2\ny = x * 3\n```\nafter';
    expect(unwrapMarkdown(code)).toBe(code);
  });

  it('GIVEN the shipped FAQ THEN no answer keeps a line break inside a sentence', () => {
    for (const entry of loadContent().faq) {
      for (const line of entry.answer.split('\n')) {
        // A wrapped sentence would leave a line ending in a lowercase word followed by more text.
        expect(line, `${entry.id}: "${line}"`).not.toMatch(/^\s{2,}[a-z]/);
      }
    }
  });
});
