import type { ErrorCode, FieldError, ImportProblem } from '@reform-quiz/contracts';

/**
 * A refusal the client can act on: an HTTP status, a stable code from
 * `@reform-quiz/contracts`, and a developer-facing message. Modules build them
 * through small factories in their `*.errors.ts`.
 */
export class AppError extends Error {
  /** Per-row problems, for refusals of whole files (imports). */
  readonly problems?: ImportProblem[];

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
    /** Extra response headers, e.g. Retry-After. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const validationFailed = (details: FieldError[]) =>
  new AppError(400, 'VALIDATION_FAILED', 'The request has invalid fields', details);

export const forbidden = (message = 'You may not do this') => new AppError(403, 'FORBIDDEN', message);

export const unauthenticated = (message = 'Sign in first') => new AppError(401, 'UNAUTHENTICATED', message);

export const tooManyRequests = (code: 'TOO_MANY_ATTEMPTS' | 'RATE_LIMITED', retryAfterSeconds: number) =>
  new AppError(429, code, `Too many requests; retry in ${retryAfterSeconds} s`, undefined, {
    'Retry-After': String(retryAfterSeconds),
  });
