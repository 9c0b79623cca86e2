import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';

/** One judge's approval of one snapshot. */
@Entity('snapshot_approvals')
export class SnapshotApprovalEntity {
  @PrimaryColumn({ name: 'snapshot_id', type: 'uuid' })
  snapshotId!: string;

  @PrimaryColumn({ name: 'judge_id', type: 'uuid' })
  judgeId!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @EpochMsColumn({ name: 'approved_at' })
  approvedAt!: number;
}
