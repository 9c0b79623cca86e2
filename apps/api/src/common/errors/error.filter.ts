import { ArgumentsHost, Catch, ExceptionFilter, Logger, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SpaFallback } from '../http/spa-fallback';
import { describeError } from './error-response';

/**
 * The one exception filter: every error (Nest routes it here, Fastify's body
 * parsing errors included) leaves the API in the shape of `describeError`.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly spa: SpaFallback) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();

    // A route the API does not know: on a browser navigation, the web app decides.
    if (exception instanceof NotFoundException && this.spa.serves(request)) {
      this.spa.send(reply);
      return;
    }
    const { status, body, headers } = describeError(exception);
    if (status >= 500 && status !== 503) this.logger.error(exception instanceof Error ? exception.stack : exception);
    for (const [name, value] of Object.entries(headers ?? {})) void reply.header(name, value);
    void reply.status(status).send(body);
  }
}
