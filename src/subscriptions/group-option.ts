// The `group` option shared by the schedule commands, and the reply for a group the schedule does not have.
import type { Content } from '../content/load-content.ts';
import type { EventType } from '../content/schemas.ts';
import type { CommandOption, Reply } from '../core/command.ts';
import { errorReply } from '../core/run-command.ts';
import { groupsOf, unknownGroupMessage } from './calendar-filter.ts';
import { andList } from '../core/and-list.ts';

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

/**
 * The help line naming this course's own groups, for a command that takes one (the help text's example group is one
 * for every course): "For LING 101, the groups are aa, ab and ac: `practicals aa`." Undefined without groups.
 */
export function groupsHelp(content: Content, command: string, type?: EventType): string | undefined {
  const { schedule } = content;
  const groups = groupsOf(
    type ? { ...schedule, events: schedule.events.filter((e) => e.type === type) } : schedule,
  );
  const [first] = groups;
  if (first === undefined) return undefined;
  const names = andList(groups.map((g) => `\`${g}\``));
  const are = groups.length === 1 ? 'the group is' : 'the groups are';
  return `For ${content.course.name}, ${are} ${names}: for example \`${command} ${first}\`.`;
}
