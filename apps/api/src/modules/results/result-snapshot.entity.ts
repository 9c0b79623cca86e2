import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';
import type { SnapshotContent } from './snapshot-content';

/**
 * A frozen ranking of a round (or a whole contest) with its prizes. Its hash
 * covers the content, so any change makes a new snapshot that needs approval
 * again; a published one never changes (product rule 7).
 */
@Entity('result_snapshots')
@Index('IDX_result_snapshots_scope', ['contestId', 'roundId'])
export class ResultSnapshotEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'contest_id', type: 'integer' })
  contestId!: number;

  /** null for a contest-wide snapshot. */
  @Column({ name: 'round_id', type: 'integer', nullable: true })
  roundId!: number | null;

  /** pending → approved → published, or superseded by a later publication. */
  @Column({ type: 'varchar', length: 16 })
  status!: 'pending' | 'approved' | 'published' | 'superseded';

  @Column({ type: 'simple-json' })
  content!: SnapshotContent;

  /** SHA-256 of the canonical content. */
  @Column({ type: 'varchar', length: 64 })
  hash!: string;

  @Column({ name: 'previous_id', type: 'uuid', nullable: true })
  previousId!: string | null;

  @Column({ name: 'approvals_required', type: 'integer' })
  approvalsRequired!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @EpochMsColumn({ name: 'created_at' })
  createdAt!: number;

  @EpochMsColumn({ name: 'published_at', nullable: true })
  publishedAt!: number | null;
}
