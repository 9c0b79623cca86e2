import type { Difficulty, QuestionStatus, QuestionType, Topic } from '@reform-quiz/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';
import { UserEntity } from '../users/user.entity';
import { QuestionBankEntity } from './question-bank.entity';
import { QuestionOptionEntity } from './question-option.entity';

/**
 * One version of a question. Versions of the same question share `rootId`;
 * only the latest is listed and edited. A version that an attempt has drawn
 * (`usedAt`) never changes again: editing it creates the next version.
 */
@Entity('questions')
@Index('IDX_questions_draw', ['bankId', 'status', 'topic', 'difficulty'])
export class QuestionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'bank_id', type: 'integer' })
  bankId!: number;

  @ManyToOne(() => QuestionBankEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bank_id', foreignKeyConstraintName: 'FK_questions_bank' })
  bank?: QuestionBankEntity;

  @Index('IDX_questions_root_id')
  @Column({ name: 'root_id', type: 'uuid' })
  rootId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'previous_version_id', type: 'uuid', nullable: true })
  previousVersionId!: string | null;

  @Column({ name: 'is_latest', type: 'boolean' })
  isLatest!: boolean;

  @Column({ type: 'varchar', length: 16 })
  status!: QuestionStatus;

  @Column({ type: 'varchar', length: 20 })
  type!: QuestionType;

  @Column({ type: 'text' })
  stem!: string;

  /** `stemKey(stem)`: for duplicate detection and accent-insensitive search. */
  @Index('IDX_questions_stem_key')
  @Column({ name: 'stem_key', type: 'text' })
  stemKey!: string;

  @Column({ type: 'varchar', length: 20 })
  topic!: Topic;

  @Column({ type: 'varchar', length: 8 })
  difficulty!: Difficulty;

  @Column({ type: 'integer' })
  points!: number;

  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  @Column({ name: 'source_document', type: 'varchar', length: 200, nullable: true })
  sourceDocument!: string | null;

  @Column({ name: 'source_article', type: 'varchar', length: 200, nullable: true })
  sourceArticle!: string | null;

  @Column({ name: 'source_date', type: 'varchar', length: 10, nullable: true })
  sourceDate!: string | null;

  /** `searchKey(sourceDocument)`, for filtering by document. */
  @Column({ name: 'source_key', type: 'varchar', length: 200, nullable: true })
  sourceKey!: string | null;

  /** short_text: the answers that count. */
  @Column({ name: 'accepted_answers', type: 'simple-json', nullable: true })
  acceptedAnswers!: string[] | null;

  @Column({ name: 'accent_insensitive', type: 'boolean' })
  accentInsensitive!: boolean;

  @Column({ type: 'simple-json' })
  tags!: string[];

  /** Folded tags between bars, "|mot cua|2018|", so one LIKE finds a tag. */
  @Column({ name: 'tag_keys', type: 'text' })
  tagKeys!: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_questions_author' })
  author?: UserEntity | null;

  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'FK_questions_reviewer' })
  reviewer?: UserEntity | null;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  @EpochMsColumn({ name: 'reviewed_at', nullable: true })
  reviewedAt!: number | null;

  /** Set when an attempt first draws this version; from then on it is immutable. */
  @EpochMsColumn({ name: 'used_at', nullable: true })
  usedAt!: number | null;

  @OneToMany(() => QuestionOptionEntity, (o) => o.question, { cascade: ['insert'] })
  options!: QuestionOptionEntity[];

  @EpochMsColumn({ name: 'created_at' })
  createdAt!: number;

  @EpochMsColumn({ name: 'updated_at' })
  updatedAt!: number;
}
