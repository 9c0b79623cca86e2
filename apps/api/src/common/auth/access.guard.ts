import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AppError, forbidden, unauthenticated } from '../errors/app-error';
import { ACCESS_POLICY, AccessPolicy, type Caller, RequestWithCaller } from './access.decorator';
import { CallerResolver } from './caller-resolver';

/**
 * What a declared access policy says to a caller: null to let them through,
 * or the refusal. Deny by default: no declared policy is a refusal for
 * everyone. HTTP routes (AccessGuard) and socket events (LiveGateway) both
 * judge by it.
 */
export function accessRefusal(policy: AccessPolicy | undefined, caller: Caller | undefined): AppError | null {
  if (!policy) return new AppError(403, 'ROUTE_POLICY_MISSING', 'This route declares no access policy and is closed');
  if (policy.kind === 'public') return null;
  if (!caller) return unauthenticated();
  if (policy.kind === 'roles' && !policy.roles.includes(caller.role)) return forbidden();
  return null;
}

/**
 * The global guard. Deny by default: a route without a declared policy is
 * refused for everyone, so a forgotten decorator can never open a route.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly callers: CallerResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    if (!policy) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} declares no access policy`);
      throw accessRefusal(policy, undefined);
    }
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithCaller>();
    const token = bearerToken(request);

    if (policy.kind === 'public') {
      // A stale or bad token on a public route is ignored rather than refused.
      request.caller = token ? await this.callers.resolve(token).catch(() => undefined) : undefined;
      return true;
    }
    const caller = token ? await this.callers.resolve(token) : undefined;
    request.caller = caller;
    const refusal = accessRefusal(policy, caller);
    if (refusal) throw refusal;
    return true;
  }
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : null;
}
