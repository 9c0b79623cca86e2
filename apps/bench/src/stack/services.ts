import Redis from 'ioredis';
import { Client } from 'pg';

/** The same variables the API's integration tests and the e2e suite read. */
export const POSTGRES_ADMIN_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * The API under test keeps its keys (board sequence numbers) in a database
 * of its own (9 unless the URL names one), away from other API processes on
 * the same Redis. Pub/sub is shared by all databases: other processes' Socket.IO
 * broadcasts still reach it, which costs it little.
 */
export function benchRedisUrl(): string {
  const url = new URL(REDIS_URL);
  if (url.pathname === '' || url.pathname === '/') url.pathname = '/9';
  return url.toString();
}

export interface Services {
  postgres: { version: string } | null;
  redis: { version: string } | null;
}

async function probePostgres(): Promise<{ version: string }> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return { version: rows[0]?.server_version ?? 'unknown' };
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function probeRedis(): Promise<{ version: string }> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: () => null });
  // The failed connect is reported by the rejected promise below; the client's own error event adds nothing.
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    const info = await redis.info('server');
    return { version: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown' };
  } finally {
    redis.disconnect();
  }
}

/**
 * Which services this run can use. A missing one skips the PostgreSQL + Redis
 * stack with a warning, unless REQUIRE_SERVICES names it (CI): then the run fails.
 */
export async function probeServices(): Promise<Services> {
  const required = (process.env['REQUIRE_SERVICES'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const [postgres, redis] = await Promise.all([probePostgres().then(ok, failed(POSTGRES_ADMIN_URL)), probeRedis().then(ok, failed(REDIS_URL))]);
  const problems: string[] = [];
  for (const [name, outcome] of [['postgres', postgres], ['redis', redis]] as const) {
    if ('problem' in outcome && required.includes(name)) problems.push(outcome.problem);
    else if ('problem' in outcome) console.warn(`[bench] ${outcome.problem}: the PostgreSQL + Redis stack is skipped`);
  }
  if (problems.length > 0) throw new Error(`REQUIRE_SERVICES=${required.join(',')} but:\n${problems.join('\n')}`);
  return { postgres: 'version' in postgres ? postgres : null, redis: 'version' in redis ? redis : null };
}

const ok = (found: { version: string }) => found;
const failed = (url: string) => (error: unknown) => ({ problem: `${url} unreachable (${(error as Error).message})` });
