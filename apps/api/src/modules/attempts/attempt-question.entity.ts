import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { QuestionEntity } from '../questions/question.entity';
import { AttemptEntity } from './attempt.entity';

/** A question drawn for an attempt: the version the entrant saw and the option order they saw it in. */
@Entity('attempt_questions')
export class AttemptQuestionEntity {
  @PrimaryColumn({ name: 'attempt_id', type: 'uuid' })
  attemptId!: string;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'FK_attempt_questions_attempt' })
  attempt?: AttemptEntity;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'FK_attempt_questions_question' })
  question?: QuestionEntity;

  /** Option ids in the order shown. */
  @Column({ name: 'option_order', type: 'simple-json' })
  optionOrder!: string[];
}
