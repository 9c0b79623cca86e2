import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';

/** Khiếu nại: an entrant's objection to a question of a closed round, and the jury's answer. */
@Entity('appeals')
@Index('IDX_appeals_round_id', ['roundId'])
export class AppealEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'round_id', type: 'integer' })
  roundId!: number;

  @Column({ name: 'attempt_id', type: 'uuid' })
  attemptId!: string;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: 'open' | 'answered';

  @Column({ type: 'varchar', length: 16, nullable: true })
  decision!: 'rejected' | 'void_remove' | 'void_credit' | 'rekey' | null;

  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @EpochMsColumn({ name: 'created_at' })
  createdAt!: number;

  @EpochMsColumn({ name: 'decided_at', nullable: true })
  decidedAt!: number | null;
}
