// Socket Mode: with SLACK_APP_TOKEN the bolt App connects out over WebSocket (to a fake) and serves no HTTP route.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPlatformConnection } from '../../src/core/platform-connection.ts';
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

describe('Slack in Socket Mode, connection state', () => {
  it('GIVEN the socket drops THEN the platform is down with the reason until the client has reconnected by itself, then up', async () => {
    const own = await startFakeSlack();
    const bed = createTestCore();
    const socketAdapter = createSlackAdapter(
      slackConfigFor(own.apiUrl, { bot: 'xoxb-socket-bot', app: APP_TOKEN }),
      bed.core,
      createCommandRunner(bed.core, testCommands([])),
      { socketPingTimeoutMs: 100 },
    );
    const connection = createPlatformConnection(
      'slack',
      () => socketAdapter.start(),
      () => socketAdapter.stop(),
      { log: bed.core.log, probe: () => socketAdapter.probe?.() ?? Promise.resolve() },
    );
    socketAdapter.watch?.((state, error) => connection.report(state, error));
    try {
      connection.start();
      await vi.waitFor(() => expect(connection.status().state).toBe('up'), { timeout: 5_000 });

      own.refuseSockets(true);
      own.dropSocket();
      await vi.waitFor(() => expect(connection.status().state).toBe('down'), { timeout: 5_000 });
      expect(connection.status().error).toBe('Socket Mode connection closed; reconnecting');
      // A call to the Web API that succeeds (it still answers) does not hide a closed socket.
      await socketAdapter.probe?.();
      connection.callOutcome(true);
      expect(connection.status().state).toBe('down');

      own.refuseSockets(false);
      await vi.waitFor(() => expect(connection.status().state).toBe('up'), { timeout: 5_000 });
      expect(own.find((c) => c.method === 'apps.connections.open').length).toBeGreaterThanOrEqual(2);
      expect(bed.logLines.join('\n')).toContain('slack: connection back');
    } finally {
      await connection.stop();
      await own.close();
      bed.cleanup();
    }
  });
});
