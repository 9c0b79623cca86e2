import type { ImportProblem } from './questions';

/**
 * Every error the API returns has this one shape. `code` is stable and is what
 * clients branch on and translate; `message` is an English hint for developers.
 */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** Per-field problems of a rejected request body or query. */
    details?: FieldError[];
    /** Per-row problems of a rejected import (IMPORT_REJECTED). */
    problems?: ImportProblem[];
  };
}

export interface FieldError {
  /** Dotted path of the offending field, e.g. `address.district`. */
  field: string;
  code: FieldErrorCode;
  message: string;
}

export const ErrorCodes = {
  // request shape
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  MALFORMED_JSON: 'MALFORMED_JSON',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  ROUTE_NOT_FOUND: 'ROUTE_NOT_FOUND',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  // who may call
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  SESSION_REVOKED: 'SESSION_REVOKED',
  FORBIDDEN: 'FORBIDDEN',
  ROUTE_POLICY_MISSING: 'ROUTE_POLICY_MISSING',
  // auth
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  REFRESH_TOKEN_INVALID: 'REFRESH_TOKEN_INVALID',
  REFRESH_TOKEN_REUSED: 'REFRESH_TOKEN_REUSED',
  PHONE_TAKEN: 'PHONE_TAKEN',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  NATIONAL_ID_TAKEN: 'NATIONAL_ID_TAKEN',
  WRONG_PASSWORD: 'WRONG_PASSWORD',
  // users
  USER_NOT_FOUND: 'USER_NOT_FOUND',
  CANNOT_CHANGE_OWN_ACCOUNT: 'CANNOT_CHANGE_OWN_ACCOUNT',
  // units
  UNIT_NOT_FOUND: 'UNIT_NOT_FOUND',
  UNIT_CODE_TAKEN: 'UNIT_CODE_TAKEN',
  UNIT_PARENT_INVALID: 'UNIT_PARENT_INVALID',
  UNIT_HAS_CHILDREN: 'UNIT_HAS_CHILDREN',
  UNIT_IN_USE: 'UNIT_IN_USE',
  // question bank
  QUESTION_NOT_FOUND: 'QUESTION_NOT_FOUND',
  QUESTION_BANK_NOT_FOUND: 'QUESTION_BANK_NOT_FOUND',
  QUESTION_BANK_NAME_TAKEN: 'QUESTION_BANK_NAME_TAKEN',
  /** The lifecycle does not allow this step from the question's current status. */
  QUESTION_STATUS_CONFLICT: 'QUESTION_STATUS_CONFLICT',
  /** Authors may not approve their own questions. */
  QUESTION_SELF_REVIEW: 'QUESTION_SELF_REVIEW',
  /** A later version exists; edit that one. */
  QUESTION_NOT_LATEST: 'QUESTION_NOT_LATEST',
  /** An import commit found problems; nothing was imported. `problems` lists them. */
  IMPORT_REJECTED: 'IMPORT_REJECTED',
  /** A multipart upload without its `file` field. */
  FILE_REQUIRED: 'FILE_REQUIRED',
  // contests, rounds, attempts
  CONTEST_NOT_FOUND: 'CONTEST_NOT_FOUND',
  ROUND_NOT_FOUND: 'ROUND_NOT_FOUND',
  /** Publishing refused: `details` say what cannot work. */
  CONTEST_NOT_PUBLISHABLE: 'CONTEST_NOT_PUBLISHABLE',
  CONTEST_STATUS_CONFLICT: 'CONTEST_STATUS_CONFLICT',
  /** The round has started: its rules can no longer change. */
  ROUND_LOCKED: 'ROUND_LOCKED',
  ROUND_NOT_OPEN: 'ROUND_NOT_OPEN',
  ROUND_CLOSED: 'ROUND_CLOSED',
  NOT_ELIGIBLE: 'NOT_ELIGIBLE',
  NO_ATTEMPTS_LEFT: 'NO_ATTEMPTS_LEFT',
  ATTEMPT_NOT_FOUND: 'ATTEMPT_NOT_FOUND',
  /** Past deadline + grace: the answer does not count. */
  ATTEMPT_EXPIRED: 'ATTEMPT_EXPIRED',
  /** Already submitted: nothing more can change. */
  ATTEMPT_FINISHED: 'ATTEMPT_FINISHED',
  QUESTION_NOT_IN_ATTEMPT: 'QUESTION_NOT_IN_ATTEMPT',
  ANSWER_INVALID: 'ANSWER_INVALID',
  // live sessions
  LIVE_SESSION_NOT_FOUND: 'LIVE_SESSION_NOT_FOUND',
  /** The host asked for a step the session's phase does not allow (e.g. reveal while a question is open). */
  LIVE_PHASE_CONFLICT: 'LIVE_PHASE_CONFLICT',
  /** Live sessions are for rounds in live mode. */
  ROUND_NOT_LIVE: 'ROUND_NOT_LIVE',
  // judging and results
  ROUND_NOT_CLOSED: 'ROUND_NOT_CLOSED',
  SNAPSHOT_NOT_FOUND: 'SNAPSHOT_NOT_FOUND',
  SNAPSHOT_STATUS_CONFLICT: 'SNAPSHOT_STATUS_CONFLICT',
  /** A judge approves a snapshot once. */
  SNAPSHOT_ALREADY_APPROVED: 'SNAPSHOT_ALREADY_APPROVED',
  RESULTS_NOT_PUBLISHED: 'RESULTS_NOT_PUBLISHED',
  CERTIFICATE_NOT_FOUND: 'CERTIFICATE_NOT_FOUND',
  ESSAY_NOT_FOUND: 'ESSAY_NOT_FOUND',
  /** The essay already has the grades it needs, or this judge already graded it. */
  ESSAY_GRADE_CONFLICT: 'ESSAY_GRADE_CONFLICT',
  FLAG_NOT_FOUND: 'FLAG_NOT_FOUND',
  FLAG_ALREADY_DECIDED: 'FLAG_ALREADY_DECIDED',
  APPEAL_NOT_FOUND: 'APPEAL_NOT_FOUND',
  APPEAL_WINDOW_CLOSED: 'APPEAL_WINDOW_CLOSED',
  APPEAL_ALREADY_DECIDED: 'APPEAL_ALREADY_DECIDED',
  NOT_A_PARTICIPANT: 'NOT_A_PARTICIPANT',
  // platform
  RATE_LIMITED: 'RATE_LIMITED',
  /** Too many accounts registered from one network address recently; `Retry-After` says when to try again. */
  TOO_MANY_REGISTRATIONS: 'TOO_MANY_REGISTRATIONS',
  /** A URL, form or upload that cannot be read: bad percent-encoding, a path segment too long, multipart cut short. */
  MALFORMED_REQUEST: 'MALFORMED_REQUEST',
  /** A cookie-authenticated call from a page of another origin (or not sent as JSON): refused as cross-site request forgery. */
  CSRF_REJECTED: 'CSRF_REJECTED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** Codes of single-field problems, shared by the API's validation and the web forms. */
export const FieldErrorCodes = {
  REQUIRED: 'REQUIRED',
  UNKNOWN_FIELD: 'UNKNOWN_FIELD',
  INVALID_TYPE: 'INVALID_TYPE',
  INVALID_VALUE: 'INVALID_VALUE',
  TOO_SHORT: 'TOO_SHORT',
  TOO_LONG: 'TOO_LONG',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  PHONE_INVALID: 'PHONE_INVALID',
  EMAIL_INVALID: 'EMAIL_INVALID',
  NATIONAL_ID_INVALID: 'NATIONAL_ID_INVALID',
  NATIONAL_ID_BIRTH_YEAR_MISMATCH: 'NATIONAL_ID_BIRTH_YEAR_MISMATCH',
  DATE_INVALID: 'DATE_INVALID',
  TOO_YOUNG: 'TOO_YOUNG',
  PASSWORD_TOO_SHORT: 'PASSWORD_TOO_SHORT',
  PASSWORD_TOO_LONG: 'PASSWORD_TOO_LONG',
  PASSWORD_TOO_COMMON: 'PASSWORD_TOO_COMMON',
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  // questions
  OPTIONS_COUNT: 'OPTIONS_COUNT',
  OPTION_EMPTY: 'OPTION_EMPTY',
  OPTIONS_DUPLICATE: 'OPTIONS_DUPLICATE',
  CORRECT_COUNT: 'CORRECT_COUNT',
  TRUE_FALSE_OPTIONS: 'TRUE_FALSE_OPTIONS',
  ACCEPTED_ANSWERS_REQUIRED: 'ACCEPTED_ANSWERS_REQUIRED',
  UNEXPECTED_OPTIONS: 'UNEXPECTED_OPTIONS',
  POINTS_RANGE: 'POINTS_RANGE',
  SOURCE_REQUIRED: 'SOURCE_REQUIRED',
  // contest configuration (publishing)
  WINDOW_INVALID: 'WINDOW_INVALID',
  TIME_LIMIT_INVALID: 'TIME_LIMIT_INVALID',
  BLUEPRINT_SUM: 'BLUEPRINT_SUM',
  BLUEPRINT_SHORT: 'BLUEPRINT_SHORT',
  BLUEPRINT_DUPLICATE_CELL: 'BLUEPRINT_DUPLICATE_CELL',
  NO_ROUNDS: 'NO_ROUNDS',
  NO_CATEGORIES: 'NO_CATEGORIES',
  TIE_BREAKS_INVALID: 'TIE_BREAKS_INVALID',
  PREDICTION_UNUSED: 'PREDICTION_UNUSED',
} as const;

export type FieldErrorCode = (typeof FieldErrorCodes)[keyof typeof FieldErrorCodes];
