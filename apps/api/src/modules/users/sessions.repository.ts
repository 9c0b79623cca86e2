import { Injectable } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';
import { Transactions } from '../../database/transactions';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

type SessionWithUser = SessionEntity & { user: UserEntity };

@Injectable()
export class SessionsRepository {
  constructor(private readonly tx: Transactions) {}

  private get sessions() {
    return this.tx.manager().getRepository(SessionEntity);
  }

  async insert(session: SessionEntity): Promise<void> {
    await this.tx.run((em) => em.getRepository(SessionEntity).insert(session));
  }

  /** The session with its user: what every authenticated request checks. */
  findWithUser(id: string): Promise<SessionWithUser | null> {
    return this.sessions.findOne({ where: { id }, relations: { user: true } }) as Promise<SessionWithUser | null>;
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
    return (result.affected ?? 0) === 1;
  }

  async revoke(id: string, reason: string, now: number): Promise<void> {
    await this.tx.run((em) => em.getRepository(SessionEntity).update({ id, revokedAt: IsNull() }, { revokedAt: now, revokeReason: reason }));
  }

  /** Ends every open session of an account, but `exceptSessionId` when given. */
  async revokeAllForUser(userId: string, reason: string, now: number, exceptSessionId?: string): Promise<number> {
    const result = await this.tx.run((em) =>
      em.getRepository(SessionEntity).update({ userId, revokedAt: IsNull(), ...(exceptSessionId && { id: Not(exceptSessionId) }) }, { revokedAt: now, revokeReason: reason }),
    );
    return result.affected ?? 0;
  }
}
