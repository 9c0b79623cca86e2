import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { E2E_BASE_URL, E2E_PORT } from './server';

const POSTGRES_ADMIN_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const required = (process.env['REQUIRE_SERVICES'] ?? '').split(',').map((s) => s.trim());

async function reachable(check: () => Promise<unknown>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch {
    return false;
  }
}

async function waitForHealth(server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode}`);
    const ok = await fetch(`${E2E_BASE_URL}/api/v1/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not become healthy within ${timeoutMs} ms`);
}

/** Starts the built app (dist/apps/api/main.js serving dist/apps/web) on a fresh database; returns the teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), PORT: String(E2E_PORT), HOST: '127.0.0.1', DEMO: 'true', LOG_LEVEL: 'warn' };
  const cleanups: (() => Promise<void> | void)[] = [];

  const admin = new Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  const postgres = await reachable(() => admin.connect());
  if (postgres) {
    const db = `rq_e2e_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${db}`);
    await admin.end();
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${db}`;
    env['DATABASE_URL'] = url.toString();
    env['JWT_SECRET'] = 'e2e-secret-e2e-secret-e2e-secret-e2e!';
    env['COOKIE_SECURE'] = 'false';
    cleanups.push(async () => {
      const c = new Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await c.end();
    });
  } else if (required.includes('postgres')) {
    throw new Error(`REQUIRE_SERVICES includes postgres but ${POSTGRES_ADMIN_URL} is unreachable`);
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'rq-e2e-'));
    env['SQLITE_PATH'] = join(dir, 'e2e.sqlite');
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  }

  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  const redisUp = await reachable(async () => {
    await redis.connect();
    await redis.ping();
  });
  redis.disconnect();
  if (redisUp && postgres) env['REDIS_URL'] = REDIS_URL;
  if (!redisUp && required.includes('redis')) throw new Error(`REQUIRE_SERVICES includes redis but ${REDIS_URL} is unreachable`);

  console.log(`[e2e] app on ${E2E_BASE_URL} with ${postgres ? 'PostgreSQL' : 'SQLite'}${env['REDIS_URL'] ? ' + Redis' : ''}`);
  const server = spawn(process.execPath, [resolve(__dirname, '../../../dist/apps/api/main.js')], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  await waitForHealth(server, 60_000);

  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
}
