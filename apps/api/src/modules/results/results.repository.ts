import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { Transactions } from '../../database/transactions';
import { UserEntity } from '../users/user.entity';
import { ResultSnapshotEntity } from './result-snapshot.entity';
import { SnapshotApprovalEntity } from './snapshot-approval.entity';

@Injectable()
export class ResultsRepository {
  constructor(private readonly tx: Transactions) {}

  private get snapshots() {
    return this.tx.manager().getRepository(ResultSnapshotEntity);
  }

  findById(id: string): Promise<ResultSnapshotEntity | null> {
    return this.snapshots.findOneBy({ id });
  }

  /** Snapshots of one scope (a round, or the contest as a whole when roundId is null), newest first. */
  forScope(contestId: number, roundId: number | null): Promise<ResultSnapshotEntity[]> {
    return this.snapshots.find({ where: { contestId, roundId: roundId === null ? IsNull() : roundId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  forContest(contestId: number): Promise<ResultSnapshotEntity[]> {
    return this.snapshots.find({ where: { contestId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  published(contestId: number, roundId: number | null): Promise<ResultSnapshotEntity | null> {
    return this.snapshots.findOneBy({ contestId, roundId: roundId === null ? IsNull() : roundId, status: 'published' });
  }

  async approvals(snapshotId: string): Promise<(SnapshotApprovalEntity & { judge: UserEntity | null })[]> {
    const rows = await this.tx
      .manager()
      .getRepository(SnapshotApprovalEntity)
      .find({ where: { snapshotId }, order: { approvedAt: 'ASC' } });
    const judges = rows.length
      ? await this.tx
          .manager()
          .getRepository(UserEntity)
          .find({ select: { id: true, fullName: true }, where: { id: In(rows.map((r) => r.judgeId)) } })
      : [];
    return rows.map((r) => Object.assign(r, { judge: judges.find((j) => j.id === r.judgeId) ?? null }));
  }

  async insert(snapshot: ResultSnapshotEntity): Promise<void> {
    await this.tx.run((em) => em.getRepository(ResultSnapshotEntity).insert(snapshot));
  }

  async update(id: string, changes: Partial<ResultSnapshotEntity>): Promise<void> {
    await this.tx.run((em) => em.getRepository(ResultSnapshotEntity).update({ id }, changes));
  }

  async approve(approval: SnapshotApprovalEntity): Promise<void> {
    await this.tx.run((em) => em.getRepository(SnapshotApprovalEntity).insert(approval));
  }
}
