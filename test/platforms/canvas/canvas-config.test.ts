// Canvas configuration: off when unset, all three core variables together, every problem named without values.
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../src/config.ts';
import { canvasSettings } from '../../../src/platforms/canvas/canvas-config.ts';

const full = {
  CANVAS_URL: 'https://canvas.example.edu/',
  CANVAS_TOKEN: '7~secret-canvas-token-value',
  CANVAS_COURSE_ID: '12345',
};

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return err.problems;
  }
}

describe('Canvas configuration', () => {
  it('GIVEN no CANVAS_ variable THEN Canvas is off', () => {
    expect(canvasSettings(parseConfig({}))).toBeNull();
  });

  it('GIVEN the three variables THEN Canvas is on with the defaults', () => {
    expect(canvasSettings(parseConfig(full))).toEqual({
      baseUrl: 'https://canvas.example.edu',
      token: full.CANVAS_TOKEN,
      courseId: '12345',
      boardTopicIds: [],
      pollSeconds: 60,
      inboxReply: false,
    });
  });

  it('GIVEN topics, a poll interval and the inbox on THEN they are read', () => {
    const s = canvasSettings(
      parseConfig({
        ...full,
        CANVAS_BOARD_TOPIC_IDS: '11, 12',
        CANVAS_POLL_SECONDS: '120',
        CANVAS_INBOX_REPLY: 'on',
      }),
    );
    expect(s).toMatchObject({ boardTopicIds: ['11', '12'], pollSeconds: 120, inboxReply: true });
  });

  it('GIVEN only a token THEN names the two missing variables and never echoes the token', () => {
    const p = problems({ CANVAS_TOKEN: full.CANVAS_TOKEN });
    expect(p).toHaveLength(2);
    expect(p.join('\n')).toMatch(/CANVAS_URL: is required/);
    expect(p.join('\n')).toMatch(/CANVAS_COURSE_ID: is required/);
    expect(p.join('\n')).not.toContain(full.CANVAS_TOKEN);
  });

  it('GIVEN bad values THEN every problem is listed at once', () => {
    const p = problems({
      ...full,
      CANVAS_URL: 'canvas.example.edu',
      CANVAS_COURSE_ID: 'DL-2026',
      CANVAS_BOARD_TOPIC_IDS: 'general',
      CANVAS_POLL_SECONDS: '1',
      CANVAS_INBOX_REPLY: 'yes',
    });
    expect(p.map((x) => x.split(':')[0]).sort()).toEqual([
      'CANVAS_BOARD_TOPIC_IDS',
      'CANVAS_COURSE_ID',
      'CANVAS_INBOX_REPLY',
      'CANVAS_POLL_SECONDS',
      'CANVAS_URL',
    ]);
  });
});
