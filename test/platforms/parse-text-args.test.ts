// Turning `/course <command> <text>` into a command's options.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandOption } from '../../src/core/command.ts';
import { freeTextArgs, parseTextArgs, tokenize } from '../../src/platforms/shared/parse-text-args.ts';
import { splitSubcommand } from '../../src/platforms/slack/handle-command.ts';

const opt = (name: string, type: CommandOption['type'], required = false): CommandOption => ({
  name,
  description: name,
  type,
  required,
});

describe('parseTextArgs', () => {
  it('fills options in order and converts numbers', () => {
    expect(parseTextArgs([opt('count', 'integer')], '3')).toEqual({ count: 3 });
    expect(parseTextArgs([opt('assignments', 'string'), opt('exam', 'number')], '"8 7 9" 6.5')).toEqual({
      assignments: '8 7 9',
      exam: 6.5,
    });
  });

  it('lets the last string option take the rest of the line, unquoted', () => {
    expect(parseTextArgs([opt('question', 'string', true)], 'how do I   submit?')).toEqual({
      question: 'how do I   submit?',
    });
    expect(parseTextArgs([opt('mode', 'string'), opt('leads', 'string')], 'on 1d, 2h')).toEqual({
      mode: 'on',
      leads: '1d, 2h',
    });
  });

  it('lets a long text take the rest of the line with its line breaks, and later options be named', () => {
    expect(
      parseTextArgs(
        [opt('text', 'text', true), opt('at', 'string')],
        'at=2026-03-02T10:00 Lab moved\nto room 3',
      ),
    ).toEqual({
      at: '2026-03-02T10:00',
      text: 'Lab moved\nto room 3',
    });
  });

  it('passes what does not look like a number through, so the command’s validation names the problem', () => {
    expect(parseTextArgs([opt('count', 'integer')], 'three')).toEqual({ count: 'three' });
    expect(parseTextArgs([opt('on', 'boolean')], 'yes')).toEqual({ on: true });
  });

  it('keeps curly-quoted phrases together (phones and Slack autocorrect)', () => {
    expect(tokenize('“two words” ‘three more words’ x').map((t) => t.value)).toEqual([
      'two words',
      'three more words',
      'x',
    ]);
  });

  it('never throws and only sets declared options, whatever is typed', () => {
    const options = [opt('a', 'string'), opt('n', 'integer'), opt('t', 'text')];
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (line) => {
        const args = parseTextArgs(options, line);
        expect(Object.keys(args).every((k) => ['a', 'n', 't'].includes(k))).toBe(true);
      }),
    );
  });
});

describe('subcommands and free text', () => {
  it('splits `/course deadlines 3`, and treats an empty line as help', () => {
    expect(splitSubcommand('Deadlines 3')).toEqual({ name: 'deadlines', rest: '3' });
    expect(splitSubcommand('   ')).toEqual({ name: 'help', rest: '' });
  });

  it('gives a free-text message to the first string option', () => {
    expect(freeTextArgs([opt('count', 'integer'), opt('question', 'string')], 'why?')).toEqual({
      question: 'why?',
    });
  });
});
