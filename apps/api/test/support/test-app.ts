import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { SessionResponse } from '@reform-quiz/contracts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp, createAdapter, prepareDatabase } from '../../src/app.setup';
import { Clock } from '../../src/common/clock';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { FakeClock } from './fake-clock';
import { POSTGRES_ADMIN_URL, REDIS_URL } from './services';

export type Driver = 'sqlite' | 'postgres';

/**
 * The drivers this run covers: SQLite always; PostgreSQL (with Redis, the
 * production shape) when global setup found it.
 */
export function testDrivers(): Driver[] {
  return process.env['RQ_TEST_POSTGRES'] === 'up' ? ['sqlite', 'postgres'] : ['sqlite'];
}

let counter = 0;

export interface TestApp {
  app: NestFastifyApplication;
  /** Set when started with `listen`: where a real client (a socket) can reach it. */
  url: string | null;
  config: AppConfig;
  clock: FakeClock;
  dataSource: DataSource;
  request: <T = unknown>(options: RequestOptions) => Promise<TestResponse<T>>;
  login: (login: string, password?: string) => Promise<SessionResponse>;
  /** Stops this app and starts a new one on the same database and clock, as a server restart would. */
  restart: () => Promise<TestApp>;
  close: () => Promise<void>;
}

export interface RequestOptions {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
  url: string;
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  cookies?: Record<string, string>;
  ip?: string;
}

export interface TestResponse<T> {
  status: number;
  body: T;
  raw: string;
  /** The payload as sent, for files (PDF, zip, xlsx). */
  bytes: Buffer;
  headers: Record<string, string | string[] | number | undefined>;
  cookies: { name: string; value: string }[];
}

/**
 * A real app (all modules, the real database on the chosen driver, migrations
 * and demo data applied) driven in-process through Fastify's inject. Only the
 * clock is replaced.
 */
export interface StartOptions {
  /** Listen on a free port (for Socket.IO clients); otherwise requests go in-process through inject. */
  listen?: boolean;
}

export async function startTestApp(driver: Driver, env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestApp> {
  const id = `rq_test_${process.pid}_${Date.now()}_${counter++}`;
  const cleanups: (() => Promise<void> | void)[] = [];
  const baseEnv: Record<string, string> = { LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent', DEMO: 'true', WEB_DIST: '/nonexistent', ATTEMPT_SWEEP_SECONDS: '0', JWT_SECRET: 'test-secret-test-secret-test-secret-!!' };

  if (driver === 'postgres') {
    const admin = new Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${id}`);
    await admin.end();
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${id}`;
    baseEnv['DATABASE_URL'] = url.toString();
    if (process.env['RQ_TEST_REDIS'] === 'up') baseEnv['REDIS_URL'] = REDIS_URL;
    cleanups.push(async () => {
      const c = new Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`);
      await c.end();
    });
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'rq-test-'));
    baseEnv['SQLITE_PATH'] = join(dir, 'test.sqlite');
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  }

  return boot(loadConfig({ ...baseEnv, ...env }), new FakeClock(), cleanups, options);
}

async function boot(config: AppConfig, clock: FakeClock, cleanups: (() => Promise<void> | void)[], options: StartOptions): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createAdapter(config), { logger: false });
  await configureApp(app, config);
  await prepareDatabase(app, config);
  let url: string | null = null;
  if (options.listen) {
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  } else {
    await app.getHttpAdapter().getInstance().ready();
  }

  const request = async <T>(o: RequestOptions): Promise<TestResponse<T>> => {
    const res = await app.inject({
      method: o.method,
      url: o.url,
      ...(o.body !== undefined && { payload: o.body as object }),
      headers: { ...(o.token && { authorization: `Bearer ${o.token}` }), ...o.headers },
      cookies: o.cookies,
      remoteAddress: o.ip ?? '127.0.0.1',
    });
    let body: unknown = res.body;
    try {
      body = JSON.parse(res.body);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.statusCode, body: body as T, raw: res.body, bytes: res.rawPayload, headers: res.headers, cookies: res.cookies.map((c) => ({ name: c.name, value: c.value })) };
  };

  const login = async (loginName: string, password = 'Demo@2018') => {
    const res = await request<SessionResponse>({ method: 'POST', url: '/api/v1/auth/login', body: { login: loginName, password } });
    if (res.status !== 200) throw new Error(`login ${loginName} failed: ${res.status} ${res.raw}`);
    return res.body;
  };

  return {
    app,
    url,
    config,
    clock,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    request,
    login,
    restart: async () => {
      await app.close();
      return boot(config, clock, cleanups, options);
    },
    close: async () => {
      await app.close();
      for (const cleanup of cleanups.reverse()) await cleanup();
    },
  };
}
