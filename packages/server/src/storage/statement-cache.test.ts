import { describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { withStatementCache } from './statement-cache.js';

describe('withStatementCache', () => {
  it('reuses statements by SQL text and evicts the least recently used', () => {
    const database = new BetterSqlite3(':memory:');
    const cached = withStatementCache(database, 2);
    const a = cached.prepare('select 1 as a');
    expect(cached.prepare('select 1 as a')).toBe(a);
    const b = cached.prepare('select 2 as b');
    cached.prepare('select 1 as a'); // a is now the most recent
    cached.prepare('select 3 as c'); // evicts b
    expect(cached.prepare('select 1 as a')).toBe(a);
    expect(cached.prepare('select 2 as b')).not.toBe(b);
    expect(cached.prepare('select 1 as a').all([])).toEqual([{ a: 1 }]);
    cached.close();
    expect(database.open).toBe(false);
  });
});
