import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { MIN_ENTRANT_AGE } from '@reform-quiz/domain';
import { EnvSchema } from './env.schema';

export type DatabaseConfig =
  | { driver: 'sqlite'; path: string }
  | { driver: 'postgres'; url: string };

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  redisUrl: string | null;
  demo: boolean;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  cookieSecure: boolean;
  corsOrigins: string[];
  trustProxy: boolean;
  logLevel: string;
  webDist: string | null;
  loginFailuresPerAccount: number;
  loginFailuresPerAddress: number;
  minEntrantAge: number;
  /** How often overdue attempts are finalised; 0 turns the sweeper off (tests drive it by hand). */
  attemptSweepSeconds: number;
  /** Where people reach the app: certificates' QR codes and join links point here. */
  publicUrl: string;
  /** The place printed before the date on certificates: "Quảng Nam, ngày …". */
  certificatePlace: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** One line per bad variable, naming it. */
function describe(errors: ValidationError[]): string[] {
  return errors.map((e) => {
    const message = Object.values(e.constraints ?? {}).reverse()[0] ?? 'is invalid';
    return `${e.property}: ${message.replace(`${e.property} `, '')}`;
  });
}

/**
 * With SQLite and no JWT_SECRET, a random secret is kept next to the database
 * file so that sessions survive a restart on a zero-setup install. With
 * PostgreSQL (the production shape) the secret must be given.
 */
function sqliteSecret(sqlitePath: string): string {
  const file = join(dirname(sqlitePath), '.jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Reads and validates the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = plainToInstance(EnvSchema, { ...env }, { excludeExtraneousValues: false });
  const problems = describe(validateSync(raw, { skipMissingProperties: false, whitelist: false }));

  const database: DatabaseConfig = raw.DATABASE_URL
    ? { driver: 'postgres', url: raw.DATABASE_URL }
    : { driver: 'sqlite', path: resolve(raw.SQLITE_PATH ?? './data/reform-quiz.sqlite') };

  if (database.driver === 'postgres' && !raw.JWT_SECRET && problems.length === 0) {
    problems.push('JWT_SECRET: is required when DATABASE_URL selects PostgreSQL (at least 32 characters)');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const production = database.driver === 'postgres';
  return {
    port: raw.PORT ?? 3000,
    host: raw.HOST ?? '0.0.0.0',
    database,
    redisUrl: raw.REDIS_URL ?? null,
    demo: raw.DEMO ?? !production,
    jwtSecret: raw.JWT_SECRET ?? (database.driver === 'sqlite' ? sqliteSecret(database.path) : ''),
    accessTokenTtlSeconds: raw.ACCESS_TOKEN_TTL ?? 15 * 60,
    refreshTokenTtlSeconds: raw.REFRESH_TOKEN_TTL ?? 30 * 24 * 3600,
    cookieSecure: raw.COOKIE_SECURE ?? production,
    corsOrigins: raw.CORS_ORIGINS ?? [],
    trustProxy: raw.TRUST_PROXY ?? false,
    // A zero-setup install keeps the console to the start banner and problems; servers log every request.
    logLevel: raw.LOG_LEVEL ?? (production ? 'info' : 'warn'),
    webDist: raw.WEB_DIST ?? resolve(__dirname, '../web'),
    loginFailuresPerAccount: raw.LOGIN_FAILURES_PER_ACCOUNT ?? 20,
    loginFailuresPerAddress: raw.LOGIN_FAILURES_PER_ADDRESS ?? 100,
    minEntrantAge: raw.MIN_ENTRANT_AGE ?? MIN_ENTRANT_AGE,
    attemptSweepSeconds: raw.ATTEMPT_SWEEP_SECONDS ?? 5,
    certificatePlace: raw.CERTIFICATE_PLACE ?? 'Quảng Nam',
    publicUrl: (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT ?? 3000}`).replace(/\/$/, ''),
  };
}
