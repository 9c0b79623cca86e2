import BetterSqlite3 from 'better-sqlite3';
import { Pool } from 'pg';

export type Row = Record<string, unknown>;

/**
 * Direct SQL on the API's database, for what the public API cannot do fast:
 * seeding a hundred thousand entrants. Statements use `?` placeholders on both drivers.
 */
export interface BenchDb {
  readonly kind: 'sqlite' | 'postgres';
  query<T extends Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Many rows in one transaction, in multi-row statements. */
  insert(table: string, rows: Row[]): Promise<void>;
  close(): Promise<void>;
}

/** Both drivers accept this many bound values in one statement (SQLite's limit is 32,766). */
const MAX_PARAMS = 30_000;

function chunksOf(rows: Row[]): { columns: string[]; chunks: Row[][] } {
  const columns = Object.keys(rows[0] ?? {});
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, columns.length)));
  const chunks: Row[][] = [];
  for (let i = 0; i < rows.length; i += perChunk) chunks.push(rows.slice(i, i + perChunk));
  return { columns, chunks };
}

const quoted = (name: string) => `"${name}"`;

export function openSqlite(path: string): BenchDb {
  const db = new BetterSqlite3(path);
  db.pragma('busy_timeout = 10000');
  // better-sqlite3 binds no booleans: store them as SQLite does.
  const bindable = (v: unknown) => (typeof v === 'boolean' ? Number(v) : v);
  return {
    kind: 'sqlite',
    query: async <T extends Row>(sql: string, params: unknown[] = []) => {
      const statement = db.prepare(sql);
      return (statement.reader ? statement.all(...params.map(bindable)) : (statement.run(...params.map(bindable)), [])) as T[];
    },
    insert: async (table, rows) => {
      const { columns, chunks } = chunksOf(rows);
      const write = db.transaction((parts: Row[][]) => {
        for (const part of parts) {
          const tuples = part.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
          db.prepare(`INSERT INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) VALUES ${tuples}`).run(...part.flatMap((r) => columns.map((c) => bindable(r[c]))));
        }
      });
      write(chunks);
    },
    close: async () => void db.close(),
  };
}

export function openPostgres(url: string): BenchDb {
  const pool = new Pool({ connectionString: url, max: 2 });
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  return {
    kind: 'postgres',
    query: async <T extends Row>(sql: string, params: unknown[] = []) => (await pool.query<T>(numbered(sql), params)).rows,
    insert: async (table, rows) => {
      const { columns, chunks } = chunksOf(rows);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (const part of chunks) {
          let n = 0;
          const tuples = part.map(() => `(${columns.map(() => `$${++n}`).join(', ')})`).join(', ');
          await client.query(`INSERT INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) VALUES ${tuples}`, part.flatMap((r) => columns.map((c) => r[c])));
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
