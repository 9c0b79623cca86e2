import type { Caller } from './access.decorator';

/**
 * Turns a bearer token into the caller it stands for, or throws an AppError
 * (UNAUTHENTICATED, TOKEN_EXPIRED, SESSION_REVOKED, ACCOUNT_DISABLED). The auth
 * module provides the implementation; the guard only knows this contract.
 */
export abstract class CallerResolver {
  abstract resolve(accessToken: string): Promise<Caller>;
}
