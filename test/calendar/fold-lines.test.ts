import { describe, expect, it } from 'vitest';
import { foldLines } from '../../src/calendar/build-ics.ts';

describe('ICS line folding', () => {
  it('GIVEN long lines with multi-byte characters THEN no line exceeds 75 octets and unfolding restores the text', () => {
    const line = `SUMMARY:${'Übung — naïve café 🎓 '.repeat(12)}`;
    const folded = foldLines(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
    for (const l of folded.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
  });
});
