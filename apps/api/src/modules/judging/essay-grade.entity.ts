import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';

/** One judge's grade of one essay answer. */
@Entity('essay_grades')
@Index('IDX_essay_grades_attempt_question', ['attemptId', 'questionId'])
export class EssayGradeEntity {
  @PrimaryColumn({ name: 'attempt_id', type: 'uuid' })
  attemptId!: string;

  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @PrimaryColumn({ name: 'judge_id', type: 'uuid' })
  judgeId!: string;

  @Column({ name: 'score_centi', type: 'integer' })
  scoreCenti!: number;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @EpochMsColumn({ name: 'graded_at' })
  gradedAt!: number;
}
