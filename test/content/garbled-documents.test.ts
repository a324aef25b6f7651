// A syllabus exported in the wrong encoding is valid UTF-8 full of mojibake: validate warns (naming the file, the
// line and an example, and how to fix it) without failing, and legitimate accented words are left alone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findGarbled } from '../../src/content/garbled-text.ts';
import { runValidate } from '../cli/run-validate.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'garbled-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What Word's curly quotes and dashes become when UTF-8 is read as Windows-1252. */
const UTF8_AS_1252 =
  '# Syllabus\n\n## Late work\n\nLate work loses 10% per day.\nThe instructorâ€™s office hours â€“ Monday.\n' +
  'Bring your rÃ©sumÃ© to the career fair.\n';
/** What they become when a Mac Roman export is read as Windows-1252. */
const MAC_ROMAN_AS_1252 =
  'Office hours are 9:00 Ð 10:15.\nThe studentÕs report is due Friday.\nÒLate workÓ is not accepted.\n';
/** Accented words and a Spanish name with Ó, as a real syllabus has them. */
const CLEAN =
  '# Syllabus\n\nWe meet at the café near the Zürich campus; a naïve résumé is fine.\n' +
  'Instructor: Óscar Núñez (ESPAÑA). Curly ’quotes’ – and “dashes” — are fine too.\n' +
  'Reading: Þór Ðiðrik, São Paulo; Über Ärger.\n';

describe('GIVEN document text', () => {
  it('WHEN it is UTF-8 read as Windows-1252 THEN the first garbled place is found with its line', () => {
    expect(findGarbled(UTF8_AS_1252)).toEqual({
      count: 4,
      line: 6,
      example: 'The instructorâ€™s office hours',
      fromMac: false,
    });
  });

  it('WHEN it is Mac Roman read as Windows-1252 THEN it is found too', () => {
    expect(findGarbled(MAC_ROMAN_AS_1252)).toMatchObject({
      count: 4,
      line: 1,
      example: 'hours are 9:00 Ð 10:15.',
      fromMac: true,
    });
  });

  it('WHEN a PDF export read so has bullets and quotes against words THEN they are found too', () => {
    const pdf =
      '¥ Module 1: readings\n¥ Module 2: Na•ve Bayes\nthe code states,ÒWe pledge\nthe assignment.ÓThe Honor Code\n';
    expect(findGarbled(pdf)).toMatchObject({ count: 5, line: 1 });
  });

  it('WHEN it has legitimate accented words and names THEN nothing is found', () => {
    expect(findGarbled(CLEAN)).toBeNull();
    expect(findGarbled([CLEAN, CLEAN, CLEAN].join('\n'))).toBeNull();
  });

  it('WHEN it has fewer than three such places THEN it is not flagged (a rarity, not a garbled file)', () => {
    expect(findGarbled('The studentÕs report.\nA dash 9:00 Ð 10:00.\n')).toBeNull();
  });
});

describe('GIVEN a course folder with a garbled document and a clean one', () => {
  it('WHEN validate runs THEN it warns about the garbled one only, with file, line, example and the fix, and passes', () => {
    const dir = path.join(tmp, 'course');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'course.yaml'), 'name: Marine Biology\ncontacts:\n  email: mb@uni.edu\n');
    writeFileSync(path.join(dir, 'syllabus.md'), UTF8_AS_1252);
    writeFileSync(path.join(dir, 'notes.md'), CLEAN);
    const run = runValidate(['--faq', dir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('OK:');
    const warnings = run.stderr.split('\n').filter((l) => l.includes('looks garbled'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${path.join(dir, 'syllabus.md')}:6: the document looks garbled: 4 places`);
    expect(warnings[0]).toContain('"The instructorâ€™s office hours"');
    expect(warnings[0]).toContain('Export the document again as UTF-8');
    expect(run.stderr).not.toContain('notes.md');
  });

  it('WHEN the garbled one is a Mac file converted as a Windows one THEN the fix names the Mac conversion', () => {
    const dir = path.join(tmp, 'mac-course');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'course.yaml'), 'name: Marine Biology\ncontacts:\n  email: mb@uni.edu\n');
    writeFileSync(path.join(dir, 'syllabus.md'), `# Syllabus\n\n${MAC_ROMAN_AS_1252}`);
    const run = runValidate(['--faq', dir]);
    expect(run.status).toBe(0);
    const warning = run.stderr.split('\n').find((l) => l.includes('looks garbled')) ?? '';
    expect(warning).toContain('iconv -f MACINTOSH -t UTF-8');
    expect(warning).not.toContain('in Word');
  });
});
