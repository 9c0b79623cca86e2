import Redis from 'ioredis';
import { Client } from 'pg';

/**
 * Which real services the suites run against. Locally a missing service means
 * its suites are skipped (and say so); when REQUIRE_SERVICES names it (CI),
 * a missing service fails the run.
 */
export const POSTGRES_ADMIN_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export function requiredServices(): string[] {
  return (process.env['REQUIRE_SERVICES'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

export async function probePostgres(): Promise<string | null> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL at ${POSTGRES_ADMIN_URL} unreachable: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function probeRedis(): Promise<string | null> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (error) {
    return `Redis at ${REDIS_URL} unreachable: ${(error as Error).message}`;
  } finally {
    redis.disconnect();
  }
}
