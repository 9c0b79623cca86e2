import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/auth/access.decorator';
import { CallerResolver } from '../../common/auth/caller-resolver';
import { Clock } from '../../common/clock';
import { SessionsRepository } from '../users/sessions.repository';
import { accountDisabled, sessionRevoked } from './auth.errors';
import { TokensService } from './tokens.service';

/**
 * Checks the token's signature, then that its session is still open and its
 * account active, so revocation, deactivation and role changes apply at once
 * rather than when the token expires.
 */
@Injectable()
export class SessionCallerResolver extends CallerResolver {
  constructor(
    private readonly tokens: TokensService,
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
  ) {
    super();
  }

  async resolve(accessToken: string): Promise<Caller> {
    const claims = this.tokens.verifyAccessToken(accessToken);
    const session = await this.sessions.findAccess(claims.sid);
    if (!session || session.userId !== claims.sub || session.revokedAt !== null || session.expiresAt <= this.clock.now()) {
      throw sessionRevoked();
    }
    if (session.userStatus !== 'active') throw accountDisabled();
    return { userId: session.userId, sessionId: session.sessionId, role: session.role };
  }
}
