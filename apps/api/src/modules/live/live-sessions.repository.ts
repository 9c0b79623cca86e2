import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { LRUCache } from 'lru-cache';
import { Clock } from '../../common/clock';
import { Broadcast } from '../../common/redis/broadcast';
import { SharedCache } from '../../common/redis/shared-cache';
import { Transactions } from '../../database/transactions';
import { AnswerEntity } from '../attempts/answer.entity';
import { AttemptEntity } from '../attempts/attempt.entity';
import { UnitEntity } from '../units/unit.entity';
import { UserEntity } from '../users/user.entity';
import { LiveSessionEntity } from './live-session.entity';

export interface LivePlayerRow {
  attempt: AttemptEntity;
  fullName: string;
  unitName: string | null;
}

/** A session row is trusted from memory at most this long; every change is forgotten on all processes at once. */
const SESSION_CACHE_MS = 60_000;

@Injectable()
export class LiveSessionsRepository {
  /** Session rows as answers read them: thousands of players answer within seconds, the host changes the row a few times a minute. */
  private readonly cache: SharedCache<LiveSessionEntity>;
  /** The attempt of each joined player (`session/user`): it never changes once made. */
  private readonly attemptIds = new LRUCache<string, string>({ max: 100_000 });

  constructor(
    private readonly tx: Transactions,
    clock: Clock,
    broadcast: Broadcast,
  ) {
    this.cache = new SharedCache(broadcast, tx, 'live-sessions', { max: 1_000, ttl: SESSION_CACHE_MS, now: () => clock.now() });
  }

  private get sessions() {
    return this.tx.manager().getRepository(LiveSessionEntity);
  }

  findById(id: string): Promise<LiveSessionEntity | null> {
    return this.sessions.findOneBy({ id });
  }

  /** The session as last changed, from memory when it can be: for answers, not for the host's changes. */
  findKnown(id: string): Promise<LiveSessionEntity | null> {
    return this.cache.get(id, () => this.findById(id));
  }

  findByCode(code: string): Promise<LiveSessionEntity | null> {
    return this.sessions.findOneBy({ code, endedAt: IsNull() });
  }

  forRound(roundId: number): Promise<LiveSessionEntity[]> {
    return this.sessions.find({ where: { roundId }, order: { createdAt: 'DESC' } });
  }

  async insert(session: LiveSessionEntity): Promise<void> {
    await this.tx.run((em) => em.getRepository(LiveSessionEntity).insert(session));
  }

  async update(id: string, changes: Partial<LiveSessionEntity>): Promise<void> {
    await this.tx.run((em) => em.getRepository(LiveSessionEntity).update({ id }, changes));
    this.cache.forget([id]);
  }

  /** The id of a player's attempt in a session, once they joined. */
  async playerAttemptId(sessionId: string, userId: string): Promise<string | null> {
    const key = `${sessionId}/${userId}`;
    const known = this.attemptIds.get(key);
    if (known) return known;
    const attempt = await this.tx.manager().getRepository(AttemptEntity).findOne({ select: { id: true }, where: { liveSessionId: sessionId, userId } });
    if (attempt) this.attemptIds.set(key, attempt.id);
    return attempt?.id ?? null;
  }

  playerCount(sessionId: string): Promise<number> {
    return this.tx.manager().getRepository(AttemptEntity).countBy({ liveSessionId: sessionId });
  }

  /** Every player of a session with what the standings show of them. */
  async players(sessionId: string): Promise<LivePlayerRow[]> {
    const em = this.tx.manager();
    const attempts = await em.getRepository(AttemptEntity).findBy({ liveSessionId: sessionId });
    if (attempts.length === 0) return [];
    const users = await em.getRepository(UserEntity).find({ select: { id: true, fullName: true }, where: { id: In(attempts.map((a) => a.userId)) } });
    const unitIds = [...new Set(attempts.map((a) => a.unitId).filter((u): u is number => u !== null))];
    const units = unitIds.length ? await em.getRepository(UnitEntity).find({ select: { id: true, name: true }, where: { id: In(unitIds) } }) : [];
    const names = new Map(users.map((u) => [u.id, u.fullName]));
    const unitNames = new Map(units.map((u) => [u.id, u.name]));
    return attempts.map((attempt) => ({ attempt, fullName: names.get(attempt.userId) ?? '', unitName: attempt.unitId === null ? null : (unitNames.get(attempt.unitId) ?? null) }));
  }

  answers(attemptIds: string[]): Promise<AnswerEntity[]> {
    if (attemptIds.length === 0) return Promise.resolve([]);
    return this.tx.manager().getRepository(AnswerEntity).findBy({ attemptId: In(attemptIds) });
  }

  async insertAttempt(attempt: AttemptEntity): Promise<void> {
    await this.tx.run((em) => em.getRepository(AttemptEntity).insert(attempt));
    if (attempt.liveSessionId) this.tx.afterCommit(() => this.attemptIds.set(`${attempt.liveSessionId}/${attempt.userId}`, attempt.id));
  }
}
