import { afterEach, describe, expect, it } from 'vitest';
import remindme from '../../commands/remindme.ts';
import subscribe from '../../commands/subscribe.ts';
import unsubscribe from '../../commands/unsubscribe.ts';
import { listOptIns } from '../../src/reminders/opt-in-store.ts';
import { findActiveSubscription } from '../../src/subscriptions/subscription-store.ts';
import { unknownGroupMessage } from '../../src/subscriptions/calendar-filter.ts';
import { discordUser, scheduleCore, webUser } from './schedule-core.ts';

let env: ReturnType<typeof scheduleCore>;
afterEach(() => env.cleanup());

function tokenOf(url: string | undefined): string {
  const m = /\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(url ?? '');
  if (!m?.[1]) throw new Error(`no token in ${url}`);
  return m[1];
}

describe('subscribe and unsubscribe commands', () => {
  it('GIVEN a group and types THEN a private reply with https and webcal links to a feed with those filters', async () => {
    env = scheduleCore('2026-03-20T10:00:00Z');
    const reply = await env.run(subscribe, { group: 'thu-a', types: 'deadline, practical' }, discordUser);
    expect(reply.private).toBe(true);
    const [webcal, https, google] = reply.links ?? [];
    expect(https?.url).toMatch(/^https:\/\/bot\.example\.org\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(webcal?.url).toBe(https?.url.replace('https://', 'webcal://'));
    expect(reply.text).toContain(https?.url);
    // beside the webcal link, Google Calendar's own "add by URL" page with the feed as its cid
    expect(google?.label).toBe('Add to Google Calendar');
    const googleUrl = new URL(google?.url ?? '');
    expect(googleUrl.origin + googleUrl.pathname).toBe('https://calendar.google.com/calendar/r');
    expect(googleUrl.searchParams.get('cid')).toBe(webcal?.url);
    expect(reply.text).toContain(google?.url);
    const sub = findActiveSubscription(env.core.db, tokenOf(https?.url));
    expect(sub?.owner).toBe('discord:1234');
    expect(sub?.filter).toEqual({ group: 'thu-a', types: ['deadline', 'practical'] });
  });

  it('GIVEN a second subscribe THEN the first link is revoked; GIVEN unsubscribe THEN the second too', async () => {
    env = scheduleCore('2026-03-20T10:00:00Z');
    const first = tokenOf((await env.run(subscribe, {}, discordUser)).links?.[1]?.url);
    const second = tokenOf((await env.run(subscribe, {}, discordUser)).links?.[1]?.url);
    expect(findActiveSubscription(env.core.db, first)).toBeNull();
    expect(findActiveSubscription(env.core.db, second)).not.toBeNull();
    expect((await env.run(unsubscribe, {}, discordUser)).text).toMatch(/turned off/);
    expect(findActiveSubscription(env.core.db, second)).toBeNull();
    expect((await env.run(unsubscribe, {}, discordUser)).text).toMatch(/no active calendar link/);
  });

  it('GIVEN an unknown type or group THEN an error naming it', async () => {
    env = scheduleCore('2026-03-20T10:00:00Z');
    const badType = await env.run(subscribe, { types: 'deadline,quiz' }, discordUser);
    expect(badType.kind).toBe('error');
    expect(badType.text).toContain('`types`');
    expect(badType.text).toContain('"quiz"');
    const badGroup = await env.run(subscribe, { group: 'zz' }, discordUser);
    expect(badGroup.text).toContain('there is no group "zz"; the groups are fri-b, thu-a');
  });

  it('GIVEN kinds of events where the group goes ("subscribe exam") THEN they are the types', async () => {
    env = scheduleCore('2026-03-20T10:00:00Z');
    const reply = await env.run(subscribe, { group: 'deadline,exam' }, discordUser);
    expect(reply.kind).toBe('info');
    expect(reply.text).toContain('(deadline, exam)');
    const sub = findActiveSubscription(env.core.db, tokenOf(reply.links?.[1]?.url));
    expect(sub?.filter).toEqual({ types: ['deadline', 'exam'] });
    expect(reply.text).not.toContain('None of these events has a date yet');
    // (two kinds written apart, "subscribe deadline exam", are read together)
    const apart = await env.run(subscribe, { group: 'deadline', types: 'exam' }, discordUser);
    const both = findActiveSubscription(env.core.db, tokenOf(apart.links?.[1]?.url));
    expect(both?.filter).toEqual({ types: ['deadline', 'exam'] });
  });

  it('GIVEN kinds of events the schedule has none of THEN the reply says the calendar is empty for now', async () => {
    env = scheduleCore('2026-03-20T10:00:00Z');
    const reply = await env.run(subscribe, { types: 'other' }, discordUser);
    expect(reply.kind).toBe('info');
    expect(reply.text).toContain(
      'The schedule has no events of these kinds, so the calendar is empty; it fills in by itself if some are added.',
    );
    const schedule = env.core.content.schedule;
    env.core.content = {
      ...env.core.content,
      schedule: { ...schedule, undated: [{ id: 'fair', type: 'other', title: 'Poster fair', tba: true }] },
    };
    expect((await env.run(subscribe, { types: 'other' }, discordUser)).text).toContain(
      'None of these events has a date yet, so the calendar is empty until they do; it fills in by itself.',
    );
  });
});

describe('a group the schedule does not have', () => {
  it('GIVEN a course without groups, or a kind of event as group THEN the message says so', () => {
    expect(unknownGroupMessage('tue', [])).toBe(
      'there is no group "tue": this course has no groups, so leave it out',
    );
    expect(unknownGroupMessage('exam', ['thu-a'])).toBe(
      'there is no group "exam"; the groups are thu-a ("exam" is a kind of event: give it as types)',
    );
  });
});

describe('remindme command', () => {
  const dmPoster = {
    name: 'discord',
    platform: 'discord' as const,
    postToChannel: () => Promise.resolve(),
    sendDirect: () => Promise.resolve(),
  };

  it('GIVEN on with leads THEN the opt-in is stored with them; GIVEN off THEN it is removed', async () => {
    env = scheduleCore('2026-03-20T10:00:00Z');
    env.addPoster(dmPoster);
    const on = await env.run(remindme, { mode: 'ON', leads: '1d, 2h' }, discordUser);
    expect(on.private).toBe(true);
    expect(on.text).toContain('1d, 2h before each deadline');
    expect(listOptIns(env.core.db)).toEqual([{ platform: 'discord', userId: '1234', leads: ['1d', '2h'] }]);
    await env.run(remindme, { mode: 'on' }, discordUser);
    expect(listOptIns(env.core.db)).toEqual([{ platform: 'discord', userId: '1234' }]);
    expect((await env.run(remindme, { mode: 'off' }, discordUser)).text).toMatch(/are off/);
    expect(listOptIns(env.core.db)).toEqual([]);
  });

  it('GIVEN bad leads THEN an error naming them and nothing stored', async () => {
    env = scheduleCore('2026-03-20T10:00:00Z');
    env.addPoster(dmPoster);
    const reply = await env.run(remindme, { mode: 'on', leads: '1d, tomorrow' }, discordUser);
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('"tomorrow"');
    expect(listOptIns(env.core.db)).toEqual([]);
  });

  it('GIVEN a platform without direct messages THEN it says so and stores nothing', async () => {
    env = scheduleCore('2026-03-20T10:00:00Z');
    env.addPoster(dmPoster);
    const reply = await env.run(remindme, { mode: 'on' }, webUser);
    expect(reply.kind).toBe('error');
    expect(reply.text).toContain('not available here (web)');
    expect(listOptIns(env.core.db)).toEqual([]);
  });
});
