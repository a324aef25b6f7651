// The database's folder and file: a problem with either names the path and what to do, not SQLite's bare words.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'open-db-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('GIVEN a missing folder THEN it is created and the database opens', () => {
    const db = openDatabase(path.join(tmp, 'new', 'course-bot.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('GIVEN DATA_DIR naming a file THEN the error says it is a file, not a folder', () => {
    const file = path.join(tmp, 'a-file');
    writeFileSync(file, 'hi');
    expect(() => openDatabase(path.join(file, 'course-bot.sqlite'))).toThrow(
      `the data folder ${file} (DATA_DIR) is a file, not a folder: set DATA_DIR to a folder, or move the file away`,
    );
  });

  it('GIVEN a file that is not a SQLite database THEN the error names it and says to restore a backup', () => {
    const dir = path.join(tmp, 'garbage');
    mkdirSync(dir);
    const file = path.join(dir, 'course-bot.sqlite');
    writeFileSync(file, 'GARBAGE'.repeat(1000));
    expect(() => openDatabase(file)).toThrow(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is damaged or is not the bot's database \\(file is not a database\\): restore the last backup`,
      ),
    );
  });
});
