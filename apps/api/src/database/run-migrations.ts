import { DataSource } from 'typeorm';

/** Arbitrary, fixed key for the advisory lock that serialises start-up work across API processes. */
const STARTUP_LOCK_KEY = 4_915_721_572;

/**
 * Runs start-up work (migrations, demo seeding) alone. On PostgreSQL several
 * API processes may start at once, so they take turns under an advisory lock;
 * each finds the work done by the one before it. SQLite has one process.
 */
export async function withStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'postgres') return work();
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}

/** Applies pending migrations; returns their names. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
}
