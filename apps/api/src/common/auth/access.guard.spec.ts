import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../errors/app-error';
import { Authenticated, Caller, Public, Roles } from './access.decorator';
import { AccessGuard } from './access.guard';
import { CallerResolver } from './caller-resolver';

class Routes {
  undeclared() {
    return 'undeclared';
  }
  @Public() open() {
    return 'open';
  }
  @Authenticated() signedIn() {
    return 'signedIn';
  }
  @Roles('admin') adminOnly() {
    return 'adminOnly';
  }
}

const participant: Caller = { userId: 'u1', sessionId: 's1', role: 'participant' };
const resolver: CallerResolver = { resolve: async (token: string) => (token === 'good' ? participant : Promise.reject(new AppError(401, 'UNAUTHENTICATED', 'no'))) };
const guard = new AccessGuard(new Reflector(), resolver);

function context(handler: keyof Routes, authorization?: string): ExecutionContext {
  const request = { headers: authorization ? { authorization } : {} };
  return {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

const outcome = (handler: keyof Routes, auth?: string) =>
  guard.canActivate(context(handler, auth)).then(
    () => 'allowed',
    (e: AppError) => `${e.status} ${e.code}`,
  );

describe('AccessGuard', () => {
  it.each([
    ['undeclared', undefined, '403 ROUTE_POLICY_MISSING'],
    ['undeclared', 'Bearer good', '403 ROUTE_POLICY_MISSING'],
    ['open', undefined, 'allowed'],
    ['open', 'Bearer stale', 'allowed'],
    ['signedIn', undefined, '401 UNAUTHENTICATED'],
    ['signedIn', 'Basic abc', '401 UNAUTHENTICATED'],
    ['signedIn', 'Bearer bad', '401 UNAUTHENTICATED'],
    ['signedIn', 'Bearer good', 'allowed'],
    ['adminOnly', 'Bearer good', '403 FORBIDDEN'],
  ] as const)('%s with %s → %s', async (handler, auth, expected) => {
    expect(await outcome(handler, auth)).toBe(expected);
  });
});
