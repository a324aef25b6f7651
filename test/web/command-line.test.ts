import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCommandArgs } from '../../src/core/command-line.ts';
import { defineCommand, type CommandOption } from '../../src/core/command.ts';

const make = (options: CommandOption[]) =>
  defineCommand({
    name: 'cmd',
    description: 'test',
    options,
    args: z.object({}),
    access: 'everyone',
    execute: () => ({ text: '', private: true }),
  });
const opt = (name: string, type: CommandOption['type']): CommandOption => ({
  name,
  description: name,
  type,
  required: false,
});

describe('typed command lines', () => {
  it('GIVEN words THEN one per option in order, numbers converted', () => {
    const c = make([opt('count', 'integer'), opt('group', 'string')]);
    expect(parseCommandArgs(c, '3 thu-a')).toEqual({ ok: true, args: { count: 3, group: 'thu-a' } });
    expect(parseCommandArgs(c, '')).toEqual({ ok: true, args: {} });
    expect(parseCommandArgs(c, 'three')).toEqual({ ok: true, args: { count: 'three' } });
  });

  it('GIVEN a last string option THEN it takes the rest of the line', () => {
    const c = make([opt('group', 'string'), opt('types', 'string')]);
    expect(parseCommandArgs(c, 'thu-a deadline practical')).toEqual({
      ok: true,
      args: { group: 'thu-a', types: 'deadline practical' },
    });
  });

  it('GIVEN a text option THEN it takes everything, newlines included, and --flags set the others', () => {
    const c = make([opt('text', 'text'), opt('at', 'string')]);
    expect(parseCommandArgs(c, 'Hello\nall --at 2027-03-01 09:00')).toEqual({
      ok: true,
      args: { text: 'Hello\nall', at: '2027-03-01 09:00' },
    });
    // an unknown --word is just text
    expect(parseCommandArgs(c, 'use --verbose here')).toEqual({
      ok: true,
      args: { text: 'use --verbose here' },
    });
  });

  it('GIVEN a boolean flag alone or on/off THEN true or false', () => {
    const c = make([opt('on', 'boolean'), opt('all', 'boolean')]);
    expect(parseCommandArgs(c, 'off --all')).toEqual({ ok: true, args: { on: false, all: true } });
  });

  it('GIVEN more words than options THEN a clear error', () => {
    const c = make([opt('count', 'integer')]);
    const r = parseCommandArgs(c, '3 4');
    expect(r).toEqual({
      ok: false,
      message: '`cmd` takes at most 1 argument; "4" is left over. See `help cmd`.',
    });
    expect(parseCommandArgs(make([]), 'x')).toEqual({ ok: false, message: '`cmd` takes no arguments.' });
  });

  it('GIVEN an option the command does not have, or one without its value THEN the error names it', () => {
    const c = make([opt('count', 'integer')]);
    expect(parseCommandArgs(c, '--nope 3')).toEqual({
      ok: false,
      message: '`cmd` has no option `--nope`; its options are `--count`. See `help cmd`.',
    });
    expect(parseCommandArgs(c, '--count')).toEqual({
      ok: false,
      message: '`--count` needs a value. See `help cmd`.',
    });
    // (a text option still takes an unknown --word as text, above)
  });
});
