import type { Category, ContestStatus, PrizeTier, TieBreak } from '@reform-quiz/contracts';
import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';
import { RoundEntity } from './round.entity';

@Entity('contests')
export class ContestEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Thể lệ. */
  @Column({ type: 'text' })
  rules!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ContestStatus;

  @Column({ type: 'simple-json' })
  categories!: Category[];

  @Column({ name: 'tie_breaks', type: 'simple-json' })
  tieBreaks!: TieBreak[];

  @Column({ name: 'prize_tiers', type: 'simple-json' })
  prizeTiers!: PrizeTier[];

  @Column({ name: 'shorten_names', type: 'boolean' })
  shortenNames!: boolean;

  @Column({ name: 'approvals_required', type: 'integer', default: 1 })
  approvalsRequired!: number;

  @Column({ name: 'one_prize_per_person', type: 'boolean', default: false })
  onePrizePerPerson!: boolean;

  /** Basis points (7000 = 70%): integers compare exactly on both databases. */
  @Column({ name: 'collective_min_rate_bp', type: 'integer', default: 0 })
  collectiveMinRateBp!: number;

  @Column({ name: 'collective_prize_count', type: 'integer', default: 3 })
  collectivePrizeCount!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @EpochMsColumn({ name: 'published_at', nullable: true })
  publishedAt!: number | null;

  @OneToMany(() => RoundEntity, (r) => r.contest)
  rounds?: RoundEntity[];

  @EpochMsColumn({ name: 'created_at' })
  createdAt!: number;

  @EpochMsColumn({ name: 'updated_at' })
  updatedAt!: number;
}
