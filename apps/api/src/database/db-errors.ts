import { CannotExecuteNotConnectedError, ConnectionIsNotSetError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/**
 * Reading constraint violations the same way on both drivers. PostgreSQL
 * reports SQLSTATE codes with the column in `detail`; SQLite reports
 * "UNIQUE constraint failed: table.column" in the message.
 */
interface DriverLike {
  code?: string;
  message?: string;
  detail?: string;
  driverError?: DriverLike;
  /** Node reports a failed connection to every address of a host as one AggregateError. */
  errors?: unknown[];
}

function driverError(error: unknown): DriverLike {
  const e = (error ?? {}) as DriverLike;
  return e.driverError ?? e;
}

/** The column whose unique constraint the error violated, or null when it is not a unique violation. */
export function uniqueViolationColumn(error: unknown): string | null {
  const e = driverError(error);
  if (e.code === '23505') return /Key \(([^)]+)\)/.exec(e.detail ?? '')?.[1] ?? '';
  const sqlite = /UNIQUE constraint failed: \w+\.(\w+)/.exec(e.message ?? '');
  return sqlite ? sqlite[1] : null;
}

export function isForeignKeyViolation(error: unknown): boolean {
  const e = driverError(error);
  return e.code === '23503' || /FOREIGN KEY constraint failed/.test(e.message ?? '');
}

/**
 * SQLSTATEs meaning "the database cannot serve you right now", not "your
 * statement is wrong": connection exceptions (class 08), the server shutting
 * down or starting (57P01–57P03), too many connections (53300).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** Node's socket errors when the database host refuses, resets or does not answer. */
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** SQLite: the file is locked past the busy timeout, or the disk failed or filled up. */
const UNAVAILABLE_SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN)/;
/** node-postgres and its pool report lost or unobtainable connections in plain messages, without a code. */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /is not queryable/i,
  /timeout exceeded when trying to connect/i,
  /is not currently accepting connections/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Cannot use a pool after calling end/i,
  /terminating connection due to administrator command/i,
];

/**
 * TypeORM's own errors for a connection that is gone: a query runner whose
 * connection failed is released under the queries still headed for it, and a
 * data source being closed (at shutdown) refuses work.
 */
const UNAVAILABLE_TYPEORM_ERRORS = [QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError, CannotExecuteNotConnectedError, ConnectionIsNotSetError];

/**
 * Whether an error means the database is unreachable or refusing work for a
 * while (an outage, a restart, a cut connection) — a request that failed this
 * way may succeed if retried shortly. Whether its transaction committed is
 * unknown (the reply may be what was lost), which is why writes are idempotent.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (UNAVAILABLE_TYPEORM_ERRORS.some((type) => error instanceof type)) return true;
  const outer = (error ?? {}) as DriverLike;
  for (const e of [outer, driverError(error)]) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (code.startsWith('08') && code.length === 5) return true;
    if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code) || UNAVAILABLE_SQLITE_CODES.test(code)) return true;
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(typeof e.message === 'string' ? e.message : ''))) return true;
    if (Array.isArray(e.errors) && e.errors.some((inner) => inner !== error && isDatabaseUnavailable(inner))) return true;
  }
  return false;
}
