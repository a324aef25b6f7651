import { describe, expect, it } from 'vitest';
import { errorMessage, redactSecrets } from '../../src/core/error-message.ts';

describe('errorMessage', () => {
  it('gives the message of an Error and the text of anything else thrown', () => {
    expect(errorMessage(new Error('disk full'))).toBe('disk full');
    expect(errorMessage('plain string')).toBe('plain string');
    expect(errorMessage(42)).toBe('42');
  });

  it('removes Slack and Discord tokens from the message', () => {
    const slack = 'xoxb-1234567890-abcdefABCDEF';
    const discord = `${'M'.repeat(24)}.${'G'.repeat(6)}.${'z'.repeat(27)}`;
    const text = errorMessage(new Error(`login with ${slack} and ${discord} failed`));
    expect(text).not.toContain(slack);
    expect(text).not.toContain(discord);
    expect(text).toContain('login with');
  });

  it('leaves ordinary text alone', () => {
    expect(redactSecrets('exam on 2026-12-01, room x-12')).toBe('exam on 2026-12-01, room x-12');
  });
});
