import BetterSqlite3 from 'better-sqlite3';
import * as pg from 'pg';
import { DataSourceOptions } from 'typeorm';
import { DatabaseConfig } from '../config/app-config';
import { entities } from './entities';
import { migrations } from './migrations';

/**
 * node-postgres pool settings. During an outage a request must fail fast (and
 * be answered 503) rather than hang: waiting for a connection is bounded, and
 * TCP keepalive notices a database host that vanished without closing the
 * socket. Connections lost in an outage are dropped from the pool, and new
 * ones are opened as soon as the database accepts them again.
 */
const POSTGRES_POOL = {
  max: 20,
  connectionTimeoutMillis: 5_000,
  keepAlive: true,
  keepAliveInitialDelayMillis: 10_000,
};

/**
 * The one description of the database, used by Nest, the CLI and the tests.
 * Drivers are passed in rather than left for TypeORM to require by name, so
 * the bundled build and its package.json know about them.
 */
export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = { entities, migrations, synchronize: false, migrationsRun: false, logging: false };
  if (database.driver === 'postgres') {
    return { ...common, type: 'postgres', driver: pg, url: database.url, extra: POSTGRES_POOL };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    driver: BetterSqlite3,
    database: database.path,
    // WAL lets readers proceed during a write; FULL sync makes a commit durable before it is acknowledged.
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    },
  };
}
