import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';
import { ConfigError, loadConfig, type DatabaseConfig } from '../config/app-config';

/**
 * Backup and restore of the one database the API uses, as configured by the
 * same environment (`DATABASE_URL`, or `SQLITE_PATH`):
 *
 * - PostgreSQL: `pg_dump --format=custom`, restored with `pg_restore` in a
 *   single transaction. pg_dump takes a consistent snapshot while the API
 *   keeps running.
 * - SQLite: the online backup API of SQLite (better-sqlite3's `.backup()`),
 *   consistent while the API keeps running; restored the same way into a
 *   fresh file that then replaces the database file.
 *
 * A backup is written to `<file>.partial` and renamed once complete and
 * verified, so a file with the final name is always a whole backup. A restore
 * refuses a database that already holds data unless told `--force`.
 */

export class BackupError extends Error {}

/** The database settings only: the scripts need no JWT secret. */
export function databaseFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  try {
    return loadConfig({
      JWT_SECRET: 'backup-and-restore-need-no-jwt-secret',
      ...env,
    }).database;
  } catch (error) {
    if (error instanceof ConfigError) throw new BackupError(error.message);
    throw error;
  }
}

export type BackupFormat = 'postgres' | 'sqlite';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const PG_MAGIC = 'PGDMP';

/** What a backup file is, by its first bytes. */
export function backupFormat(file: string): BackupFormat {
  if (!existsSync(file)) throw new BackupError(`No such file: ${file}`);
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1', 0, 16) === SQLITE_MAGIC) return 'sqlite';
  if (head.toString('latin1', 0, 5) === PG_MAGIC) return 'postgres';
  throw new BackupError(`${file} is neither a PostgreSQL custom-format dump nor an SQLite database`);
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === 'ENOENT' ? `${command} not found: install the PostgreSQL client tools (same major version as the server, or newer)` : error.message,
        ),
      ),
    );
    child.on('close', (code) => (code === 0 ? resolvePromise(out) : reject(new BackupError(`${command} failed (${code}): ${err.trim()}`))));
  });
}

function sqliteTables(db: BetterSqlite3.Database): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).get() as { n: number }).n;
}

function assertIntact(db: BetterSqlite3.Database, what: string): void {
  const result = db.pragma('integrity_check', { simple: true });
  if (result !== 'ok') throw new BackupError(`${what} fails SQLite's integrity check: ${String(result)}`);
}

export interface BackupResult {
  file: string;
  format: BackupFormat;
  bytes: number;
}

export async function backup(database: DatabaseConfig, target: string): Promise<BackupResult> {
  const file = resolve(target);
  const partial = `${file}.partial`;
  mkdirSync(dirname(file), { recursive: true });
  rmSync(partial, { force: true });
  try {
    if (database.driver === 'postgres') {
      await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${database.url}`]);
      // Readable as an archive, or it is not a backup.
      await run('pg_restore', ['--list', partial]);
    } else {
      if (!existsSync(database.path)) throw new BackupError(`No SQLite database at ${database.path}`);
      const source = new BetterSqlite3(database.path, { fileMustExist: true });
      try {
        source.pragma('busy_timeout = 5000');
        await source.backup(partial);
      } finally {
        source.close();
      }
      const copy = new BetterSqlite3(partial, {
        readonly: true,
        fileMustExist: true,
      });
      try {
        assertIntact(copy, 'The backup');
      } finally {
        copy.close();
      }
    }
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { file, format: database.driver, bytes: statSync(file).size };
}

export interface RestoreResult {
  format: BackupFormat;
  /** Where it went: the database URL without password, or the SQLite path. */
  into: string;
  /** Migrations recorded in the restored database. */
  migrations: number;
}

function redacted(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

export async function restore(database: DatabaseConfig, source: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  const file = resolve(source);
  const format = backupFormat(file);
  if (format !== database.driver) {
    throw new BackupError(
      `${file} is a ${format} backup but the configured database is ${database.driver} (${database.driver === 'postgres' ? 'DATABASE_URL is set' : 'DATABASE_URL is not set'})`,
    );
  }

  if (database.driver === 'postgres') {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const tables = Number((await client.query(`SELECT COUNT(*) AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`)).rows[0].n);
      if (tables > 0 && !options.force)
        throw new BackupError(
          `The database ${redacted(database.url)} already has ${tables} tables; restore into an empty database, or pass --force to replace its contents`,
        );
    } finally {
      await client.end();
    }
    await run('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      ...(options.force ? ['--clean', '--if-exists'] : []),
      `--dbname=${database.url}`,
      file,
    ]);
    const check = new Client({ connectionString: database.url });
    await check.connect();
    try {
      const migrations = Number((await check.query('SELECT COUNT(*) AS n FROM migrations')).rows[0].n);
      return { format, into: redacted(database.url), migrations };
    } finally {
      await check.end();
    }
  }

  const target = database.path;
  if (existsSync(target)) {
    const existing = new BetterSqlite3(target, {
      readonly: true,
      fileMustExist: true,
    });
    let tables: number;
    try {
      tables = sqliteTables(existing);
    } finally {
      existing.close();
    }
    if (tables > 0 && !options.force)
      throw new BackupError(`The database ${target} already has ${tables} tables; restore into a new path, or pass --force to replace it (stop the API first)`);
  }
  mkdirSync(dirname(target), { recursive: true });
  const incoming = `${target}.restoring`;
  rmSync(incoming, { force: true });
  try {
    const from = new BetterSqlite3(file, {
      readonly: true,
      fileMustExist: true,
    });
    try {
      assertIntact(from, 'The backup');
      await from.backup(incoming);
    } finally {
      from.close();
    }
    // The old database goes with its write-ahead log; the restored file takes its place whole.
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    renameSync(incoming, target);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }
  const restored = new BetterSqlite3(target, {
    readonly: true,
    fileMustExist: true,
  });
  try {
    const migrations = (
      restored.prepare('SELECT COUNT(*) AS n FROM migrations').get() as {
        n: number;
      }
    ).n;
    return { format, into: target, migrations };
  } finally {
    restored.close();
  }
}

/** The command line of both scripts: one file argument, and `--force` for restore. */
export function parseArgs(argv: string[], usage: string): { file: string; force: boolean } {
  const force = argv.includes('--force');
  const rest = argv.filter((a) => a !== '--force');
  if (rest.length !== 1 || rest[0].startsWith('-')) throw new BackupError(`Usage: ${usage}`);
  return { file: rest[0], force };
}
