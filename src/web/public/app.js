// The web chat's client: sends questions and /commands to the JSON API and renders replies safely.
// The conversation is kept in sessionStorage, so a reload (or a link followed and back) does not lose it.
/* global document, window, fetch, sessionStorage, setInterval */
import { renderMarkdown, safeLink } from './markdown.js';

const log = document.getElementById('log');
const form = document.getElementById('chat-form');
const input = document.getElementById('message');
const send = document.getElementById('send');
const commandsMenu = document.getElementById('commands');
const commandList = document.getElementById('command-list');
const hint = document.getElementById('hint');
const count = document.getElementById('count');
const feed = document.getElementById('feed');
const feedEmpty = document.getElementById('feed-empty');
const commands = new Map();
const TOKEN_KEY = 'course-bot-admin-token';
const CONVERSATION_KEY = 'course-bot-conversation';
/** The most messages kept for a reload; older ones are dropped first. */
const KEEP_MESSAGES = 100;
const number = (n) => n.toLocaleString('en');

/** The bot's limit on a question, from the `ask` command's own definition (null until the list has loaded). */
function questionLimit() {
  const option = commands.get('ask')?.options?.find((o) => o.type === 'string' || o.type === 'text');
  return typeof option?.maxLength === 'number' ? option.maxLength : null;
}

/** Error codes whose server wording is for developers: the page says it in the student's words. */
const ERROR_WORDS = {
  rate_limited: "You're sending messages a little fast. Please wait a minute, then try again.",
  body_too_large: 'That message is too long for me to read. Please shorten it and send it again.',
  invalid_json: 'Your message could not be sent. Please reload the page and try again.',
  unsupported_media_type: 'Your message could not be sent. Please reload the page and try again.',
  cross_origin: "This chat only works on the bot's own page. Please open the chat page itself and ask there.",
  unauthorized: 'That admin token is not right. Enter it again under Teaching assistants, or clear it.',
};

function headers(json) {
  const h = {};
  if (json) h['Content-Type'] = 'application/json';
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

// ---------- the conversation, kept for this tab ----------

function loadConversation() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(CONVERSATION_KEY) ?? '[]');
    return Array.isArray(saved) ? saved.filter((m) => m && typeof m.text === 'string') : [];
  } catch {
    return [];
  }
}
let conversation = loadConversation();

function saveConversation() {
  conversation = conversation.slice(-KEEP_MESSAGES);
  // A full storage drops the oldest half and tries again: the newest messages matter most.
  for (;;) {
    try {
      sessionStorage.setItem(CONVERSATION_KEY, JSON.stringify(conversation));
      return;
    } catch {
      if (conversation.length === 0) return;
      conversation = conversation.slice(Math.ceil(conversation.length / 2));
    }
  }
}

function renderMessage(who, markdown, extra = {}) {
  const item = document.createElement('article');
  item.className = `message ${who}${extra.kind ? ` kind-${extra.kind}` : ''}`;
  const label = document.createElement('h3');
  label.className = 'visually-hidden';
  label.textContent = who === 'user' ? 'You' : 'Assistant';
  item.append(label);
  const body = document.createElement('div');
  body.className = 'body';
  if (who === 'user') {
    const p = document.createElement('p');
    p.textContent = markdown; // the user's own words are shown literally, never as Markdown
    body.append(p);
  } else {
    body.append(renderMarkdown(markdown));
  }
  item.append(body);
  if (extra.sources?.length) {
    const p = document.createElement('p');
    p.className = 'sources';
    p.textContent = `Sources: ${extra.sources.map((s) => s.title).join('; ')}`;
    item.append(p);
  }
  if (extra.links?.length) {
    const ul = document.createElement('ul');
    ul.className = 'links';
    for (const l of extra.links) {
      const a = safeLink(l.url, l.label);
      if (!a) continue;
      const li = document.createElement('li');
      li.append(a);
      ul.append(li);
    }
    item.append(ul);
  }
  log.append(item);
  return item;
}

function addMessage(who, markdown, extra = {}) {
  const kept = { who, text: String(markdown) };
  if (extra.kind) kept.kind = extra.kind;
  if (extra.sources?.length) kept.sources = extra.sources.map((s) => ({ title: String(s.title) }));
  if (extra.links?.length)
    kept.links = extra.links.map((l) => ({ label: String(l.label), url: String(l.url) }));
  conversation.push(kept);
  saveConversation();
  const item = renderMessage(who, kept.text, kept);
  item.scrollIntoView({ block: 'end' });
  return item;
}

function restoreConversation() {
  for (const m of conversation) renderMessage(m.who === 'user' ? 'user' : 'bot', m.text, m);
  log.scrollTop = log.scrollHeight;
}

document.getElementById('new-conversation').addEventListener('click', () => {
  conversation = [];
  saveConversation();
  for (const m of log.querySelectorAll('.message')) m.remove();
  input.focus();
});

// ---------- sending ----------

/** A fresh key per request, so that a request the network delivers twice is answered but logged once. */
function requestKey() {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function postJson(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...headers(true), 'Idempotency-Key': requestKey() },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  let data = null;
  try {
    data = await res.json();
  } catch {
    data = null;
  }
  if (!res.ok) return { text: errorText(res.status, data?.error), kind: 'error' };
  return data;
}

function errorText(status, error) {
  const words = ERROR_WORDS[error?.code];
  if (words) return words;
  if (status >= 500 || typeof error?.message !== 'string') {
    return "Something went wrong on the bot's side. Please try again in a moment.";
  }
  return error.message;
}

async function submit(text) {
  addMessage('user', text);
  send.disabled = true;
  try {
    const command = /^\/([A-Za-z][\w-]{0,39})(?:[ \t]+|(?=\n)|$)([\s\S]*)$/.exec(text);
    if (command) {
      const name = command[1].toLowerCase();
      const data = await postJson('/api/command', { name, args: command[2].trim() });
      const reply = data.reply ?? data;
      addMessage('bot', reply.text ?? '', reply);
      // A TA's own announcement shows in the feed at once, not at the next refresh.
      if (name === 'announce' && reply.kind !== 'error') void loadFeed();
    } else if (text.startsWith('/')) {
      addMessage('bot', 'That does not look like a command: try `/help`.', { kind: 'error' });
    } else {
      const data = await postJson('/api/ask', { text });
      addMessage('bot', data.text ?? '', data);
    }
  } catch {
    addMessage('bot', 'I could not reach the bot. Check your connection and try again.', { kind: 'error' });
  } finally {
    send.disabled = false;
    input.focus();
  }
}

/** A question over the limit stays in the box, with the reason, instead of being sent and refused. */
function tooLong(text) {
  const limit = questionLimit();
  if (limit === null || text.startsWith('/') || text.length <= limit) return null;
  return `Your question is ${number(text.length)} characters long; please keep it under ${number(limit)} (one question at a time).`;
}

function updateCount() {
  const text = input.value.trim();
  const limit = questionLimit();
  const near = limit !== null && !text.startsWith('/') && text.length > limit * 0.8;
  count.textContent = near ? `${number(text.length)} of ${number(limit)} characters` : '';
  count.classList.toggle('over', near && text.length > limit);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  const problem = tooLong(text);
  if (problem) {
    hint.textContent = problem;
    return;
  }
  input.value = '';
  updateCount();
  void submit(text);
});

input.addEventListener('input', updateCount);
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

for (const button of document.querySelectorAll('#welcome .example')) {
  button.addEventListener('click', () => void submit(button.textContent.trim()));
}

// ---------- the commands menu: a list of buttons, so browsing it by keyboard moves nothing ----------

function chooseCommand(c) {
  const usage = c.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`)).join(' ');
  hint.textContent = `/${c.name} ${usage}: ${c.description}`;
  input.value = `/${c.name} `;
  updateCount();
  commandsMenu.open = false;
  input.focus();
}

async function loadCommands() {
  try {
    const res = await fetch('/api/commands', { headers: headers(false) });
    if (!res.ok) return;
    const data = await res.json();
    for (const c of data.commands ?? []) {
      commands.set(c.name, c);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'command';
      button.dataset.command = c.name;
      const name = document.createElement('code');
      name.textContent = `/${c.name}`;
      button.append(name, ` ${c.description}${c.access === 'ta' ? ' (TA)' : ''}`);
      button.addEventListener('click', () => chooseCommand(c));
      const li = document.createElement('li');
      li.append(button);
      commandList.append(li);
    }
  } catch {
    // The menu is a convenience; typed commands still work.
  }
}

async function loadTitle() {
  try {
    const res = await fetch('/healthz');
    const data = await res.json();
    if (typeof data.course === 'string') {
      document.getElementById('title').textContent = `${data.course} assistant`;
      document.getElementById('welcome-heading').textContent = `Hi! Ask me about ${data.course}.`;
      document.title = `${data.course} assistant`;
    }
  } catch {
    // keep the generic title
  }
}

// ---------- the feed ----------

function feedItems(data) {
  const list = Array.isArray(data) ? data : (data?.items ?? data?.posts ?? data?.feed ?? []);
  return Array.isArray(list) ? list.filter((x) => x && typeof x.text === 'string') : [];
}

async function loadFeed() {
  try {
    const res = await fetch('/api/feed');
    if (!res.ok) return;
    const items = feedItems(await res.json());
    feed.replaceChildren();
    for (const item of items.slice(0, 50)) {
      const li = document.createElement('li');
      li.className = `feed-item kind-${item.kind === 'reminder' ? 'reminder' : 'announcement'}`;
      const meta = document.createElement('p');
      meta.className = 'meta';
      const when = item.postedAt ?? item.posted_at ?? item.at ?? item.time;
      meta.textContent = `${item.kind === 'reminder' ? 'Reminder' : 'Announcement'}${when ? ` · ${new Date(when).toLocaleString()}` : ''}`;
      li.append(meta, renderMarkdown(item.text));
      feed.append(li);
    }
    feedEmpty.hidden = items.length > 0;
  } catch {
    // try again at the next poll
  }
}

function calendarLinks() {
  // A course that lists no dates has no calendar links on its page (src/web/course-page.ts).
  if (!document.getElementById('calendar-https')) return;
  const https = `${window.location.origin}/calendar.ics`;
  document.getElementById('calendar-https').href = https;
  const webcal = https.replace(/^https?:/, 'webcal:');
  document.getElementById('calendar-webcal').href = webcal;
  // Google Calendar's "add by URL" page, as googleCalendarUrl() in src/subscriptions/subscription-store.ts builds it.
  document.getElementById('calendar-google').href =
    `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`;
}

document.getElementById('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const field = document.getElementById('admin-token');
  const value = field.value.trim();
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
  field.value = '';
  document.getElementById('token-status').textContent = value ? 'Token set for this tab.' : 'Token cleared.';
});

restoreConversation();
calendarLinks();
void loadTitle();
void loadCommands();
void loadFeed();
setInterval(loadFeed, 30_000);
input.focus();
