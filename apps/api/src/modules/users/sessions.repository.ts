import { Injectable } from '@nestjs/common';
import type { Role, UserStatus } from '@reform-quiz/contracts';
import { IsNull, Not } from 'typeorm';
import { Clock } from '../../common/clock';
import { Broadcast } from '../../common/redis/broadcast';
import { SharedCache } from '../../common/redis/shared-cache';
import { Transactions } from '../../database/transactions';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

type SessionWithUser = SessionEntity & { user: UserEntity };

/** What every authenticated request needs to know of its session. */
export interface SessionAccess {
  sessionId: string;
  userId: string;
  role: Role;
  userStatus: UserStatus;
  revokedAt: number | null;
  expiresAt: number;
}

/**
 * How long a session read for a request is trusted without reading it again.
 * Revoking it or changing its account makes every API process forget it at
 * once (SharedCache); this bounds the rare case of a lost message.
 */
export const SESSION_CACHE_MS = 60_000;

@Injectable()
export class SessionsRepository {
  /** What authenticated requests read of their session, kept in memory. */
  private readonly cache: SharedCache<SessionAccess>;

  constructor(
    private readonly tx: Transactions,
    clock: Clock,
    broadcast: Broadcast,
  ) {
    this.cache = new SharedCache(broadcast, tx, 'sessions', { max: 100_000, ttl: SESSION_CACHE_MS, now: () => clock.now() });
  }

  private get sessions() {
    return this.tx.manager().getRepository(SessionEntity);
  }

  async insert(session: SessionEntity): Promise<void> {
    await this.tx.run((em) => em.getRepository(SessionEntity).insert(session));
  }

  /** The session with what its account may do: what every authenticated request checks, kept in memory while unchanged. */
  findAccess(id: string): Promise<SessionAccess | null> {
    return this.cache.get(id, async () => {
      const found = (await this.sessions.findOne({ where: { id }, relations: { user: true } })) as SessionWithUser | null;
      return found && { sessionId: found.id, userId: found.userId, role: found.user.role, userStatus: found.user.status, revokedAt: found.revokedAt, expiresAt: found.expiresAt };
    });
  }

  /** After the transaction commits, every process reads this account's sessions from the database again (its role or status changed). */
  async forgetUser(userId: string): Promise<void> {
    const open = await this.sessions.find({ select: { id: true }, where: { userId, revokedAt: IsNull() } });
    this.cache.forget(open.map((s) => s.id));
  }

  findByTokenHash(tokenHash: string): Promise<SessionWithUser | null> {
    return this.sessions.findOne({ where: { tokenHash }, relations: { user: true } }) as Promise<SessionWithUser | null>;
  }

  findByPreviousTokenHash(previousTokenHash: string): Promise<SessionEntity | null> {
    return this.sessions.findOneBy({ previousTokenHash });
  }

  /**
   * Swaps the refresh token only if it is still the one presented, so two
   * concurrent refreshes with the same token cannot both succeed.
   */
  async rotate(id: string, fromHash: string, toHash: string, now: number, expiresAt: number): Promise<boolean> {
    const result = await this.tx.run((em) =>
      em.getRepository(SessionEntity).update({ id, tokenHash: fromHash, revokedAt: IsNull() }, { tokenHash: toHash, previousTokenHash: fromHash, rotatedAt: now, expiresAt }),
    );
    this.cache.forget([id]);
    return (result.affected ?? 0) === 1;
  }

  async revoke(id: string, reason: string, now: number): Promise<void> {
    await this.tx.run((em) => em.getRepository(SessionEntity).update({ id, revokedAt: IsNull() }, { revokedAt: now, revokeReason: reason }));
    this.cache.forget([id]);
  }

  /** Ends every open session of an account, but `exceptSessionId` when given. */
  async revokeAllForUser(userId: string, reason: string, now: number, exceptSessionId?: string): Promise<number> {
    await this.forgetUser(userId);
    const result = await this.tx.run((em) =>
      em.getRepository(SessionEntity).update({ userId, revokedAt: IsNull(), ...(exceptSessionId && { id: Not(exceptSessionId) }) }, { revokedAt: now, revokeReason: reason }),
    );
    return result.affected ?? 0;
  }
}
