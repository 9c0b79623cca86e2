import type { BlueprintCell, CountedAttempt, LeaderboardVisibility, PredictionKind, RoundMode } from '@reform-quiz/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';
import { QuestionBankEntity } from '../questions/question-bank.entity';
import type { ContestEntity } from './contest.entity';

@Entity('rounds')
export class RoundEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('IDX_rounds_contest_id')
  @Column({ name: 'contest_id', type: 'integer' })
  contestId!: number;

  @ManyToOne('ContestEntity', 'rounds', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id', foreignKeyConstraintName: 'FK_rounds_contest' })
  contest?: ContestEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  mode!: RoundMode;

  @Column({ name: 'bank_id', type: 'integer' })
  bankId!: number;

  @ManyToOne(() => QuestionBankEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bank_id', foreignKeyConstraintName: 'FK_rounds_bank' })
  bank?: QuestionBankEntity;

  @EpochMsColumn({ name: 'opens_at' })
  opensAt!: number;

  @EpochMsColumn({ name: 'closes_at' })
  closesAt!: number;

  @Column({ name: 'time_limit_seconds', type: 'integer' })
  timeLimitSeconds!: number;

  @Column({ name: 'question_count', type: 'integer' })
  questionCount!: number;

  @Column({ type: 'simple-json' })
  blueprint!: BlueprintCell[];

  /** null: unlimited. */
  @Column({ name: 'attempts_allowed', type: 'integer', nullable: true })
  attemptsAllowed!: number | null;

  @Column({ name: 'counted_attempt', type: 'varchar', length: 8 })
  countedAttempt!: CountedAttempt;

  @Column({ name: 'shuffle_questions', type: 'boolean' })
  shuffleQuestions!: boolean;

  @Column({ name: 'shuffle_options', type: 'boolean' })
  shuffleOptions!: boolean;

  @Column({ name: 'partial_credit', type: 'boolean' })
  partialCredit!: boolean;

  @Column({ name: 'prediction_kind', type: 'varchar', length: 16, nullable: true })
  predictionKind!: PredictionKind | null;

  @Column({ name: 'prediction_prompt', type: 'text', nullable: true })
  predictionPrompt!: string | null;

  @Column({ name: 'leaderboard_visibility', type: 'varchar', length: 8 })
  leaderboardVisibility!: LeaderboardVisibility;

  @Column({ name: 'freeze_minutes', type: 'integer' })
  freezeMinutes!: number;

  @Column({ type: 'boolean' })
  practice!: boolean;

  @Column({ name: 'grace_seconds', type: 'integer' })
  graceSeconds!: number;

  /** Live rounds: how long each question stays open. */
  @Column({ name: 'question_seconds', type: 'integer', default: 20 })
  questionSeconds!: number;

  /** Live rounds: faster right answers earn more. */
  @Column({ name: 'speed_scoring', type: 'boolean', default: true })
  speedScoring!: boolean;

  @Column({ name: 'essay_judges', type: 'integer', default: 1 })
  essayJudges!: number;

  @Column({ name: 'essay_margin_centi', type: 'integer', default: 100 })
  essayMarginCenti!: number;

  @Column({ name: 'appeal_days', type: 'integer', default: 3 })
  appealDays!: number;

  @EpochMsColumn({ name: 'created_at' })
  createdAt!: number;

  @EpochMsColumn({ name: 'updated_at' })
  updatedAt!: number;
}
