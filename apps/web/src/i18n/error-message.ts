import { FieldErrorCodes, type FieldErrorCode } from '@reform-quiz/contracts';
import { MIN_ENTRANT_AGE, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@reform-quiz/domain';
import type { TFunction } from 'i18next';
import { ApiError, NetworkError, isErrorCode } from '../lib/api-error';
import { vi } from './vi';

/** Problems only the web form knows about (the API never compares two password fields). */
export type ClientFieldErrorCode = keyof typeof vi.clientFieldErrors;

/** What a form field error's `message` holds: a code, translated at render time so a language switch re-renders it. */
export type FieldProblem = FieldErrorCode | ClientFieldErrorCode | string;

const FIELD_CODES = new Set<string>(Object.values(FieldErrorCodes));

function isFieldErrorCode(code: string): code is FieldErrorCode {
  return FIELD_CODES.has(code);
}

function isClientFieldErrorCode(code: string): code is ClientFieldErrorCode {
  return Object.prototype.hasOwnProperty.call(vi.clientFieldErrors, code);
}

const LIMITS = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH, minAge: MIN_ENTRANT_AGE };

/** Message for a field problem: a FieldErrorCode, an ErrorCode shown on a field (PHONE_TAKEN) or a client code. */
export function fieldProblemMessage(t: TFunction, code: FieldProblem): string {
  if (isFieldErrorCode(code)) return t(`fieldErrors.${code}`, LIMITS);
  if (isClientFieldErrorCode(code)) return t(`clientFieldErrors.${code}`);
  if (isErrorCode(code)) return t(`errors.${code}`);
  return t('fieldErrors.INVALID_VALUE');
}

/** Message for any error thrown by a request. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof NetworkError) return t('clientErrors.NETWORK');
  if (error instanceof ApiError) {
    return isErrorCode(error.code) ? t(`errors.${error.code}`) : t('clientErrors.UNKNOWN', { code: error.code });
  }
  return t('clientErrors.UNKNOWN', { code: error instanceof Error ? error.name : 'unknown' });
}

/** "45 giây" / "5 phút": a Retry-After delay in words. */
export function waitDuration(t: TFunction, seconds: number): string {
  return seconds < 90 ? t('time.seconds', { value: seconds }) : t('time.minutes', { value: Math.ceil(seconds / 60) });
}
