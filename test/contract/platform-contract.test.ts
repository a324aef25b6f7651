// The contract every platform keeps, run over the web chat, Discord and Slack with their real clients.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discord, slack, web, type Driver } from './drivers.ts';

describe.each([web, discord, slack])('$name keeps the platform contract', (factory) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await factory.start();
  });
  afterAll(() => driver?.stop());

  it('GIVEN a command THEN it reaches the core with the platform as requester AND its reply comes back', async () => {
    expect(await driver.run('echo', { word: 'hello' }, 'student')).toBe('echo: hello');
    expect(driver.calls.at(-1)).toMatchObject({
      command: 'echo',
      args: { word: 'hello' },
      requester: { platform: factory.name, role: 'student' },
    });
  });

  it('GIVEN a handler that throws THEN the user gets a short apology, not a stack trace', async () => {
    const text = await driver.run('boom', {}, 'student');
    expect(text).toMatch(/^Sorry, something went wrong/);
    expect(text).not.toMatch(/exploded|\/srv|\.ts:|at /);
    expect(text.length).toBeLessThan(200);
  });

  it('GIVEN a student THEN announce is refused and never runs; GIVEN a TA THEN it runs', async () => {
    const before = driver.calls.filter((c) => c.command === 'announce').length;
    expect(await driver.run('announce', { message: 'No lab today' }, 'student')).toMatch(
      /teaching assistants/,
    );
    expect(driver.calls.filter((c) => c.command === 'announce')).toHaveLength(before);
    expect(await driver.run('announce', { message: 'No lab today' }, 'ta')).toBe('Announced.');
    expect(driver.calls.filter((c) => c.command === 'announce').at(-1)?.requester.role).toBe('ta');
  });

  it('GIVEN a message that is only a command name THEN that command runs; other text is a question', async () => {
    const before = driver.calls.length;
    expect(await driver.say('deadline')).toContain('Assignment 1 is due');
    expect(await driver.say('when is the deadline?')).toMatch(/not sure/);
    expect(driver.calls.slice(before).map((c) => c.command)).toEqual(['deadline', 'ask']);
  });

  it.skipIf(factory.name === 'web')(
    'GIVEN messages from itself and another bot THEN it ignores them',
    async () => {
      const before = driver.calls.length;
      await driver.botsThenHuman?.('How is the exam graded?');
      // Only the human's question reached the core, although all three were sent first.
      expect(driver.calls.slice(before).map((c) => c.requester.role)).toEqual(['student']);
      expect(driver.calls.slice(before)).toHaveLength(1);
    },
  );
});
