import type { FlagKind } from '@reform-quiz/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';

/**
 * A suspicion with its evidence, for the jury to decide. Nothing is
 * disqualified automatically (product rule 6): upholding is a judge's act.
 */
@Entity('integrity_flags')
@Index('UQ_integrity_flags_key', ['key'], { unique: true })
export class IntegrityFlagEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** What makes the flag unique, so scanning twice does not raise it twice. */
  @Column({ type: 'varchar', length: 200 })
  key!: string;

  @Index('IDX_integrity_flags_round_id')
  @Column({ name: 'round_id', type: 'integer' })
  roundId!: number;

  @Column({ type: 'varchar', length: 24 })
  kind!: FlagKind;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'attempt_id', type: 'uuid', nullable: true })
  attemptId!: string | null;

  @Column({ type: 'simple-json' })
  evidence!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 12 })
  status!: 'open' | 'dismissed' | 'upheld';

  /** When upheld: the attempt alone, or the entrant in the whole contest. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  scope!: 'attempt' | 'entrant' | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @EpochMsColumn({ name: 'decided_at', nullable: true })
  decidedAt!: number | null;

  @EpochMsColumn({ name: 'created_at' })
  createdAt!: number;
}
