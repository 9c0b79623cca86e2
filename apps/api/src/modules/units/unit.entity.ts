import type { UnitKind } from '@reform-quiz/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';

@Entity('units')
export class UnitEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('UQ_units_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** `searchKey(name)`: folded for accent-insensitive lookup. */
  @Index('IDX_units_search_name')
  @Column({ name: 'search_name', type: 'varchar', length: 200 })
  searchName!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: UnitKind;

  @Index('IDX_units_parent_id')
  @Column({ name: 'parent_id', type: 'integer', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_units_parent' })
  parent?: UnitEntity | null;

  @Column({ type: 'integer', default: 0 })
  headcount!: number;

  @EpochMsColumn({ name: 'created_at' })
  createdAt!: number;

  @EpochMsColumn({ name: 'updated_at' })
  updatedAt!: number;
}
