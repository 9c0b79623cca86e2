import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const sqlitePath = () => join(mkdtempSync(join(tmpdir(), 'rq-config-')), 'db.sqlite');

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('defaults to SQLite on port 3000 with demo data and a secret kept beside the database', () => {
    const path = sqlitePath();
    const config = loadConfig({ SQLITE_PATH: path });
    expect(config).toMatchObject({ port: 3000, demo: true, database: { driver: 'sqlite', path }, redisUrl: null, cookieSecure: false });
    expect(config.jwtSecret).toHaveLength(64);
    expect(readFileSync(join(path, '..', '.jwt-secret'), 'utf8')).toBe(config.jwtSecret);
    // The same secret on the next start: sessions survive restarts.
    expect(loadConfig({ SQLITE_PATH: path }).jwtSecret).toBe(config.jwtSecret);
  });

  it('selects PostgreSQL with DATABASE_URL: demo off, secure cookies, secret required', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db/rq', JWT_SECRET: 'x'.repeat(32), REDIS_URL: 'redis://r:6379' });
    expect(config).toMatchObject({ demo: false, cookieSecure: true, database: { driver: 'postgres', url: 'postgres://u@db/rq' }, redisUrl: 'redis://r:6379' });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/rq', JWT_SECRET: 'x'.repeat(32), DEMO: 'true' }).demo).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://u@db/rq' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ DEMO: 'maybe' }, 'DEMO'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ CORS_ORIGINS: 'example.org' }, 'CORS_ORIGINS'],
    [{ LOGIN_FAILURES_PER_ACCOUNT: '500' }, 'LOGIN_FAILURES_PER_ACCOUNT'],
  ])('refuses %j naming %s', (env, variable) => {
    const problems = problemsOf({ SQLITE_PATH: sqlitePath(), ...env });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${variable}: `));
  });

  it('reports every bad variable at once', () => {
    expect(problemsOf({ SQLITE_PATH: sqlitePath(), PORT: 'x', DEMO: 'x' }).map((p) => p.split(':')[0]).sort()).toEqual(['DEMO', 'PORT']);
  });
});
