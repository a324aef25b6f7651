// The discussion board: questions in Q&A channels, forum posts, mentions and DMs go to `ask`.
import type { Message } from 'discord.js';
import type { Requester } from '../../core/command.ts';
import type { Logger } from '../../core/logger.ts';
import type { CommandRunner } from '../../core/run-command.ts';
import { freeTextCall } from '../shared/parse-text-args.ts';
import { withoutMentions } from '../shared/remove-mentions.ts';
import { errorMessage } from '../../core/error-message.ts';
import { renderForDiscord } from '../shared/render-reply.ts';
import { worthPostingOnBoard } from '../shared/worth-posting-on-board.ts';
import { discordRole, memberPermissions } from './discord-role.ts';

export interface DiscordMessageDeps {
  runner: CommandRunner;
  log: Logger;
  taRoleId: string | undefined;
  qaChannelIds: ReadonlySet<string>;
}

const NO_MENTIONS = { parse: [] };
const THREAD_NAME_MAX = 100;

export async function handleMessage(message: Message, deps: DiscordMessageDeps): Promise<void> {
  // Never answer itself, another bot, a webhook or a system message: two bots must not talk in a loop.
  if (message.author.bot || message.system || message.webhookId) return;
  const me = message.client.user;
  if (!me || message.author.id === me.id) return;
  if (!deps.runner.commands.has('ask')) return;

  const isDm = !message.inGuild();
  // "@Course Bot" may be the bot or the role Discord made for it when it joined (the autocomplete offers both).
  const botRole = message.guild?.roles.botRoleFor(me);
  const mentioned =
    !isDm && (message.mentions.users.has(me.id) || (!!botRole && message.mentions.roles.has(botRole.id)));
  const channel = message.channel;
  const parentId = channel.isThread() ? channel.parentId : null;
  const onBoard = deps.qaChannelIds.has(message.channelId) || (!!parentId && deps.qaChannelIds.has(parentId));
  if (!isDm && !mentioned && !onBoard) return;

  // Every user and role mention goes, not only the bot's, and @everyone and @here (a word of their own, not the end
  // of an address): a mention addresses someone and is no part of the question ("<@123> when is the exam" fell back
  // where "when is the exam" is answered); Slack does the same.
  const text = withoutMentions(message.content, /<@[!&]?\d{1,25}>|(?<!\S)@(?:everyone|here)(?!\w)/g);
  if (!text) return;
  const requester: Requester = {
    platform: 'discord',
    userId: message.author.id,
    role: discordRole(message.member, memberPermissions(message.member), deps.taRoleId),
    displayName: message.author.globalName ?? message.author.username,
    eventId: message.id,
  };
  const call = freeTextCall(deps.runner.commands, text, 'discord');
  if (!call) return;
  const reply = await deps.runner.run(call.name, call.args, requester);
  // Someone who addresses the bot directly, or names a command, always hears back; the board only gets confident
  // answers. Unanswered board questions stay silent here: `ask` logs every question for the TAs.
  if (!isDm && !mentioned && !call.bare && !worthPostingOnBoard(reply)) return;

  const content = renderForDiscord(reply);
  if (isDm) {
    await message.reply({ content, allowedMentions: NO_MENTIONS });
  } else if (reply.private) {
    await message.author.send({ content, allowedMentions: NO_MENTIONS });
  } else if (onBoard && !channel.isThread()) {
    await replyInNewThread(message, text, content, deps.log);
  } else {
    await message.reply({ content, allowedMentions: NO_MENTIONS });
  }
}

/**
 * A question in a plain channel gets its answer in a thread started from it, keeping the channel tidy; the thread is
 * named after the question as asked (without its mentions), on one line.
 */
async function replyInNewThread(
  message: Message,
  question: string,
  content: string,
  log: Logger,
): Promise<void> {
  try {
    const name = question.replace(/\s+/g, ' ').slice(0, THREAD_NAME_MAX).trimEnd() || 'Question';
    const thread = await message.startThread({ name });
    await thread.send({ content, allowedMentions: NO_MENTIONS });
  } catch (err) {
    // Channels without threads (or without the permission) still get the answer as a reply.
    log.warn('discord: could not start a thread, replying inline', { error: errorMessage(err) });
    await message.reply({ content, allowedMentions: NO_MENTIONS });
  }
}
