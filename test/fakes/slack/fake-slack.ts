// A fake Slack Web API (slackApiUrl) and response_url endpoint on 127.0.0.1, recording every call.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { createRecorder, type Recorder } from '../../platforms/helpers/recorder.ts';

export const SLACK_IDS = {
  botUser: 'UBOT00001',
  botId: 'BBOT00001',
  team: 'T00000001',
  qaChannel: 'CQA000001',
  general: 'CGEN00001',
  announce: 'CANN00001',
  ta: 'UTA000001',
  student: 'USTU00001',
} as const;

export interface SlackCall {
  /** A Web API method (`chat.postMessage`) or `respond` for a response_url post. */
  method: string;
  args: Record<string, unknown>;
  authorization: string | undefined;
}

/** `down`: every call answers 503; `hang`: calls are never answered; `flap`: every other call of each kind fails. */
export type FakeSlackMode = 'up' | 'down' | 'hang' | 'flap';

/** A message posted with chat.postMessage, as conversations.history returns it. */
export interface SlackMessage {
  channel: string;
  ts: string;
  text: string;
  metadata?: { event_type: string; event_payload?: Record<string, unknown> };
}

export interface FakeSlack extends Recorder<SlackCall> {
  /** Switches the fault mode; calls held by `hang` are dropped unanswered when it ends. */
  setMode(mode: FakeSlackMode): void;
  /** What SLACK_API_URL should be. */
  apiUrl: string;
  responseUrl(id: string): string;
  /** Socket Mode: resolves when a client has connected (after apps.connections.open) and got `hello`. */
  socketConnected(): Promise<void>;
  /** The next call of this Web API method gets this response instead (e.g. 429 with Retry-After). */
  failNext(
    method: string,
    failure: { status: number; body: unknown; headers?: Record<string, string> },
  ): void;
  /** The next call of this Web API method waits until the returned function is called, then answers as usual. */
  holdNext(method: string): () => void;
  /** The next call of this method is carried out (a post is in the channel), but its answer never comes back. */
  acceptAndHangNext(method: string): void;
  /** Every message posted with chat.postMessage, oldest first (what the channels hold). */
  messages: SlackMessage[];
  /** Socket Mode: closes the open connection (no close frame, as when a network path dies). */
  dropSocket(): void;
  /** Socket Mode: while true, new WebSocket connections are refused. */
  refuseSockets(refuse: boolean): void;
  /** Socket Mode: sends an envelope; the client's acks are recorded as `socket.ack`. */
  socketSend(envelope: Record<string, unknown>): void;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const recorder = createRecorder<SlackCall>((c) => c.method);
  /** Slack's timestamps: its clock in microseconds, each one unique. */
  let lastTs = 0;
  const nextTs = (): string => {
    lastTs = Math.max(lastTs + 1, Date.now() * 1000);
    return (lastTs / 1e6).toFixed(6);
  };
  const messages: SlackMessage[] = [];
  const acceptAndHang = new Set<string>();
  const failures = new Map<string, { status: number; body: unknown; headers?: Record<string, string> }>();
  const holds = new Map<string, Promise<void>>();
  let mode: FakeSlackMode = 'up';
  /** Calls so far per method (and path), for `flap`: each kind of call fails every other time on its own. */
  const flips = new Map<string, number>();
  const flip = (call: string): number => {
    const n = flips.get(call) ?? 0;
    flips.set(call, n + 1);
    return n;
  };
  const held: ServerResponse[] = [];
  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const wss = new WebSocketServer({ noServer: true });
  let socket: WebSocket | undefined;
  let connected: () => void = () => {};
  const socketReady = new Promise<void>((resolve) => (connected = resolve));
  let refusing = false;
  server.on('upgrade', (req, sock, head) => {
    if (refusing) return void sock.destroy();
    wss.handleUpgrade(req, sock, head, (ws) => {
      socket = ws;
      ws.on('message', (raw) => {
        const msg = JSON.parse(String(raw)) as Record<string, unknown>;
        recorder.add({ method: 'socket.ack', args: msg, authorization: undefined });
      });
      ws.send(
        JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A00000001' } }),
      );
      connected();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const args = /json/.test(req.headers['content-type'] ?? '')
      ? (JSON.parse(text || '{}') as Record<string, unknown>)
      : Object.fromEntries(new URLSearchParams(text));
    const url = new URL(req.url ?? '/', base);
    const respondMatch = /^\/respond\/([\w-]+)$/.exec(url.pathname);
    const method = respondMatch ? 'respond' : url.pathname.replace(/^\/api\//, '');
    const hangAfter = acceptAndHang.delete(method);
    const json = (body: unknown) => {
      if (hangAfter) held.push(res);
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      recorder.add({
        method,
        args: { ...args, ...(respondMatch && { responseUrlId: respondMatch[1] }) },
        authorization: req.headers.authorization,
      });
    };
    if (mode === 'hang') return void held.push(res);
    if (mode === 'down' || (mode === 'flap' && flip(method) % 2 === 0)) {
      res.writeHead(503, { 'content-type': 'text/plain' });
      return void res.end('Service Unavailable (fake)');
    }
    const hold = holds.get(method);
    if (hold) {
      holds.delete(method);
      await hold;
    }
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      res.end(JSON.stringify(failure.body));
      return recorder.add({ method, args, authorization: req.headers.authorization });
    }
    switch (method) {
      case 'auth.test':
        return json({
          ok: true,
          user_id: SLACK_IDS.botUser,
          bot_id: SLACK_IDS.botId,
          team_id: SLACK_IDS.team,
          user: 'coursebot',
        });
      case 'chat.postMessage': {
        const metadata = typeof args.metadata === 'string' ? JSON.parse(args.metadata) : args.metadata;
        const message: SlackMessage = {
          channel: String(args.channel),
          ts: nextTs(),
          text: String(args.text),
          ...(metadata !== undefined && { metadata: metadata as SlackMessage['metadata'] }),
        };
        messages.push(message);
        return json({ ok: true, channel: args.channel, ts: message.ts, message: { text: args.text } });
      }
      case 'conversations.history': {
        // Newest first, from `oldest` on; metadata only when asked for, as Slack does.
        const oldest = Number(args.oldest ?? 0);
        const all = String(args.include_all_metadata) === 'true';
        const found = messages
          .filter((m) => m.channel === args.channel && Number(m.ts) >= oldest)
          .reverse()
          .slice(0, Number(args.limit ?? 100))
          .map(({ ts: at, text, metadata }) => ({
            type: 'message',
            ts: at,
            text,
            bot_id: SLACK_IDS.botId,
            ...(all && metadata && { metadata }),
          }));
        return json({ ok: true, messages: found, has_more: false });
      }
      case 'chat.postEphemeral':
        return json({ ok: true, message_ts: nextTs() });
      case 'conversations.open':
        return json({ ok: true, channel: { id: `D${String(args.users).slice(1)}` } });
      case 'apps.connections.open':
        return json({ ok: true, url: `${base.replace('http', 'ws')}/socket` });
      case 'views.open':
        return json({ ok: true, view: { id: 'V0000001' } });
      default:
        return json({ ok: true });
    }
  }

  return {
    ...recorder,
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id}`,
    socketConnected: () => socketReady,
    messages,
    acceptAndHangNext: (method) => void acceptAndHang.add(method),
    failNext: (method, failure) => void failures.set(method, failure),
    holdNext(method) {
      let release: () => void = () => {};
      holds.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => release();
    },
    setMode(next) {
      if (mode === 'hang' && next !== 'hang') for (const r of held.splice(0)) r.destroy();
      mode = next;
    },
    socketSend: (envelope) => socket?.send(JSON.stringify(envelope)),
    dropSocket() {
      for (const client of wss.clients) client.terminate();
    },
    refuseSockets(refuse) {
      refusing = refuse;
    },
    async close() {
      for (const r of held.splice(0)) r.destroy();
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
