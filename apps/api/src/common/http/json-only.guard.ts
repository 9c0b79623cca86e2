import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';

const MULTIPART = 'multipart/form-data';
/** Where `@ApiConsumes()` keeps its list (@nestjs/swagger's API_CONSUMES, not exported by the package). */
const API_CONSUMES = 'swagger/apiConsumes';

/** What busboy throws for a multipart body that is cut short or framed wrongly. */
const BROKEN_MULTIPART = /^(Multipart: Boundary not found|Unexpected end of multipart data|.* terminated early due to unexpected end of multipart data|The needle cannot)/;

/**
 * The API speaks JSON. A body sent as a form (urlencoded or multipart) is
 * refused with 415 unless the route declares it takes uploads
 * (`@ApiConsumes('multipart/form-data')`): an HTML form on another site can
 * send those without the browser asking first, JSON it cannot. A guard, not
 * an interceptor: with no interceptor Nest skips its per-request RxJS and
 * async-resource plumbing (about 8% of an answer save's CPU).
 */
@Injectable()
export class JsonOnly implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const type = String(request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const form = type === 'application/x-www-form-urlencoded' || type === MULTIPART;
    if (!form) return true;
    const consumes = [
      ...((Reflect.getMetadata(API_CONSUMES, context.getHandler()) as string[] | undefined) ?? []),
      ...((Reflect.getMetadata(API_CONSUMES, context.getClass()) as string[] | undefined) ?? []),
    ];
    if (!consumes.includes(type)) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
    return true;
  }
}

/** The multipart reader's own refusals (limits passed, framing broken) as 4xx answers in the error shape, instead of 500s; null for anything else. */
export function uploadRefusal(thrown: unknown): AppError | null {
  // Duck-typed, not `instanceof Error`: Node's stream errors may come from another realm (a test sandbox).
  if (thrown === null || typeof thrown !== 'object' || typeof (thrown as Error).message !== 'string') return null;
  const error = thrown as Error & { code?: string; statusCode?: number };
  const { code, statusCode } = error;
  if (error.name === 'FastifyError' && typeof code === 'string' && statusCode && statusCode >= 400 && statusCode < 500) {
    if (statusCode === 413) return new AppError(413, 'PAYLOAD_TOO_LARGE', `The upload passes a limit (${error.message})`);
    if (statusCode === 406 || statusCode === 415) return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', error.message);
    return new AppError(400, 'MALFORMED_REQUEST', `The upload cannot be read (${error.message})`);
  }
  // A body that ends before its closing boundary: busboy's words, or the stream's when the file part is cut.
  if (BROKEN_MULTIPART.test(error.message) || code === 'ERR_STREAM_PREMATURE_CLOSE') return new AppError(400, 'MALFORMED_REQUEST', `The upload cannot be read (${error.message})`);
  return null;
}
