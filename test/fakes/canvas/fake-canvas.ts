// A fake Canvas REST API (/api/v1) on 127.0.0.1, behaving as Canvas's API documentation describes: bearer tokens,
// Link-header pagination (per_page capped), X-Rate-Limit-Remaining on every answer, enrolment types, HTML entries,
// conversations, and the failures Canvas gives (401 with WWW-Authenticate, 403 "Rate Limit Exceeded", 429, 5xx).
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRecorder, type Recorder } from '../../platforms/helpers/recorder.ts';

export const CANVAS_IDS = {
  course: 4242,
  bot: 9000,
  teacher: 9001,
  ta: 9002,
  designer: 9003,
  student: 1001,
  student2: 1002,
  board: 77,
  sectionA: 501,
  sectionB: 502,
} as const;

export type EnrollmentType =
  'StudentEnrollment' | 'TeacherEnrollment' | 'TaEnrollment' | 'DesignerEnrollment' | 'ObserverEnrollment';

export interface FakeAssignment {
  id: number;
  name: string;
  due_at: string | null;
  published: boolean;
  overrides?: { id: number; course_section_id?: number; student_ids?: number[]; due_at?: string | null }[];
}

export interface FakeEntry {
  id: number;
  user_id: number;
  parent_id: number | null;
  message: string;
  created_at: string;
  updated_at: string;
  deleted?: boolean;
}

export interface FakeTopic {
  id: number;
  title: string;
  is_announcement: boolean;
  message: string;
  entries: FakeEntry[];
  posted_at: string;
}

export interface FakeMessage {
  id: number;
  author_id: number;
  body: string;
  created_at: string;
}

export interface FakeConversation {
  id: number;
  subject: string;
  participants: number[];
  messages: FakeMessage[]; // oldest first here; served newest first as Canvas does
}

export interface CanvasCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
  status: number;
}

/** How the fake answers every call until changed: normally, or as a Canvas that is down, revoked or throttled. */
export type CanvasMode = 'ok' | 'down' | 'unauthorized' | 'rate-limited-403' | 'rate-limited-429' | 'hang';

export interface FakeCanvas extends Recorder<CanvasCall> {
  url: string;
  token: string;
  mode: CanvasMode;
  /** per_page is capped at this (Canvas caps at 100; the tests use a small page to get several pages). */
  pageSize: number;
  /** The rate-limit budget reported in X-Rate-Limit-Remaining; each call costs `cost`. */
  budget: number;
  assignments: FakeAssignment[];
  topics: FakeTopic[];
  conversations: FakeConversation[];
  enrollments: { user_id: number; type: EnrollmentType; course_section_id: number }[];
  /** The next `n` calls answer with this status first (for 5xx retries and one-off rate limiting). */
  failNext(n: number, status: number, body?: string, headers?: Record<string, string>): void;
  /** The next POST of a reply or message is carried out but never answered (a bot killed mid-post). */
  holdNextPost(): void;
  addEntry(topicId: number, userId: number, html: string, parentId?: number | null): FakeEntry;
  editEntry(topicId: number, entryId: number, html: string): void;
  addConversation(from: number, subject: string, body: string): FakeConversation;
  repliesTo(topicId: number, entryId: number): FakeEntry[];
  close(): Promise<void>;
}

export async function startFakeCanvas(options: { token?: string } = {}): Promise<FakeCanvas> {
  const recorder = createRecorder<CanvasCall>((c) => `${c.method} ${c.path} ${c.status}`);
  const token = options.token ?? 'canvas-token-for-tests-0001';
  let nextId = 20_000;
  const failures: { status: number; body: string; headers: Record<string, string> }[] = [];
  let holdPost = false;
  const held: ServerResponse[] = [];
  const stamp = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeCanvas = {
    ...recorder,
    url,
    token,
    mode: 'ok',
    pageSize: 100,
    budget: 700,
    assignments: [],
    topics: [
      {
        id: CANVAS_IDS.board,
        title: 'Questions about the course',
        is_announcement: false,
        message: '<p>Ask here.</p>',
        entries: [],
        posted_at: stamp(),
      },
    ],
    conversations: [],
    enrollments: [
      { user_id: CANVAS_IDS.bot, type: 'TaEnrollment', course_section_id: CANVAS_IDS.sectionA },
      { user_id: CANVAS_IDS.teacher, type: 'TeacherEnrollment', course_section_id: CANVAS_IDS.sectionA },
      { user_id: CANVAS_IDS.ta, type: 'TaEnrollment', course_section_id: CANVAS_IDS.sectionB },
      { user_id: CANVAS_IDS.designer, type: 'DesignerEnrollment', course_section_id: CANVAS_IDS.sectionA },
      { user_id: CANVAS_IDS.student, type: 'StudentEnrollment', course_section_id: CANVAS_IDS.sectionA },
      { user_id: CANVAS_IDS.student2, type: 'StudentEnrollment', course_section_id: CANVAS_IDS.sectionB },
    ],
    failNext(n, status, body = '', headers = {}) {
      for (let i = 0; i < n; i++) failures.push({ status, body, headers });
    },
    holdNextPost() {
      holdPost = true;
    },
    addEntry(topicId, userId, html, parentId = null) {
      const entry: FakeEntry = {
        id: nextId++,
        user_id: userId,
        parent_id: parentId,
        message: html,
        created_at: stamp(),
        updated_at: stamp(),
      };
      topic(topicId).entries.push(entry);
      return entry;
    },
    editEntry(topicId, entryId, html) {
      const entry = topic(topicId).entries.find((e) => e.id === entryId);
      if (!entry) throw new Error(`no entry ${entryId}`);
      entry.message = html;
      entry.updated_at = stamp();
    },
    addConversation(from, subject, body) {
      const c: FakeConversation = {
        id: nextId++,
        subject,
        participants: [from, CANVAS_IDS.bot],
        messages: [{ id: nextId++, author_id: from, body, created_at: stamp() }],
      };
      fake.conversations.push(c);
      return c;
    },
    repliesTo(topicId, entryId) {
      return topic(topicId).entries.filter((e) => e.parent_id === entryId);
    },
    async close() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  function topic(id: number): FakeTopic {
    const t = fake.topics.find((x) => x.id === id);
    if (!t) throw new Error(`no topic ${id}`);
    return t;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const u = new URL(req.url ?? '/', url);
    let body: Record<string, unknown> = {};
    if (text) {
      body = /json/.test(req.headers['content-type'] ?? '')
        ? (JSON.parse(text) as Record<string, unknown>)
        : Object.fromEntries(new URLSearchParams(text));
    }
    const method = req.method ?? 'GET';
    const record = (status: number) =>
      recorder.add({ method, path: u.pathname, query: u.searchParams, body, status });
    fake.budget = Math.max(0, fake.budget - 1);
    const common = { 'x-rate-limit-remaining': fake.budget.toFixed(3), 'x-request-cost': '1.0' };
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record(status);
      const isText = typeof payload === 'string';
      res
        .writeHead(status, {
          ...common,
          'content-type': isText ? 'text/plain' : 'application/json; charset=utf-8',
          ...headers,
        })
        .end(isText ? payload : JSON.stringify(payload));
    };

    if (fake.mode === 'hang') {
      record(0);
      held.push(res);
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}` || fake.mode === 'unauthorized') {
      send(
        401,
        { errors: [{ message: 'Invalid access token.' }] },
        { 'www-authenticate': 'Bearer realm="canvas-lms"' },
      );
      return;
    }
    if (fake.mode === 'down') return send(503, '<html><body>Service Unavailable</body></html>');
    if (fake.mode === 'rate-limited-403') return send(403, '403 Forbidden (Rate Limit Exceeded)');
    if (fake.mode === 'rate-limited-429') return send(429, '429 Too Many Requests', { 'retry-after': '1' });
    const failure = failures.shift();
    if (failure) return send(failure.status, failure.body, failure.headers);

    const paginate = (items: unknown[]) => {
      const perPage = Math.min(fake.pageSize, Math.max(1, Number(u.searchParams.get('per_page') ?? 10)));
      const page = Math.max(1, Number(u.searchParams.get('page') ?? 1));
      const last = Math.max(1, Math.ceil(items.length / perPage));
      const link = (p: number, rel: string) => {
        const next = new URL(u);
        next.searchParams.set('page', String(p));
        next.searchParams.set('per_page', String(perPage));
        return `<${next.toString()}>; rel="${rel}"`;
      };
      const links = [link(page, 'current'), link(1, 'first'), link(last, 'last')];
      if (page < last) links.push(link(page + 1, 'next'));
      if (page > 1) links.push(link(page - 1, 'prev'));
      send(200, items.slice((page - 1) * perPage, page * perPage), { link: links.join(',') });
    };

    const course = `/api/v1/courses/${CANVAS_IDS.course}`;
    const path = u.pathname;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/api/v1/users/self') {
      return send(200, { id: CANVAS_IDS.bot, name: 'Course Bot', short_name: 'Course Bot' });
    }
    if (method === 'GET' && path === `${course}/assignments`) {
      const withOverrides = u.searchParams.getAll('include[]').includes('overrides');
      return paginate(
        fake.assignments.map((a) => ({
          id: a.id,
          name: a.name,
          description: `<p>${a.name}</p>`,
          due_at: a.due_at,
          published: a.published,
          course_id: CANVAS_IDS.course,
          html_url: `${url}/courses/${CANVAS_IDS.course}/assignments/${a.id}`,
          has_overrides: (a.overrides?.length ?? 0) > 0,
          ...(withOverrides && {
            overrides: (a.overrides ?? []).map((o) => ({ assignment_id: a.id, title: 'override', ...o })),
          }),
        })),
      );
    }
    if (method === 'GET' && path === `${course}/enrollments`) {
      const types = u.searchParams.getAll('type[]');
      return paginate(
        fake.enrollments
          .filter((e) => types.length === 0 || types.includes(e.type))
          .map((e, i) => ({
            id: 700 + i,
            user_id: e.user_id,
            course_id: CANVAS_IDS.course,
            type: e.type,
            role: e.type,
            enrollment_state: 'active',
            course_section_id: e.course_section_id,
          })),
      );
    }
    if (method === 'GET' && path === `${course}/discussion_topics`) {
      const onlyAnnouncements = u.searchParams.get('only_announcements') === 'true';
      return paginate(
        fake.topics
          .filter((t) => t.is_announcement === onlyAnnouncements)
          .map((t) => ({ id: t.id, title: t.title, message: t.message, posted_at: t.posted_at })),
      );
    }
    if ((m = new RegExp(`^${course}/discussion_topics/(\\d+)/view$`).exec(path)) && method === 'GET') {
      const t = fake.topics.find((x) => x.id === Number(m![1]));
      if (!t) return send(404, { errors: [{ message: 'The specified resource does not exist.' }] });
      const tree = (parent: number | null): unknown[] =>
        t.entries
          .filter((e) => e.parent_id === parent)
          .map((e) => {
            const replies = tree(e.id);
            const base = e.deleted
              ? {
                  id: e.id,
                  deleted: true,
                  parent_id: e.parent_id,
                  created_at: e.created_at,
                  updated_at: e.updated_at,
                }
              : { ...e };
            return replies.length ? { ...base, replies } : base;
          });
      const participants = [...new Set(t.entries.map((e) => e.user_id))].map((id) => ({
        id,
        display_name: `User ${id}`,
      }));
      return send(200, {
        unread_entries: [],
        forced_entries: [],
        participants,
        view: tree(null),
        new_entries: [],
      });
    }
    if (
      (m = new RegExp(`^${course}/discussion_topics/(\\d+)/entries/(\\d+)/replies$`).exec(path)) &&
      method === 'GET'
    ) {
      const t = fake.topics.find((x) => x.id === Number(m![1]));
      if (!t) return send(404, { errors: [{ message: 'The specified resource does not exist.' }] });
      // Newest first, as Canvas lists them.
      return paginate([...t.entries.filter((e) => e.parent_id === Number(m![2]))].reverse());
    }
    if (
      (m = new RegExp(`^${course}/discussion_topics/(\\d+)/entries/(\\d+)/replies$`).exec(path)) &&
      method === 'POST'
    ) {
      const t = fake.topics.find((x) => x.id === Number(m![1]));
      const parent = t?.entries.find((e) => e.id === Number(m![2]));
      if (!t || !parent)
        return send(404, { errors: [{ message: 'The specified resource does not exist.' }] });
      const reply = fake.addEntry(t.id, CANVAS_IDS.bot, String(body.message ?? ''), parent.id);
      if (holdPost) {
        holdPost = false;
        record(0);
        held.push(res);
        return;
      }
      return send(201, { ...reply, user_name: 'Course Bot' });
    }
    if (method === 'POST' && path === `${course}/discussion_topics`) {
      const t: FakeTopic = {
        id: nextId++,
        title: String(body.title ?? ''),
        message: String(body.message ?? ''),
        is_announcement: body.is_announcement === true || body.is_announcement === 'true',
        entries: [],
        posted_at: stamp(),
      };
      fake.topics.push(t);
      return send(200, { id: t.id, title: t.title, message: t.message, is_announcement: t.is_announcement });
    }
    if (method === 'GET' && path === '/api/v1/conversations') {
      return paginate(
        fake.conversations
          .filter((c) => c.participants.includes(CANVAS_IDS.bot))
          .map((c) => ({
            id: c.id,
            subject: c.subject,
            workflow_state: 'unread',
            last_message: c.messages.at(-1)?.body.slice(0, 100),
            last_message_at: c.messages.at(-1)?.created_at,
            message_count: c.messages.length,
            participants: c.participants.map((id) => ({ id, name: `User ${id}` })),
            audience: c.participants.filter((id) => id !== CANVAS_IDS.bot),
          })),
      );
    }
    if ((m = /^\/api\/v1\/conversations\/(\d+)$/.exec(path)) && method === 'GET') {
      const c = fake.conversations.find((x) => x.id === Number(m![1]));
      if (!c) return send(404, { errors: [{ message: 'The specified resource does not exist.' }] });
      return send(200, {
        id: c.id,
        subject: c.subject,
        participants: c.participants.map((id) => ({ id, name: `User ${id}` })),
        messages: [...c.messages].reverse().map((msg) => ({ ...msg, generated: false, media_comment: null })),
      });
    }
    if ((m = /^\/api\/v1\/conversations\/(\d+)\/add_message$/.exec(path)) && method === 'POST') {
      const c = fake.conversations.find((x) => x.id === Number(m![1]));
      if (!c) return send(404, { errors: [{ message: 'The specified resource does not exist.' }] });
      const msg: FakeMessage = {
        id: nextId++,
        author_id: CANVAS_IDS.bot,
        body: String(body.body ?? ''),
        created_at: stamp(),
      };
      c.messages.push(msg);
      if (holdPost) {
        holdPost = false;
        record(0);
        held.push(res);
        return;
      }
      return send(200, { id: c.id, messages: [msg] });
    }
    send(404, { errors: [{ message: 'The specified resource does not exist.' }] });
  }

  return fake;
}
