import { Injectable } from '@nestjs/common';
import type { Role, UserStatus } from '@reform-quiz/contracts';
import { LRUCache } from 'lru-cache';
import { IsNull, Not } from 'typeorm';
import { Clock } from '../../common/clock';
import { Broadcast } from '../../common/redis/broadcast';
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
 * once (after the commit, through Broadcast); this bounds the rare case of a
 * lost message. While messages cannot arrive, nothing is taken from the cache.
 */
export const SESSION_CACHE_MS = 60_000;
const TOPIC = 'sessions';
const SESSION_CACHE_SIZE = 100_000;

@Injectable()
export class SessionsRepository {
  /** Recently read sessions, by id, and the ids read per account (to forget an account's sessions at once). */
  private readonly cache: LRUCache<string, SessionAccess>;
  private readonly byUser = new Map<string, Set<string>>();
  /** Counts forget messages: a read that a forget overtook is not cached (it may hold what was just revoked). */
  private forgets = 0;

  constructor(
    private readonly tx: Transactions,
    private readonly clock: Clock,
    private readonly broadcast: Broadcast,
  ) {
    this.cache = new LRUCache<string, SessionAccess>({
      max: SESSION_CACHE_SIZE,
      ttl: SESSION_CACHE_MS,
      perf: { now: () => this.clock.now() },
      dispose: (session, id) => {
        const ids = this.byUser.get(session.userId);
        ids?.delete(id);
        if (ids?.size === 0) this.byUser.delete(session.userId);
      },
    });
    broadcast.on(
      TOPIC,
      (message) => {
        this.forgets++;
        const [kind, id] = message.split(':');
        const ids = kind === 'user' ? [...(this.byUser.get(id) ?? [])] : [id];
        for (const sessionId of ids) this.cache.delete(sessionId);
      },
      () => {
        this.forgets++;
        this.cache.clear();
      },
    );
  }

  private get sessions() {
    return this.tx.manager().getRepository(SessionEntity);
  }

  async insert(session: SessionEntity): Promise<void> {
    await this.tx.run((em) => em.getRepository(SessionEntity).insert(session));
  }

  /** The session with what its account may do: what every authenticated request checks, kept in memory while unchanged (SESSION_CACHE_MS). */
  async findAccess(id: string): Promise<SessionAccess | null> {
    const trusted = this.broadcast.listening;
    const generation = this.forgets;
    const cached = trusted ? this.cache.get(id) : undefined;
    if (cached) return cached;
    const found = await this.sessions.findOne({ where: { id }, relations: { user: true } });
    const user = (found as SessionWithUser | null)?.user;
    if (!found || !user) return null;
    const access: SessionAccess = { sessionId: found.id, userId: found.userId, role: user.role, userStatus: user.status, revokedAt: found.revokedAt, expiresAt: found.expiresAt };
    if (trusted && generation === this.forgets) {
      this.cache.set(id, access);
      this.byUser.set(access.userId, (this.byUser.get(access.userId) ?? new Set()).add(id));
    }
    return access;
  }

  /** After the transaction commits, every process reads this account's sessions from the database again (its role or status changed). */
  forgetUser(userId: string): void {
    this.tx.afterCommit(() => this.broadcast.publish(TOPIC, `user:${userId}`));
  }

  /** After the transaction commits, every process reads this session from the database again. */
  private forget(id: string): void {
    this.tx.afterCommit(() => this.broadcast.publish(TOPIC, `session:${id}`));
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
    this.forget(id);
    return (result.affected ?? 0) === 1;
  }

  async revoke(id: string, reason: string, now: number): Promise<void> {
    await this.tx.run((em) => em.getRepository(SessionEntity).update({ id, revokedAt: IsNull() }, { revokedAt: now, revokeReason: reason }));
    this.forget(id);
  }

  /** Ends every open session of an account, but `exceptSessionId` when given. */
  async revokeAllForUser(userId: string, reason: string, now: number, exceptSessionId?: string): Promise<number> {
    const result = await this.tx.run((em) =>
      em.getRepository(SessionEntity).update({ userId, revokedAt: IsNull(), ...(exceptSessionId && { id: Not(exceptSessionId) }) }, { revokedAt: now, revokeReason: reason }),
    );
    this.forgetUser(userId);
    return result.affected ?? 0;
  }
}
