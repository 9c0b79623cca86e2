import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';
import { QuestionEntity } from '../questions/question.entity';
import { AttemptEntity } from './attempt.entity';

/** The latest answer an entrant gave to one question of one attempt (highest client sequence wins). */
@Entity('answers')
export class AnswerEntity {
  @PrimaryColumn({ name: 'attempt_id', type: 'uuid' })
  attemptId!: string;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'FK_answers_attempt' })
  attempt?: AttemptEntity;

  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'FK_answers_question' })
  question?: QuestionEntity;

  @Column({ name: 'option_ids', type: 'simple-json', nullable: true })
  optionIds!: string[] | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ name: 'client_seq', type: 'integer' })
  clientSeq!: number;

  /** Live rounds: milliseconds after the question opened that the answer arrived (server clock). */
  @Column({ name: 'elapsed_ms', type: 'integer', nullable: true })
  elapsedMs!: number | null;

  /** Server time the answer was stored. */
  @EpochMsColumn({ name: 'saved_at' })
  savedAt!: number;
}
