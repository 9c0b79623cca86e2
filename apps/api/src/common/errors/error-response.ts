import { HttpException, HttpStatus } from '@nestjs/common';
import { errorCodes } from 'fastify';
import type { ErrorBody, ErrorCode } from '@reform-quiz/contracts';
import { isDatabaseUnavailable } from '../../database/db-errors';
import { AppError } from './app-error';

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * Fastify's own errors that clients cause (body parsing, limits). Nest hands
 * them to the exception filter as plain HttpExceptions carrying Fastify's
 * message, so they are recognised by that message, taken from Fastify itself.
 */
const FASTIFY_ERRORS: [keyof typeof errorCodes, ErrorCode][] = [
  ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 'UNSUPPORTED_MEDIA_TYPE'],
  ['FST_ERR_CTP_INVALID_CONTENT_LENGTH', 'MALFORMED_JSON'],
  ['FST_ERR_CTP_EMPTY_JSON_BODY', 'MALFORMED_JSON'],
  ['FST_ERR_CTP_INVALID_JSON_BODY', 'MALFORMED_JSON'],
  ['FST_ERR_CTP_BODY_TOO_LARGE', 'PAYLOAD_TOO_LARGE'],
];
const FASTIFY_MESSAGES = new Map(FASTIFY_ERRORS.map(([name, code]) => [new errorCodes[name]().message, code]));

/** How long a client is asked to wait before retrying when a dependency is down (the web app's answer queue honours it). */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

/** ioredis refusing a command while Redis is unreachable (after its retries, or with the offline queue off). */
function isRedisUnavailable(error: Error): boolean {
  return error.name === 'MaxRetriesPerRequestError' || /^Connection is closed\.?$|Stream isn't writeable/.test(error.message);
}

/** 503 with Retry-After and the stable code SERVICE_UNAVAILABLE: the client keeps what it sent and tries again. */
export function unavailableResponse(message: string): ErrorResponse {
  return {
    status: HttpStatus.SERVICE_UNAVAILABLE,
    body: toBody('SERVICE_UNAVAILABLE', message),
    headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
  };
}

function toBody(code: ErrorCode, message: string, details?: ErrorBody['error']['details']): ErrorBody {
  return { error: details?.length ? { code, message, details } : { code, message } };
}

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  headers?: Record<string, string>;
}

/** Turns anything thrown (ours, Nest's, Fastify's, a driver's) into the one error shape. */
export function describeError(exception: unknown): ErrorResponse {
  if (exception instanceof AppError) {
    const body = toBody(exception.code, exception.message, exception.details);
    if (exception.problems) body.error.problems = exception.problems;
    return { status: exception.status, body, headers: exception.headers };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = FASTIFY_MESSAGES.get(exception.message) ?? STATUS_CODES[status] ?? (status < 500 ? 'VALIDATION_FAILED' : 'INTERNAL_ERROR');
    return { status, body: toBody(code, exception.message) };
  }
  if (isDatabaseUnavailable(exception)) return unavailableResponse('The database is unavailable; retry shortly');
  if (exception instanceof Error && isRedisUnavailable(exception)) return unavailableResponse('A shared service is unavailable; retry shortly');
  return { status: 500, body: toBody('INTERNAL_ERROR', 'Something went wrong on our side') };
}
