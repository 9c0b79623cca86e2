import type { PrizeKind } from '@reform-quiz/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';

/** A certificate as issued: what it says is kept as it was printed, so verification shows the same. */
@Entity('certificates')
export class CertificateEntity {
  /** The verification code printed on it and encoded in its QR code. */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'prize' | 'participation';

  @Index('IDX_certificates_snapshot_id')
  @Column({ name: 'snapshot_id', type: 'uuid', nullable: true })
  snapshotId!: string | null;

  @Index('IDX_certificates_user_id')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'contest_id', type: 'integer' })
  contestId!: number;

  @Column({ name: 'round_id', type: 'integer', nullable: true })
  roundId!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  prize!: PrizeKind | null;

  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  unit!: string | null;

  @Column({ name: 'contest_title', type: 'varchar', length: 300 })
  contestTitle!: string;

  @Column({ name: 'round_title', type: 'varchar', length: 200, nullable: true })
  roundTitle!: string | null;

  @EpochMsColumn({ name: 'issued_at' })
  issuedAt!: number;

  /** Set when a later publication replaced the result it records. */
  @EpochMsColumn({ name: 'revoked_at', nullable: true })
  revokedAt!: number | null;
}
