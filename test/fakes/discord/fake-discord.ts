// A small fake Discord on 127.0.0.1: REST under /api/v10 and a gateway over WebSocket, recording what the bot sends.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { createRecorder } from '../../platforms/helpers/recorder.ts';

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
  authorization: string | undefined;
}

export const IDS = {
  bot: '100000000000000001',
  app: '100000000000000002',
  guild: '100000000000000003',
  taRole: '100000000000000004',
  qaChannel: '100000000000000005',
  general: '100000000000000006',
  forum: '100000000000000007',
  forumPost: '100000000000000008',
  announce: '100000000000000009',
  dmChannel: '100000000000000010',
  /** The role Discord makes for the bot when it joins a server (named as the bot, so "@Course Bot" may pick it). */
  botRole: '100000000000000011',
} as const;

const GATEWAY_PATH = '/gateway';

/** A canned error for the next request matching `when` (401, 403, 429...). */
export interface Failure {
  when(r: RecordedRequest): boolean;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** `down`: every call answers 503 and the gateway refuses; `hang`: calls are never answered; `flap`: every other call of each kind fails. */
export type FakeMode = 'up' | 'down' | 'hang' | 'flap';

/** A message the fake created in a channel. */
export interface DiscordMessage {
  channel: string;
  id: string;
  content: string;
  nonce?: string;
}

export interface FakeDiscord {
  failNext(failure: Failure): void;
  /** The next request matching `when` is carried out (a post is in the channel), but its answer never comes back. */
  acceptAndHangNext(when: (r: RecordedRequest) => boolean): void;
  /**
   * Every message created with POST /channels/ID/messages, oldest first. As Discord does, a post with
   * `enforce_nonce` and the nonce of one created before gets that message back and creates none.
   */
  messages: DiscordMessage[];
  /** Switches the fault mode; calls held by `hang` are dropped unanswered when it ends. */
  setMode(mode: FakeMode): void;
  /** What DISCORD_API_URL should be (the REST client appends /v10). */
  apiUrl: string;
  requests: RecordedRequest[];
  identifies: unknown[];
  /** Resolves when a client has identified and received READY and GUILD_CREATE. */
  readyForEvents(): Promise<void>;
  dispatch(t: string, d: unknown): void;
  waitForRequest(predicate: (r: RecordedRequest) => boolean, what: string): Promise<RecordedRequest>;
  /** Requests matching a predicate, for "exactly once" and "none" checks. */
  find(predicate: (r: RecordedRequest) => boolean): RecordedRequest[];
  close(): Promise<void>;
}

export function user(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    username: `user${id.slice(-3)}`,
    discriminator: '0',
    global_name: null,
    avatar: null,
    ...extra,
  };
}

let nextId = 200000000000000000n;
export function snowflake(): string {
  nextId += 1n;
  return nextId.toString();
}

function channel(id: string, type: number, name: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    type,
    name,
    guild_id: IDS.guild,
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    ...extra,
  };
}

function thread(id: string, name: string, parentId: string, ownerId: string) {
  return channel(id, 11, name, {
    parent_id: parentId,
    owner_id: ownerId,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: new Date().toISOString(),
      locked: false,
    },
    member_count: 1,
    message_count: 0,
  });
}

function messageObject(channelId: string, body: Record<string, unknown>) {
  return {
    id: snowflake(),
    channel_id: channelId,
    author: user(IDS.bot, { bot: true }),
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    components: [],
  };
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const recorder = createRecorder<RecordedRequest>((r) => `${r.method} ${r.path}`);
  const requests = recorder.records;
  const identifies: unknown[] = [];
  const failures: Failure[] = [];
  let socket: WebSocket | undefined;
  let seq = 0;
  let mode: FakeMode = 'up';
  /** Calls so far per method (and path), for `flap`: each kind of call fails every other time on its own. */
  const flips = new Map<string, number>();
  const flip = (call: string): number => {
    const n = flips.get(call) ?? 0;
    flips.set(call, n + 1);
    return n;
  };
  const held: ServerResponse[] = [];
  const hangs: ((r: RecordedRequest) => boolean)[] = [];
  const messages: DiscordMessage[] = [];
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));

  const server = http.createServer((req, res) => void handleRest(req, res));
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, sock, head) => {
    if (!req.url?.startsWith(GATEWAY_PATH) || mode === 'down' || mode === 'hang') return sock.destroy();
    wss.handleUpgrade(req, sock, head, (ws) => onGateway(ws));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  const wsUrl = `ws://127.0.0.1:${port}${GATEWAY_PATH}`;

  function send(payload: unknown): void {
    socket?.send(JSON.stringify(payload));
  }
  function dispatch(t: string, d: unknown): void {
    send({ op: 0, t, s: ++seq, d });
  }

  function onGateway(ws: WebSocket): void {
    socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      // A client that lost its connection resumes its session.
      if (msg.op === 6) dispatch('RESUMED', {});
      if (msg.op === 2) {
        identifies.push(msg.d);
        dispatch('READY', {
          v: 10,
          user: user(IDS.bot, { bot: true, username: 'coursebot' }),
          guilds: [{ id: IDS.guild, unavailable: true }],
          session_id: 'fake-session',
          resume_gateway_url: wsUrl,
          application: { id: IDS.app, flags: 0 },
          shard: [0, 1],
          private_channels: [],
          relationships: [],
          presences: [],
          geo_ordered_rtc_regions: [],
        });
        dispatch('GUILD_CREATE', guildCreate());
        readyResolve();
      }
    });
  }

  function guildCreate() {
    const role = (id: string, name: string) => ({
      id,
      name,
      permissions: '0',
      position: id === IDS.guild ? 0 : 1,
      color: 0,
      hoist: false,
      managed: false,
      mentionable: false,
      flags: 0,
    });
    return {
      id: IDS.guild,
      name: 'Deep Learning',
      icon: null,
      owner_id: '100000000000000999',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        role(IDS.guild, '@everyone'),
        role(IDS.taRole, 'TA'),
        { ...role(IDS.botRole, 'Course Bot'), managed: true, tags: { bot_id: IDS.bot } },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [],
      channels: [
        channel(IDS.qaChannel, 0, 'q-and-a'),
        channel(IDS.general, 0, 'general'),
        channel(IDS.announce, 0, 'announcements'),
        channel(IDS.forum, 15, 'questions-forum'),
      ],
      threads: [thread(IDS.forumPost, 'How is the exam graded?', IDS.forum, '100000000000000777')],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      premium_tier: 0,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
    };
  }

  async function handleRest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // multipart or other bodies are kept as text
    }
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ''),
      query: url.search,
      body,
      authorization: req.headers.authorization,
    };
    if (mode === 'hang') return void held.push(res);
    if (mode === 'down' || (mode === 'flap' && flip(`${recorded.method} ${recorded.path}`) % 2 === 0)) {
      res.writeHead(503, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ message: 'Service Unavailable (fake)', code: 0 }));
    }
    const hang = hangs.findIndex((when) => when(recorded));
    if (hang !== -1) hangs.splice(hang, 1);
    const reply = (status: number, payload?: unknown) => {
      if (hang !== -1) {
        held.push(res);
      } else if (payload === undefined) {
        res.writeHead(status).end();
      } else {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
      }
      recorder.add(recorded);
    };
    const failure = failures.findIndex((f) => f.when(recorded));
    if (failure !== -1) {
      const [f] = failures.splice(failure, 1);
      res.writeHead(f?.status ?? 500, { 'content-type': 'application/json', ...f?.headers });
      res.end(JSON.stringify(f?.body ?? {}));
      return recorder.add(recorded);
    }
    const b = (body ?? {}) as Record<string, unknown>;
    const p = recorded.path;
    const m = recorded.method;
    let match: RegExpExecArray | null;
    if (m === 'GET' && p === '/gateway/bot') {
      return reply(200, {
        url: wsUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (m === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(p)) return reply(204);
    if ((match = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.exec(p))) {
      return m === 'DELETE' ? reply(204) : reply(200, messageObject(IDS.general, b));
    }
    if (m === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(p)) return reply(200, messageObject(IDS.general, b));
    if (m === 'POST' && (match = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(p))) {
      return reply(201, thread(snowflake(), String(b.name ?? 'thread'), match[1] ?? '', IDS.bot));
    }
    if (m === 'POST' && (match = /^\/channels\/(\d+)\/messages$/.exec(p))) {
      const channelId = match[1] ?? '';
      const nonce = typeof b.nonce === 'string' ? b.nonce : undefined;
      const earlier =
        b.enforce_nonce === true && nonce !== undefined
          ? messages.find((x) => x.channel === channelId && x.nonce === nonce)
          : undefined;
      const message = earlier
        ? { ...messageObject(channelId, b), id: earlier.id }
        : messageObject(channelId, b);
      if (!earlier) messages.push({ channel: channelId, id: message.id, content: message.content, nonce });
      return reply(200, message);
    }
    if (m === 'POST' && p === '/users/@me/channels') {
      return reply(200, { id: IDS.dmChannel, type: 1, recipients: [user(String(b.recipient_id))] });
    }
    if (m === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(p)) {
      const list = Array.isArray(body) ? body : [];
      return reply(
        200,
        list.map((c: Record<string, unknown>) => ({
          ...c,
          id: snowflake(),
          application_id: IDS.app,
          version: '1',
        })),
      );
    }
    reply(404, { message: 'Unknown route in the fake', code: 0 });
  }

  return {
    apiUrl: `${base}/api`,
    messages,
    acceptAndHangNext: (when) => void hangs.push(when),
    requests,
    identifies,
    readyForEvents: () => ready,
    dispatch,
    find: recorder.find,
    failNext: (failure) => failures.push(failure),
    setMode(next) {
      if (mode === 'hang' && next !== 'hang') for (const r of held.splice(0)) r.destroy();
      if (next === 'down' || next === 'hang') for (const client of wss.clients) client.terminate();
      mode = next;
    },
    waitForRequest: (predicate, what) => recorder.waitFor(predicate, `${what} (fake Discord)`),
    async close() {
      for (const r of held.splice(0)) r.destroy();
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
