// One driver per platform, so the same contract runs over web, Discord and Slack with their real clients.
import type { Server } from 'node:http';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { close, createHttpServer, listen } from '../../src/http/server.ts';
import { createDiscordAdapter } from '../../src/platforms/discord/discord-adapter.ts';
import type { PlatformAdapter } from '../../src/platforms/shared/platform-adapter.ts';
import { createSlackAdapter } from '../../src/platforms/slack/slack-adapter.ts';
import { createWebRoutes } from '../../src/web/web-routes.ts';
import { IDS, startFakeDiscord } from '../fakes/discord/fake-discord.ts';
import { messageCreate, slashCommand } from '../fakes/discord/gateway-events.ts';
import { discordConfigFor, slackConfigFor } from '../platforms/helpers/platform-configs.ts';
import { SLACK_IDS, startFakeSlack, type SlackCall } from '../fakes/slack/fake-slack.ts';
import {
  eventBody,
  FORM,
  JSON_TYPE,
  postSigned,
  slashCommandBody,
} from '../platforms/helpers/slack-requests.ts';
import { createTestCore, testCommands, type CallRecord } from '../platforms/helpers/test-core.ts';

export interface Driver {
  readonly calls: CallRecord[];
  /** Runs a command as a student or a TA and returns the text the user sees. */
  run(name: string, args: Record<string, string>, as: 'student' | 'ta'): Promise<string>;
  /**
   * Sends a question from the bot itself and one from another bot, then a real question, and resolves once the
   * real one is answered. Absent where no bot can post (the web chat).
   */
  botsThenHuman?(question: string): Promise<void>;
  /** Sends free text as a student, the way a message to the bot arrives (a DM; the web's message box). */
  say(text: string): Promise<string>;
  stop(): Promise<void>;
}

export interface DriverFactory {
  name: 'web' | 'discord' | 'slack';
  start(): Promise<Driver>;
}

const ADMIN_TOKEN = 'contract-admin-token-0123456789';

async function serve(
  routes: Parameters<typeof createHttpServer>[0],
): Promise<{ server: Server; base: string }> {
  const server = createHttpServer(routes, silentLogger);
  const port = await listen(server, 0, '127.0.0.1');
  return { server, base: `http://127.0.0.1:${port}` };
}

export const web: DriverFactory = {
  name: 'web',
  async start() {
    const t = createTestCore();
    const calls: CallRecord[] = [];
    const runner = createCommandRunner(t.core, testCommands(calls));
    const { server, base } = await serve(createWebRoutes({ core: t.core, runner, adminToken: ADMIN_TOKEN }));
    return {
      calls,
      async run(name, args, as) {
        const res = await fetch(`${base}/api/command`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(as === 'ta' && { authorization: `Bearer ${ADMIN_TOKEN}` }),
          },
          body: JSON.stringify({ name, args }),
        });
        const body = (await res.json()) as { reply?: { text: string }; error?: { message: string } };
        return body.reply?.text ?? body.error?.message ?? '';
      },
      async say(text) {
        const res = await fetch(`${base}/api/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text }),
        });
        const body = (await res.json()) as { text?: string; error?: { message: string } };
        return body.text ?? body.error?.message ?? '';
      },
      async stop() {
        await close(server);
        t.cleanup();
      },
    };
  },
};

export const discord: DriverFactory = {
  name: 'discord',
  async start() {
    const fake = await startFakeDiscord();
    const t = createTestCore();
    const calls: CallRecord[] = [];
    const adapter: PlatformAdapter = createDiscordAdapter(
      discordConfigFor(fake.apiUrl, 'contract-discord-token'),
      t.core,
      createCommandRunner(t.core, testCommands(calls)),
    );
    await adapter.start();
    await fake.readyForEvents();
    const student = { id: '500000000000000001' };
    const ta = { id: '500000000000000002', roles: [IDS.taRole] };
    return {
      calls,
      async run(name, args, as) {
        const interaction = slashCommand(name, args, as === 'ta' ? ta : student);
        fake.dispatch('INTERACTION_CREATE', interaction);
        const callback = await fake.waitForRequest(
          (r) => r.path.startsWith(`/interactions/${interaction.id}/`),
          `the reply to /${name}`,
        );
        return (callback.body as { data: { content: string } }).data.content;
      },
      async botsThenHuman(question) {
        const toDm = (r: { method: string; path: string }) =>
          r.path === `/channels/${IDS.dmChannel}/messages`;
        const seen = new Set(fake.find(toDm));
        for (const author of [
          { id: IDS.bot, bot: true },
          { id: '500000000000000009', bot: true },
        ]) {
          fake.dispatch('MESSAGE_CREATE', messageCreate(question, author, { channelId: IDS.qaChannel }));
        }
        fake.dispatch(
          'MESSAGE_CREATE',
          messageCreate(question, student, { channelId: IDS.dmChannel, inGuild: false }),
        );
        // A reply sent before this call (to `say`) is not the answer to this question.
        await fake.waitForRequest((r) => toDm(r) && !seen.has(r), 'the answer to the human');
      },
      async say(text) {
        const toDm = (r: { method: string; path: string }) =>
          r.method === 'POST' && r.path === `/channels/${IDS.dmChannel}/messages`;
        const seen = new Set(fake.find(toDm));
        fake.dispatch(
          'MESSAGE_CREATE',
          messageCreate(text, student, { channelId: IDS.dmChannel, inGuild: false }),
        );
        const reply = await fake.waitForRequest((r) => toDm(r) && !seen.has(r), `the reply to "${text}"`);
        return (reply.body as { content: string }).content;
      },
      async stop() {
        await adapter.stop();
        await fake.close();
        t.cleanup();
      },
    };
  },
};

export const slack: DriverFactory = {
  name: 'slack',
  async start() {
    const fake = await startFakeSlack();
    const t = createTestCore();
    const calls: CallRecord[] = [];
    const secret = 'contract-signing-secret';
    const adapter = createSlackAdapter(
      slackConfigFor(fake.apiUrl, { bot: 'xoxb-contract', signing: secret }),
      t.core,
      createCommandRunner(t.core, testCommands(calls)),
    );
    const { server, base } = await serve(adapter.routes);
    await adapter.start();
    const url = `${base}/slack/events`;
    const sign = () => ({ secret, timestamp: Math.floor(t.core.clock.now().getTime() / 1000) });
    let n = 0;
    return {
      calls,
      async run(name, args, as) {
        const id = `c${++n}`;
        // Options by name, as the commands' help texts show them: /course echo --word hi there
        const line = [name, ...Object.entries(args).map(([k, v]) => `--${k} ${v}`)].join(' ');
        const user = as === 'ta' ? SLACK_IDS.ta : SLACK_IDS.student;
        await postSigned(url, slashCommandBody(line, user, fake.responseUrl(id)), FORM, sign());
        const respond = await fake.waitFor((c) => c.args.responseUrlId === id, `the reply to ${name}`);
        return String(respond.args.text);
      },
      async botsThenHuman(question) {
        const base = {
          type: 'message',
          channel: SLACK_IDS.qaChannel,
          channel_type: 'channel',
          text: question,
        };
        await postSigned(url, eventBody({ ...base, user: SLACK_IDS.botUser, ts: '9.1' }), JSON_TYPE, sign());
        await postSigned(
          url,
          eventBody({ ...base, subtype: 'bot_message', bot_id: 'BOTHER', ts: '9.2' }),
          JSON_TYPE,
          sign(),
        );
        await postSigned(
          url,
          eventBody({
            ...base,
            channel: 'D0HUMAN01',
            channel_type: 'im',
            user: SLACK_IDS.student,
            ts: '9.3',
          }),
          JSON_TYPE,
          sign(),
        );
        await fake.waitFor(
          (c) => c.method === 'chat.postMessage' && c.args.channel === 'D0HUMAN01',
          'the answer to the human',
        );
      },
      async say(text) {
        const toDm = (c: SlackCall) => c.method === 'chat.postMessage' && c.args.channel === 'D0HUMAN02';
        const seen = new Set(fake.find(toDm));
        const ts = `10.${++n}`;
        await postSigned(
          url,
          eventBody({
            type: 'message',
            channel: 'D0HUMAN02',
            channel_type: 'im',
            user: SLACK_IDS.student,
            text,
            ts,
          }),
          JSON_TYPE,
          sign(),
        );
        const reply = await fake.waitFor((c) => toDm(c) && !seen.has(c), `the reply to "${text}"`);
        return String(reply.args.text);
      },
      async stop() {
        await adapter.stop();
        await close(server);
        await fake.close();
        t.cleanup();
      },
    };
  },
};
