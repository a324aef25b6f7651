// The web chat's client: sends questions and /commands to the JSON API and renders replies safely.
/* global document, window, fetch, sessionStorage, setInterval */
import { renderMarkdown, safeLink } from './markdown.js';

const log = document.getElementById('log');
const form = document.getElementById('chat-form');
const input = document.getElementById('message');
const send = document.getElementById('send');
const menu = document.getElementById('command-menu');
const hint = document.getElementById('hint');
const feed = document.getElementById('feed');
const feedEmpty = document.getElementById('feed-empty');
const commands = new Map();
const TOKEN_KEY = 'course-bot-admin-token';

function headers(json) {
  const h = {};
  if (json) h['Content-Type'] = 'application/json';
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

function addMessage(who, markdown, extra = {}) {
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
  item.scrollIntoView({ block: 'end' });
  return item;
}

async function postJson(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    headers: headers(true),
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  let data = null;
  try {
    data = await res.json();
  } catch {
    data = null;
  }
  if (!res.ok) {
    const message = data?.error?.message ?? `The bot answered with status ${res.status}.`;
    return { text: message, kind: 'error' };
  }
  return data;
}

async function submit(text) {
  addMessage('user', text);
  send.disabled = true;
  try {
    const command = /^\/([A-Za-z][\w-]{0,39})(?:[ \t]+|(?=\n)|$)([\s\S]*)$/.exec(text);
    if (command) {
      const data = await postJson('/api/command', {
        name: command[1].toLowerCase(),
        args: command[2].trim(),
      });
      const reply = data.reply ?? data;
      addMessage('bot', reply.text ?? '', reply);
    } else if (text.startsWith('/')) {
      addMessage('bot', 'That does not look like a command: try `/help`.', { kind: 'error' });
    } else {
      const data = await postJson('/api/ask', { text });
      addMessage('bot', data.text ?? '', data);
    }
  } catch {
    addMessage('bot', 'The bot could not be reached. Check your connection and try again.', {
      kind: 'error',
    });
  } finally {
    send.disabled = false;
    input.focus();
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  void submit(text);
});

input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

menu.addEventListener('change', () => {
  const c = commands.get(menu.value);
  if (!c) return;
  const usage = c.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`)).join(' ');
  hint.textContent = `/${c.name} ${usage}: ${c.description}`;
  input.value = `/${c.name} `;
  menu.value = '';
  input.focus();
});

async function loadCommands() {
  try {
    const res = await fetch('/api/commands', { headers: headers(false) });
    if (!res.ok) return;
    const data = await res.json();
    for (const c of data.commands ?? []) {
      commands.set(c.name, c);
      const option = document.createElement('option');
      option.value = c.name;
      option.textContent = `/${c.name}: ${c.description}${c.access === 'ta' ? ' (TA)' : ''}`;
      menu.append(option);
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
      document.title = `${data.course} assistant`;
    }
  } catch {
    // keep the generic title
  }
}

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
  const https = `${window.location.origin}/calendar.ics`;
  document.getElementById('calendar-https').href = https;
  document.getElementById('calendar-webcal').href = https.replace(/^https?:/, 'webcal:');
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

calendarLinks();
void loadTitle();
void loadCommands();
void loadFeed();
setInterval(loadFeed, 30_000);
input.focus();
