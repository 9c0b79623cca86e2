import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface DbChecksum {
  /** One hash over every table. */
  total: string;
  /** Per table: row count and a hash of its rows (order-independent). */
  tables: Record<string, { rows: number; hash: string }>;
}

const canonical = (value: unknown): unknown => {
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  return value;
};

async function tableNames(ds: DataSource): Promise<string[]> {
  const rows: { name: string }[] =
    ds.options.type === 'postgres'
      ? await ds.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`)
      : await ds.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
  return rows.map((r) => r.name).sort();
}

/**
 * A checksum of every row of every table in the app's database, read with
 * plain SQL (not through the entities, so a column no entity maps still
 * counts). Equal checksums mean nothing was inserted, updated or deleted.
 */
export async function dbChecksum(ds: DataSource): Promise<DbChecksum> {
  const tables: DbChecksum['tables'] = {};
  const total = createHash('sha256');
  for (const name of await tableNames(ds)) {
    const rows: Record<string, unknown>[] = await ds.query(`SELECT * FROM "${name.replace(/"/g, '""')}"`);
    const lines = rows.map((r) => JSON.stringify(canonical(r))).sort();
    const hash = createHash('sha256').update(lines.join('\n')).digest('hex');
    tables[name] = { rows: rows.length, hash };
    total.update(`${name}:${hash}\n`);
  }
  return { total: total.digest('hex'), tables };
}

/** The tables whose rows differ between two checksums, with their row counts before → after. */
export function changedTables(before: DbChecksum, after: DbChecksum): string[] {
  const names = new Set([...Object.keys(before.tables), ...Object.keys(after.tables)]);
  return [...names]
    .filter((n) => before.tables[n]?.hash !== after.tables[n]?.hash)
    .map((n) => `${n} (${before.tables[n]?.rows ?? '-'} → ${after.tables[n]?.rows ?? '-'} rows)`);
}
