// Socket Mode: with SLACK_APP_TOKEN the bolt App connects out over WebSocket (to a fake) and serves no HTTP route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { createSlackAdapter } from '../../src/platforms/slack/slack-adapter.ts';
import { SLACK_IDS, startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.ts';
import { slackConfigFor } from './helpers/platform-configs.ts';
import { createTestCore, testCommands, type CallRecord, type TestCore } from './helpers/test-core.ts';

const APP_TOKEN = 'xapp-1-socket-mode-secret';
let fake: FakeSlack;
let t: TestCore;
let adapter: ReturnType<typeof createSlackAdapter>;
const calls: CallRecord[] = [];

beforeAll(async () => {
  fake = await startFakeSlack();
  t = createTestCore();
  adapter = createSlackAdapter(
    slackConfigFor(fake.apiUrl, { bot: 'xoxb-socket-bot', app: APP_TOKEN }),
    t.core,
    createCommandRunner(t.core, testCommands(calls)),
  );
  await adapter.start();
  await fake.socketConnected();
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  t?.cleanup();
});

describe('Slack in Socket Mode', () => {
  it('opens the connection through SLACK_API_URL with the app token and serves no HTTP route', () => {
    expect(adapter.mode).toBe('socket');
    expect(adapter.routes).toEqual([]);
    const open = fake.find((c) => c.method === 'apps.connections.open');
    expect(open.map((c) => c.authorization)).toEqual([`Bearer ${APP_TOKEN}`]);
  });

  it('acknowledges a slash command over the socket and answers through response_url', async () => {
    fake.socketSend({
      envelope_id: 'env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        command: '/course',
        text: 'echo socket',
        user_id: SLACK_IDS.student,
        user_name: 'student',
        channel_id: SLACK_IDS.general,
        team_id: SLACK_IDS.team,
        response_url: fake.responseUrl('sock'),
        trigger_id: 'trigger-socket',
      },
    });
    const ack = await fake.waitFor((c) => c.method === 'socket.ack', 'the envelope ack');
    expect(ack.args.envelope_id).toBe('env-1');
    const reply = await fake.waitFor((c) => c.args.responseUrlId === 'sock', 'the reply');
    expect(reply.args.text).toBe('echo: socket');
  });
});
