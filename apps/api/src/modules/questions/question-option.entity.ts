import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { QuestionEntity } from './question.entity';

@Entity('question_options')
export class QuestionOptionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('IDX_question_options_question_id')
  @Column({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @ManyToOne('QuestionEntity', 'options', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'FK_question_options_question' })
  question?: QuestionEntity;

  /** Order as authored; rounds may shuffle it per attempt. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'is_correct', type: 'boolean' })
  isCorrect!: boolean;
}
