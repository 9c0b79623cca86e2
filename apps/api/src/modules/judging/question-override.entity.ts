import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';

/**
 * A judge's decision about one question of a round after an appeal: void it
 * (removed from everyone's score, or credited to everyone) or correct its key.
 * The question version itself never changes; scoring applies the override.
 */
@Entity('question_overrides')
export class QuestionOverrideEntity {
  @PrimaryColumn({ name: 'round_id', type: 'integer' })
  roundId!: number;

  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @Column({ type: 'varchar', length: 16 })
  action!: 'void_remove' | 'void_credit' | 'rekey';

  @Column({ name: 'correct_option_ids', type: 'simple-json', nullable: true })
  correctOptionIds!: string[] | null;

  @Column({ name: 'accepted_answers', type: 'simple-json', nullable: true })
  acceptedAnswers!: string[] | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy!: string;

  @EpochMsColumn({ name: 'decided_at' })
  decidedAt!: number;
}
