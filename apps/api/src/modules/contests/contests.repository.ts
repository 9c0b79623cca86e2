import { Injectable } from '@nestjs/common';
import type { ContestStatus } from '@reform-quiz/contracts';
import { In } from 'typeorm';
import { Transactions } from '../../database/transactions';
import { AttemptEntity } from '../attempts/attempt.entity';
import { ContestEntity } from './contest.entity';
import { RoundEntity } from './round.entity';

@Injectable()
export class ContestsRepository {
  constructor(private readonly tx: Transactions) {}

  private get contests() {
    return this.tx.manager().getRepository(ContestEntity);
  }

  private get rounds() {
    return this.tx.manager().getRepository(RoundEntity);
  }

  list(statuses: readonly ContestStatus[]): Promise<ContestEntity[]> {
    return this.contests.find({ where: { status: In([...statuses]) }, relations: { rounds: true }, order: { id: 'DESC' } });
  }

  findById(id: number): Promise<ContestEntity | null> {
    return this.contests.findOne({ where: { id }, relations: { rounds: true } });
  }

  findRound(id: number): Promise<(RoundEntity & { contest: ContestEntity }) | null> {
    return this.rounds.findOne({ where: { id }, relations: { contest: true } }) as Promise<(RoundEntity & { contest: ContestEntity }) | null>;
  }

  async hasAttempts(roundId: number): Promise<boolean> {
    return this.tx.manager().getRepository(AttemptEntity).existsBy({ roundId });
  }

  /** Attempts still running when their round is closed early end at the new close (plus the round's grace for answers in flight). */
  async capOpenAttempts(roundId: number, closesAt: number, graceMs: number): Promise<void> {
    await this.tx.run((em) =>
      em
        .createQueryBuilder()
        .update(AttemptEntity)
        .set({ deadlineAt: () => `CASE WHEN deadline_at > :closesAt THEN :closesAt ELSE deadline_at END`, acceptUntil: () => `CASE WHEN accept_until > :acceptUntil THEN :acceptUntil ELSE accept_until END` })
        .where('round_id = :roundId AND status = :status', { roundId, status: 'in_progress', closesAt, acceptUntil: closesAt + graceMs })
        .execute(),
    );
  }

  saveContest(contest: ContestEntity): Promise<ContestEntity> {
    return this.tx.run((em) => em.getRepository(ContestEntity).save({ ...contest, rounds: undefined }));
  }

  saveRound(round: RoundEntity): Promise<RoundEntity> {
    return this.tx.run((em) => em.getRepository(RoundEntity).save({ ...round, contest: undefined }));
  }

  async deleteRound(id: number): Promise<void> {
    await this.tx.run((em) => em.getRepository(RoundEntity).delete({ id }));
  }
}
