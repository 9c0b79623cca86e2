import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';

/** Who changed what, when, with the state before and after. Append-only. */
@Entity('audit_log')
@Index('IDX_audit_log_entity', ['entityType', 'entityId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('IDX_audit_log_at')
  @EpochMsColumn()
  at!: number;

  /** Null for actions of the system itself (seeding, sweepers). Not a foreign key: the log outlives accounts. */
  @Index('IDX_audit_log_actor_id')
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 32 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId!: string;

  @Column({ type: 'simple-json', nullable: true })
  before!: object | null;

  @Column({ type: 'simple-json', nullable: true })
  after!: object | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;
}
