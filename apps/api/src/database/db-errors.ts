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
