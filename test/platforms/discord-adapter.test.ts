// The real discord.js Client against the fake Discord: slash commands, modals, deferral, roles and the board.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandRunner } from '../../src/core/run-command.ts';
import { createDiscordAdapter, type PlatformAdapter } from '../../src/platforms/discord/discord-adapter.ts';
import {
  IDS,
  startFakeDiscord,
  type FakeDiscord,
  type RecordedRequest,
} from '../fakes/discord/fake-discord.ts';
import { messageCreate, modalSubmit, slashCommand } from '../fakes/discord/gateway-events.ts';
import { discordConfigFor } from './helpers/platform-configs.ts';
import { createTestCore, testCommands, type CallRecord, type TestCore } from './helpers/test-core.ts';

const TOKEN = 'fake-discord-token.very-secret-value';
const STUDENT = { id: '300000000000000001' };
const EPHEMERAL = 64;

let fake: FakeDiscord;
let adapter: PlatformAdapter;
let t: TestCore;
const calls: CallRecord[] = [];
let releaseSlow: () => void = () => {};
const gate = { slow: new Promise<void>((resolve) => (releaseSlow = resolve)) };
const closeGate = () => (gate.slow = new Promise<void>((resolve) => (releaseSlow = resolve)));

beforeAll(async () => {
  fake = await startFakeDiscord();
  t = createTestCore();
  const runner = createCommandRunner(t.core, testCommands(calls, gate));
  adapter = createDiscordAdapter(
    discordConfigFor(fake.apiUrl, TOKEN, { DISCORD_QA_CHANNEL_IDS: [IDS.qaChannel, IDS.forum] }),
    t.core,
    runner,
    { deferAfterMs: 300 },
  );
  await adapter.start();
  await fake.readyForEvents();
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  t?.cleanup();
});

function callbackFor(interaction: { id: string }) {
  return fake.waitForRequest(
    (r) => r.method === 'POST' && r.path.startsWith(`/interactions/${interaction.id}/`),
    `the callback of interaction ${interaction.id}`,
  );
}

type Callback = { type: number; data: { content?: string; flags?: number; custom_id?: string } };
const cb = (r: RecordedRequest) => r.body as Callback;

describe('Discord adapter with the real discord.js client', () => {
  it('connects through the gateway URL that GET /gateway/bot returned, identifying with the token', () => {
    expect(fake.find((r) => r.path === '/gateway/bot')).toHaveLength(1);
    expect(fake.identifies).toHaveLength(1);
    expect((fake.identifies[0] as { token: string }).token).toBe(TOKEN);
  });

  it('runs a slash command and replies in the channel, with its options parsed', async () => {
    const interaction = slashCommand('echo', { word: 'gradient', times: 2 }, STUDENT);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const reply = cb(await callbackFor(interaction));
    expect(reply.type).toBe(4);
    expect(reply.data.content).toBe('echo: gradient gradient');
    expect((reply.data.flags ?? 0) & EPHEMERAL).toBe(0);
  });

  it('answers privately (ephemeral) and shows due times as Discord timestamps', async () => {
    const interaction = slashCommand('deadline', {}, STUDENT);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const reply = cb(await callbackFor(interaction));
    const unix = Date.parse('2026-03-10T22:59:00Z') / 1000;
    expect(reply.data.content).toContain(`<t:${unix}:F>`);
    expect(reply.data.content).toContain(`<t:${unix}:R>`);
    expect(reply.data.flags).toBe(EPHEMERAL);
  });

  it('defers a slow command, then edits the deferred reply with the answer', async () => {
    const interaction = slashCommand('slow', {}, STUDENT);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const deferral = cb(await callbackFor(interaction));
    expect(deferral.type).toBe(5);
    releaseSlow();
    const edit = await fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(interaction.token),
      'the edit of the deferred reply',
    );
    expect((edit.body as { content: string }).content).toBe('finally done');
  });

  it('replaces a public deferral with an ephemeral follow-up when the slow answer is private', async () => {
    closeGate();
    const interaction = slashCommand('slow', { secret: true }, STUDENT);
    fake.dispatch('INTERACTION_CREATE', interaction);
    expect(cb(await callbackFor(interaction)).type).toBe(5);
    releaseSlow();
    const followUp = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/webhooks/${IDS.app}/${interaction.token}`,
      'the ephemeral follow-up',
    );
    expect(followUp.body).toMatchObject({ content: 'finally done', flags: EPHEMERAL });
    const deleted = fake.find((r) => r.method === 'DELETE' && r.path.includes(interaction.token));
    expect(deleted).toHaveLength(1);
  });

  it('opens a modal for a long text option, and runs the command with the modal text', async () => {
    const interaction = slashCommand('check', {}, STUDENT);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const modal = cb(await callbackFor(interaction));
    expect(modal.type).toBe(9);
    const input = (modal.data as { components: { components: { label: string; style: number }[] }[] })
      .components[0]?.components[0];
    expect(input).toMatchObject({ label: 'your derivation', style: 2 });
    const customId = modal.data.custom_id ?? '';
    const submit = modalSubmit(customId, { derivation: 'y = x*x\ndy/dx = 2*x\n' }, STUDENT);
    fake.dispatch('INTERACTION_CREATE', submit);
    const reply = cb(await callbackFor(submit));
    expect(reply.data.content).toBe('checked 3 lines');
    expect(reply.data.flags).toBe(EPHEMERAL);
  });

  it('refuses announce to a student, even when Discord let them run it', async () => {
    const before = calls.filter((c) => c.command === 'announce').length;
    const interaction = slashCommand('announce', { message: 'No lecture today' }, STUDENT);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const reply = cb(await callbackFor(interaction));
    expect(reply.data.content).toMatch(/teaching assistants only/);
    expect(calls.filter((c) => c.command === 'announce')).toHaveLength(before);
  });

  it('lets a member with the TA role announce, and one with Manage Server', async () => {
    const withRole = slashCommand(
      'announce',
      { message: 'a' },
      { id: '300000000000000002', roles: [IDS.taRole] },
    );
    const manager = slashCommand(
      'announce',
      { message: 'b' },
      { id: '300000000000000003', permissions: '32' },
    );
    fake.dispatch('INTERACTION_CREATE', withRole);
    expect(cb(await callbackFor(withRole)).data.content).toBe('Announced.');
    fake.dispatch('INTERACTION_CREATE', manager);
    expect(cb(await callbackFor(manager)).data.content).toBe('Announced.');
    const roles = calls.filter((c) => c.command === 'announce').map((c) => c.requester.role);
    expect(roles).toEqual(['ta', 'ta']);
  });

  it('turns a failing command into a short apology without internals', async () => {
    const interaction = slashCommand('boom', {}, STUDENT);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const content = cb(await callbackFor(interaction)).data.content ?? '';
    expect(content).toMatch(/^Sorry/);
    expect(content).not.toMatch(/exploded|secret|\.ts/);
  });

  it('answers a confident board question in a new thread started from the question', async () => {
    const question = messageCreate('How is the exam graded?', STUDENT, { channelId: IDS.qaChannel });
    fake.dispatch('MESSAGE_CREATE', question);
    const thread = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${IDS.qaChannel}/messages/${question.id}/threads`,
      'a thread started from the question',
    );
    expect((thread.body as { name: string }).name).toBe('How is the exam graded?');
    const answer = await fake.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        /^\/channels\/\d+\/messages$/.test(r.path) &&
        r.path !== `/channels/${IDS.qaChannel}/messages`,
      'the answer in the thread',
    );
    expect((answer.body as { content: string }).content).toContain('60%');
  });

  it('answers a forum post inside its own thread', async () => {
    const post = messageCreate('Is the exam open book?', STUDENT, { channelId: IDS.forumPost });
    fake.dispatch('MESSAGE_CREATE', post);
    const answer = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${IDS.forumPost}/messages`,
      'the answer in the forum post',
    );
    const body = answer.body as { content: string; message_reference?: { message_id: string } };
    expect(body.content).toContain('60%');
    expect(body.message_reference?.message_id).toBe(post.id);
  });

  it('stays silent on the board when unsure, answers mentions and DMs, and ignores bots and other channels', async () => {
    const before = calls.length;
    const postsBefore = fake.find((r) => r.method === 'POST' && r.path.startsWith('/channels/')).length;
    fake.dispatch(
      'MESSAGE_CREATE',
      messageCreate('What is the meaning of life?', STUDENT, { channelId: IDS.qaChannel }),
    );
    fake.dispatch(
      'MESSAGE_CREATE',
      messageCreate('exam grade please', { id: IDS.bot, bot: true }, { channelId: IDS.qaChannel }),
    );
    fake.dispatch(
      'MESSAGE_CREATE',
      messageCreate('exam grade?', { id: '400000000000000001', bot: true }, { channelId: IDS.qaChannel }),
    );
    fake.dispatch('MESSAGE_CREATE', messageCreate('exam grade?', STUDENT, { channelId: IDS.general }));
    // A mention always gets a reply, even an unsure one; the DM comes last so its reply marks the end.
    const mention = messageCreate(`<@${IDS.bot}> what is the meaning of life?`, STUDENT, {
      channelId: IDS.general,
      mentions: [IDS.bot],
    });
    fake.dispatch('MESSAGE_CREATE', mention);
    await fake.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        (r.body as { message_reference?: { message_id: string } })?.message_reference?.message_id ===
          mention.id,
      'the reply to the mention',
    );
    fake.dispatch(
      'MESSAGE_CREATE',
      messageCreate('When is the exam?', STUDENT, { channelId: IDS.dmChannel, inGuild: false }),
    );
    const dmReply = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${IDS.dmChannel}/messages`,
      'the reply to the DM',
    );
    expect((dmReply.body as { content: string }).content).toContain('60%');
    const asked = calls
      .slice(before)
      .filter((c) => c.command === 'ask')
      .map((c) => c.args);
    expect(asked).toEqual([
      { question: 'What is the meaning of life?' },
      { question: 'what is the meaning of life?' },
      { question: 'When is the exam?' },
    ]);
    const posts = fake.find((r) => r.method === 'POST' && r.path.startsWith('/channels/')).slice(postsBefore);
    expect(posts.map((p) => p.path)).toEqual([
      `/channels/${IDS.general}/messages`,
      `/channels/${IDS.dmChannel}/messages`,
    ]);
  });

  it('GIVEN a mention of the bot\'s own role (Discord offers it beside the bot for "@Course Bot") THEN answered as a mention', async () => {
    const before = calls.length;
    const mention = messageCreate(`<@&${IDS.botRole}> what is the meaning of life?`, STUDENT, {
      channelId: IDS.general,
      mentionRoles: [IDS.botRole],
    });
    fake.dispatch('MESSAGE_CREATE', mention);
    const reply = await fake.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        (r.body as { message_reference?: { message_id: string } })?.message_reference?.message_id ===
          mention.id,
      'the reply to the mention',
    );
    expect(reply.path).toBe(`/channels/${IDS.general}/messages`);
    const asked = calls.slice(before).filter((c) => c.command === 'ask');
    expect(asked.map((c) => c.args)).toEqual([{ question: 'what is the meaning of life?' }]);
  });

  it('asks a question without the people and roles it mentions', async () => {
    const before = calls.length;
    const dmPost = (r: RecordedRequest) =>
      r.method === 'POST' && r.path === `/channels/${IDS.dmChannel}/messages`;
    const earlier = new Set(fake.find(dmPost));
    fake.dispatch(
      'MESSAGE_CREATE',
      messageCreate('<@300000000000000002> and <@&500000000000000001>: when is the exam?', STUDENT, {
        channelId: IDS.dmChannel,
        inGuild: false,
      }),
    );
    await fake.waitForRequest((r) => dmPost(r) && !earlier.has(r), 'the reply to the DM');
    const asked = calls.slice(before).filter((c) => c.command === 'ask');
    expect(asked.map((c) => c.args)).toEqual([{ question: 'and: when is the exam?' }]);
  });

  it('asks and names its thread after the question as if typed without its mentions, leaving no stray space', async () => {
    const before = calls.length;
    const question = messageCreate(
      'Hi <@300000000000000002>, how is <@&500000000000000001> the exam graded?',
      STUDENT,
      { channelId: IDS.qaChannel },
    );
    fake.dispatch('MESSAGE_CREATE', question);
    const thread = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${IDS.qaChannel}/messages/${question.id}/threads`,
      'a thread started from the question',
    );
    expect((thread.body as { name: string }).name).toBe('Hi, how is the exam graded?');
    const asked = calls.slice(before).filter((c) => c.command === 'ask');
    expect(asked.map((c) => c.args)).toEqual([{ question: 'Hi, how is the exam graded?' }]);
  });

  it('asks a question without @everyone or @here, as Slack leaves out <!everyone> and <!here>', async () => {
    const before = calls.length;
    const question = messageCreate('@here how is the exam graded? (mail me at tim@here.example)', STUDENT, {
      channelId: IDS.qaChannel,
    });
    fake.dispatch('MESSAGE_CREATE', question);
    const thread = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${IDS.qaChannel}/messages/${question.id}/threads`,
      'a thread started from the question',
    );
    expect((thread.body as { name: string }).name).toBe(
      'how is the exam graded? (mail me at tim@here.example)',
    );
    const asked = calls.slice(before).filter((c) => c.command === 'ask');
    expect(asked.map((c) => c.args)).toEqual([
      { question: 'how is the exam graded? (mail me at tim@here.example)' },
    ]);
  });

  it('posts announcements to the announcement channel and reminders by DM, pinging nobody', async () => {
    const post = {
      id: 'a1',
      kind: 'announcement' as const,
      text: '@everyone Lab moved to {{time:0}}',
      times: [{ at: new Date('2026-03-05T13:00:00Z'), fallback: 'Thu 14:00' }],
    };
    await adapter.poster.postToChannel(post);
    const sent = fake.find((r) => r.method === 'POST' && r.path === `/channels/${IDS.announce}/messages`);
    expect(sent).toHaveLength(1);
    const body = sent[0]?.body as { content: string; allowed_mentions: { parse: string[] } };
    expect(body.content).toContain(`<t:${Date.parse('2026-03-05T13:00:00Z') / 1000}:F>`);
    expect(body.allowed_mentions.parse).toEqual([]);
    await adapter.poster.sendDirect?.('300000000000000009', { ...post, id: 'r1', kind: 'reminder' });
    const opened = fake.find((r) => r.path === '/users/@me/channels');
    expect(opened.map((r) => (r.body as { recipient_id: string }).recipient_id)).toEqual([
      '300000000000000009',
    ]);
  });

  it('runs a command sent as its bare name in a DM, instead of asking it as a question', async () => {
    const before = calls.length;
    fake.dispatch(
      'MESSAGE_CREATE',
      messageCreate('deadline?', STUDENT, { channelId: IDS.dmChannel, inGuild: false }),
    );
    await fake.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${IDS.dmChannel}/messages` &&
        (r.body as { content?: string }).content?.includes('Assignment 1 is due') === true,
      'the deadline reply in the DM',
    );
    expect(calls.slice(before).map((c) => c.command)).toEqual(['deadline']);
  });

  it('sends the token only in Authorization headers (not to interaction webhooks) and never logs it', () => {
    const tokenless = (r: RecordedRequest) => /^\/(interactions|webhooks)\//.test(r.path);
    expect(fake.requests.filter((r) => !tokenless(r)).every((r) => r.authorization === `Bot ${TOKEN}`)).toBe(
      true,
    );
    expect(fake.requests.filter(tokenless).every((r) => r.authorization === undefined)).toBe(true);
    expect(t.logLines.join('\n')).not.toContain(TOKEN);
  });

  it('handled every event without an adapter error (a failed reply call would be logged here)', () => {
    const errors = t.logLines.filter((l) => l.includes('"level":"error"') && l.includes('"msg":"discord:'));
    expect(errors).toEqual([]);
  });
});
