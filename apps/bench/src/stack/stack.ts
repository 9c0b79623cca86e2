import type { Contest, ContestSummary, Round, SessionResponse } from '@reform-quiz/contracts';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { apiCall } from '../http/api-call';
import { startApi, WEB_DIST, type ApiProcess, type ApiSource } from './api-process';
import { openPostgres, openSqlite, type BenchDb } from './bench-db';
import { onInterrupt } from './cleanup';
import { freePort } from './free-port';
import { benchRedisUrl, POSTGRES_ADMIN_URL } from './services';

export type StackName = 'SQLite' | 'PostgreSQL + Redis';

/** The demo contest every fresh database is seeded with (demo mode), as the bench uses it. */
export interface DemoContest {
  contestId: number;
  weekly: Round;
  live: Round;
  organizerToken: string;
}

/** One API process on a fresh database, with direct SQL access to it. */
export interface Stack {
  name: StackName;
  api: ApiProcess;
  db: BenchDb;
  /** The JWT secret the API was given: the bench signs entrants' tokens with it. */
  secret: string;
  demo: DemoContest;
}

interface Database {
  env: Record<string, string>;
  open(): BenchDb;
  drop(): Promise<void>;
}

function sqliteDatabase(): Database {
  const dir = mkdtempSync(join(tmpdir(), 'rq-bench-'));
  const path = join(dir, 'bench.sqlite');
  return { env: { SQLITE_PATH: path }, open: () => openSqlite(path), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function postgresDatabase(): Promise<Database> {
  const name = `rq_bench_${Date.now()}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString(), REDIS_URL: benchRedisUrl() },
    open: () => openPostgres(url.toString()),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function demoContest(url: string): Promise<DemoContest> {
  const [summary] = await apiCall<ContestSummary[]>(url, 'GET', '/contests');
  if (!summary) throw new Error('no demo contest: is the API in demo mode?');
  const contest = await apiCall<Contest>(url, 'GET', `/contests/${summary.id}`);
  // The ranked self-paced round open now (the demo also has a closed kick-off round).
  const weekly = contest.rounds.find((r) => r.mode === 'self_paced' && !r.practice && r.phase === 'open');
  const live = contest.rounds.find((r) => r.mode === 'live');
  if (!weekly || !live) throw new Error('the demo contest lacks an open weekly round or its live round');
  const session = await apiCall<SessionResponse>(url, 'POST', '/auth/login', { body: { login: 'organizer@demo.local', password: 'Demo@2018' } });
  return { contestId: contest.id, weekly, live, organizerToken: session.accessToken };
}

/** Runs `use` against a fresh API on a fresh database, and removes both afterwards, whatever happens. */
export async function withStack<T>(name: StackName, source: ApiSource, use: (stack: Stack) => Promise<T>): Promise<T> {
  const database = name === 'SQLite' ? sqliteDatabase() : await postgresDatabase();
  const secret = randomBytes(36).toString('base64url');
  let api: ApiProcess | null = null;
  let db: BenchDb | null = null;
  const forget = onInterrupt(async () => {
    await api?.stop();
    await database.drop();
  });
  try {
    const env = { ...database.env, JWT_SECRET: secret, DEMO: 'true', ACCESS_TOKEN_TTL: '3600', COOKIE_SECURE: 'false', WEB_DIST };
    api = await startApi(source, env, await freePort());
    db = database.open();
    return await use({ name, api, db, secret, demo: await demoContest(api.url) });
  } finally {
    forget();
    await db?.close().catch(() => undefined);
    await api?.stop();
    await database.drop();
  }
}
