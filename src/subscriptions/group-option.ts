// The `group` option shared by the schedule commands, and the reply for a group the schedule does not have.
import type { CommandOption, Reply } from '../core/command.ts';
import { errorReply } from '../core/run-command.ts';
import { unknownGroupMessage } from './calendar-filter.ts';

export const GROUP_OPTION: CommandOption = {
  name: 'group',
  description: 'Your practical group, e.g. thu-a',
  type: 'string',
  required: false,
  maxLength: 64,
};

/** Null when `group` is absent or known; otherwise an error reply listing the valid groups. */
export function unknownGroupReply(group: string | undefined, groups: readonly string[]): Reply | null {
  const message = unknownGroupMessage(group, groups);
  return message === null ? null : errorReply(`\`group\`: ${message}.`);
}
