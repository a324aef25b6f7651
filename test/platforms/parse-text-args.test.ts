// Turning `/course <command> <text>` and free-text questions into a command's options.
import { describe, expect, it } from 'vitest';
import type { CommandOption } from '../../src/core/command.ts';
import { freeTextArgs, longTextOptions } from '../../src/platforms/shared/parse-text-args.ts';
import { splitSubcommand } from '../../src/platforms/slack/handle-command.ts';

const opt = (name: string, type: CommandOption['type'], required = false): CommandOption => ({
  name,
  description: name,
  type,
  required,
});

describe('subcommands and free text', () => {
  it('splits `/course deadlines 3`, keeps the rest as typed, and treats an empty line as help', () => {
    expect(splitSubcommand('Deadlines 3')).toEqual({ name: 'deadlines', rest: '3' });
    expect(splitSubcommand('gradcheck x = 2\ny = x^2')).toEqual({
      name: 'gradcheck',
      rest: 'x = 2\ny = x^2',
    });
    expect(splitSubcommand('   ')).toEqual({ name: 'help', rest: '' });
  });

  it('gives a free-text message to the first string option', () => {
    expect(freeTextArgs([opt('count', 'integer'), opt('question', 'string')], 'why?')).toEqual({
      question: 'why?',
    });
    expect(freeTextArgs([opt('count', 'integer')], 'why?')).toEqual({});
  });

  it('finds the long-text options that a modal collects', () => {
    expect(longTextOptions([opt('at', 'string'), opt('text', 'text', true)]).map((o) => o.name)).toEqual([
      'text',
    ]);
  });
});
