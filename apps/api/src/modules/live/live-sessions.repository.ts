import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
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

@Injectable()
export class LiveSessionsRepository {
  constructor(private readonly tx: Transactions) {}

  private get sessions() {
    return this.tx.manager().getRepository(LiveSessionEntity);
  }

  findById(id: string): Promise<LiveSessionEntity | null> {
    return this.sessions.findOneBy({ id });
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
  }

  playerAttempt(sessionId: string, userId: string): Promise<AttemptEntity | null> {
    return this.tx.manager().getRepository(AttemptEntity).findOneBy({ liveSessionId: sessionId, userId });
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
  }
}
