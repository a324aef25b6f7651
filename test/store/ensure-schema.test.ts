import { describe, expect, it } from 'vitest';
import { ensureSchema, openDatabase } from '../../src/store/database.ts';

describe('creating a capability schema', () => {
  it('GIVEN the same schema twice on one connection THEN its DDL runs once; a new connection runs it again', () => {
    const db = openDatabase(':memory:');
    const ddl = 'CREATE TABLE t (x INTEGER)'; // no IF NOT EXISTS: a second run would throw
    ensureSchema(db, 't', ddl);
    expect(() => ensureSchema(db, 't', ddl)).not.toThrow();
    db.prepare('INSERT INTO t VALUES (1)').run();
    const other = openDatabase(':memory:');
    ensureSchema(other, 't', ddl);
    expect(other.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
    db.close();
    other.close();
  });
});
