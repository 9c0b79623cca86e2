import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';
import { RoundEntity } from '../contests/round.entity';

/**
 * A host-paced game of a live round. Its phase and timing are stored here —
 * the one place every API process reads — so a reloaded host console, a
 * restarted server or a second process all see the same game.
 */
@Entity('live_sessions')
export class LiveSessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('IDX_live_sessions_round_id')
  @Column({ name: 'round_id', type: 'integer' })
  roundId!: number;

  @ManyToOne(() => RoundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'FK_live_sessions_round' })
  round?: RoundEntity;

  /** Short join code players type; unique among sessions. */
  @Index('UQ_live_sessions_code', { unique: true })
  @Column({ type: 'varchar', length: 8 })
  code!: string;

  @Column({ name: 'host_id', type: 'uuid' })
  hostId!: string;

  /** lobby, question, reveal, podium, ended ('closed' is derived from the clock). */
  @Column({ type: 'varchar', length: 16 })
  phase!: string;

  /** The questions of the game in order, drawn once by the round's blueprint. */
  @Column({ name: 'question_ids', type: 'simple-json' })
  questionIds!: string[];

  @Column({ name: 'current_index', type: 'integer' })
  currentIndex!: number;

  @EpochMsColumn({ name: 'opened_at', nullable: true })
  openedAt!: number | null;

  @EpochMsColumn({ name: 'closes_at', nullable: true })
  closesAt!: number | null;

  @EpochMsColumn({ name: 'created_at' })
  createdAt!: number;

  @EpochMsColumn({ name: 'ended_at', nullable: true })
  endedAt!: number | null;
}
