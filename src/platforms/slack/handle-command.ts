// `/course <command> [arguments]`: one Slack slash command whose first word names a command of commands/.
import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { CommandDefinition, Requester } from '../../core/command.ts';
import type { Logger } from '../../core/logger.ts';
import type { CommandRunner } from '../../core/run-command.ts';
import { parseCommandArgs } from '../../core/command-line.ts';
import { unescapeSlack } from './message-text.ts';
import { longTextOptions } from '../shared/parse-text-args.ts';
import { errorMessage } from '../../core/error-message.ts';
import { renderForSlack } from '../shared/render-reply.ts';
import { sendDm } from './slack-poster.ts';

export const SLASH_COMMAND = '/course';
const MODAL_CALLBACK_ID = 'course_command';
const MODAL_ACTION_ID = 'value';
const METADATA_MAX = 3000;

export interface SlackHandlerDeps {
  runner: CommandRunner;
  log: Logger;
  taUserIds: ReadonlySet<string>;
}

export function slackRequester(
  userId: string,
  deps: SlackHandlerDeps,
  displayName?: string,
  eventId?: string,
): Requester {
  return {
    platform: 'slack',
    userId,
    role: deps.taUserIds.has(userId) ? 'ta' : 'student',
    ...(displayName && { displayName }),
    ...(eventId && { eventId }),
  };
}

/** `deadlines 3` → { name: 'deadlines', rest: '3' }; an empty line means `help`. */
export function splitSubcommand(text: string): { name: string; rest: string } {
  const match = /^\s*(\S+)\s*([\s\S]*)$/.exec(text);
  if (!match) return { name: 'help', rest: '' };
  return { name: (match[1] ?? '').toLowerCase(), rest: match[2] ?? '' };
}

const modalMetadata = z.object({ command: z.string(), args: z.record(z.string(), z.unknown()) });
const viewState = z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullish() })));

export function registerCommandHandlers(app: App, deps: SlackHandlerDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    // (Slack escapes "&", "<" and ">" in a slash command's text as in a message; a modal's fields come as typed)
    const { name, rest } = splitSubcommand(unescapeSlack(command.text));
    const definition = deps.runner.commands.get(name);
    // The same command-line syntax as the web chat (and the commands' help texts): words in order, `--name value`.
    const parsed = definition ? parseCommandArgs(definition, rest) : { ok: true as const, args: {} };
    if (!parsed.ok) {
      await respond({ response_type: 'ephemeral', text: renderForSlack({ text: parsed.message }) });
      return;
    }
    const args = parsed.args;
    const missing = definition
      ? longTextOptions(definition.options).filter((o) => o.required && !(o.name in args))
      : [];
    if (definition && missing.length > 0) {
      await client.views.open({ trigger_id: command.trigger_id, view: modalView(definition, args) });
      return;
    }
    const reply = await deps.runner.run(name, args, slackRequester(command.user_id, deps, command.user_name));
    await respond({ response_type: reply.private ? 'ephemeral' : 'in_channel', text: renderForSlack(reply) });
  });

  app.view(MODAL_CALLBACK_ID, async ({ ack, view, body, client }) => {
    await ack();
    const metadata = modalMetadata.safeParse(safeJson(view.private_metadata));
    const values = viewState.safeParse(view.state.values);
    if (!metadata.success || !values.success) {
      deps.log.warn('slack: ignored a modal submission with unexpected state');
      return;
    }
    const args: Record<string, unknown> = { ...metadata.data.args };
    for (const [blockId, actions] of Object.entries(values.data)) {
      const value = actions[MODAL_ACTION_ID]?.value;
      if (value) args[blockId] = value;
    }
    const reply = await deps.runner.run(metadata.data.command, args, slackRequester(body.user.id, deps));
    // Modal results are personal (a derivation, a grade): they go to the student's DM with the app.
    await sendDm(client, body.user.id, renderForSlack(reply)).catch((err) =>
      deps.log.error('slack: could not deliver a modal result', { error: errorMessage(err) }),
    );
  });
}

function modalView(definition: CommandDefinition, carried: Record<string, unknown>) {
  const metadata = JSON.stringify({ command: definition.name, args: carried });
  return {
    type: 'modal' as const,
    callback_id: MODAL_CALLBACK_ID,
    title: { type: 'plain_text' as const, text: `/course ${definition.name}`.slice(0, 24) },
    submit: { type: 'plain_text' as const, text: 'Run' },
    close: { type: 'plain_text' as const, text: 'Cancel' },
    private_metadata:
      metadata.length <= METADATA_MAX ? metadata : JSON.stringify({ command: definition.name, args: {} }),
    blocks: longTextOptions(definition.options).map((option) => ({
      type: 'input' as const,
      block_id: option.name,
      optional: !option.required,
      label: { type: 'plain_text' as const, text: (option.description || option.name).slice(0, 2000) },
      element: {
        type: 'plain_text_input' as const,
        action_id: MODAL_ACTION_ID,
        multiline: true,
        max_length: Math.min(option.maxLength ?? 3000, 3000),
      },
    })),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
