import { ErrorCodes, type ErrorBody, type ErrorCode, type FieldError, type ImportProblem } from '@reform-quiz/contracts';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCodes));

export function isErrorCode(code: string): code is ErrorCode {
  return KNOWN_CODES.has(code);
}

/** An HTTP error answered by the API (or by a proxy in front of it). */
export class ApiError extends Error {
  readonly status: number;
  /** A contracts ErrorCode, or whatever a newer server sent; see `isErrorCode`. */
  readonly code: string;
  readonly details: FieldError[];
  /** Per-row problems of a refused import (IMPORT_REJECTED). */
  readonly problems: ImportProblem[];
  /** Seconds to wait before retrying, from the Retry-After header. */
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    details?: FieldError[];
    problems?: ImportProblem[];
    retryAfterSeconds?: number | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.problems = init.problems ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

/** The request never got an HTTP answer: offline, DNS, connection reset. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause });
    this.name = 'NetworkError';
  }
}

/** Accepts both forms of Retry-After: delay in seconds, or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

/** A code for answers that do not carry the API's error body (a proxy's 502 page, say). */
function fallbackCode(status: number): ErrorCode {
  if (status === 401) return ErrorCodes.UNAUTHENTICATED;
  if (status === 403) return ErrorCodes.FORBIDDEN;
  if (status === 404) return ErrorCodes.ROUTE_NOT_FOUND;
  if (status === 413) return ErrorCodes.PAYLOAD_TOO_LARGE;
  if (status === 415) return ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
  if (status === 429) return ErrorCodes.RATE_LIMITED;
  if (status === 502 || status === 503 || status === 504) return ErrorCodes.SERVICE_UNAVAILABLE;
  return ErrorCodes.INTERNAL_ERROR;
}

export async function toApiError(response: Response): Promise<ApiError> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: keep the fallback below.
  }
  if (isErrorBody(body)) {
    const details = Array.isArray(body.error.details) ? body.error.details : [];
    const problems = Array.isArray(body.error.problems) ? body.error.problems : [];
    return new ApiError({ status: response.status, code: body.error.code, message: body.error.message, details, problems, retryAfterSeconds });
  }
  return new ApiError({
    status: response.status,
    code: fallbackCode(response.status),
    message: `HTTP ${response.status}`,
    retryAfterSeconds,
  });
}
