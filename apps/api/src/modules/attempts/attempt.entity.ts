import type { AttemptStatus, Category } from '@reform-quiz/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';
import { RoundEntity } from '../contests/round.entity';
import type { LiveSessionEntity } from '../live/live-session.entity';
import { UserEntity } from '../users/user.entity';

/**
 * One sitting of a round. The server fixes its questions, option order and
 * deadline at start; every time on it is the server's, in milliseconds.
 */
@Entity('attempts')
@Index('UQ_attempts_round_user_number', ['roundId', 'userId', 'number'], { unique: true })
@Index('IDX_attempts_round_status', ['roundId', 'status'])
@Index('IDX_attempts_status_accept_until', ['status', 'acceptUntil'])
export class AttemptEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'round_id', type: 'integer' })
  roundId!: number;

  @ManyToOne(() => RoundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'FK_attempts_round' })
  round?: RoundEntity;

  @Index('IDX_attempts_user_id')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_attempts_user' })
  user?: UserEntity;

  /** 1 for the entrant's first attempt at this round, 2 for the next… */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: AttemptStatus;

  /** The entrant's block and unit when the attempt started: rankings and unit statistics use these. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  category!: Category | null;

  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId!: number | null;

  @EpochMsColumn({ name: 'started_at' })
  startedAt!: number;

  @EpochMsColumn({ name: 'deadline_at' })
  deadlineAt!: number;

  /** Deadline plus the round's grace: answers after this are refused. */
  @EpochMsColumn({ name: 'accept_until' })
  acceptUntil!: number;

  @EpochMsColumn({ name: 'submitted_at', nullable: true })
  submittedAt!: number | null;

  @EpochMsColumn({ name: 'finalized_at', nullable: true })
  finalizedAt!: number | null;

  @Column({ name: 'question_count', type: 'integer' })
  questionCount!: number;

  @Column({ name: 'max_score', type: 'integer' })
  maxScore!: number;

  /** Hundredths of a point: partial credit makes fractions, and integers compare exactly. */
  @Column({ name: 'score_centi', type: 'integer', nullable: true })
  scoreCenti!: number | null;

  @Column({ name: 'correct_count', type: 'integer', nullable: true })
  correctCount!: number | null;

  @Column({ type: 'boolean', nullable: true })
  perfect!: boolean | null;

  @Column({ name: 'duration_ms', type: 'integer', nullable: true })
  durationMs!: number | null;

  @Column({ type: 'integer', nullable: true })
  prediction!: number | null;

  /** Set when the jury upholds an integrity flag: the attempt no longer counts for the ranking. */
  @Column({ type: 'boolean', default: false })
  disqualified!: boolean;

  /** Where the attempt was taken from, for the integrity checks (never public). */
  @Column({ name: 'client_ip', type: 'varchar', length: 64, nullable: true })
  clientIp!: string | null;

  @Column({ name: 'client_agent', type: 'varchar', length: 300, nullable: true })
  clientAgent!: string | null;

  /** A random id the web app keeps on the device. */
  @Column({ name: 'device_id', type: 'varchar', length: 64, nullable: true })
  deviceId!: string | null;

  @Column({ name: 'focus_losses', type: 'integer', default: 0 })
  focusLosses!: number;

  /** Live rounds: the host-paced session this attempt was played in. */
  @Index('IDX_attempts_live_session_id')
  @Column({ name: 'live_session_id', type: 'uuid', nullable: true })
  liveSessionId!: string | null;

  @ManyToOne('LiveSessionEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'live_session_id', foreignKeyConstraintName: 'FK_attempts_live_session' })
  liveSession?: LiveSessionEntity;
}
