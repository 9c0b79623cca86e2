import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Role } from '@reform-quiz/contracts';

/**
 * Who may call a route. Every route must declare one of these; the access
 * guard denies any route that does not.
 */
export type AccessPolicy = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

export const ACCESS_POLICY = 'reform-quiz:access-policy';

/** Anyone, signed in or not. A valid bearer token is still read, so the handler may tailor its answer. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Any signed-in account, whatever its role. */
export const Authenticated = () =>
  applyDecorators(SetMetadata(ACCESS_POLICY, { kind: 'authenticated' } satisfies AccessPolicy), ApiBearerAuth());

/** Signed-in accounts with one of these roles. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy), ApiBearerAuth());

/** The caller, as the access guard established it. */
export interface Caller {
  userId: string;
  sessionId: string;
  role: Role;
}

export interface RequestWithCaller {
  caller?: Caller;
}

/** The signed-in caller; on public routes, undefined for anonymous callers. */
export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller | undefined => {
  return ctx.switchToHttp().getRequest<RequestWithCaller>().caller;
});
