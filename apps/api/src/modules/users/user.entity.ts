import type { Category, Gender, Role, UserStatus } from '@reform-quiz/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EpochMsColumn } from '../../database/columns';
import { UnitEntity } from '../units/unit.entity';

@Entity('users')
export class UserEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('IDX_users_role')
  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: UserStatus;

  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName!: string;

  /** Folded name, phone and email for accent-insensitive admin search. */
  @Column({ name: 'search_text', type: 'varchar', length: 400 })
  searchText!: string;

  /** Unique when set; staff accounts may have none. */
  @Index('UQ_users_phone', { unique: true })
  @Column({ type: 'varchar', length: 10, nullable: true })
  phone!: string | null;

  @Index('UQ_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Index('UQ_users_national_id', { unique: true })
  @Column({ name: 'national_id', type: 'varchar', length: 12, nullable: true })
  nationalId!: string | null;

  /** `YYYY-MM-DD`: a calendar day, not an instant. */
  @Column({ name: 'date_of_birth', type: 'varchar', length: 10, nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  gender!: Gender | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  category!: Category | null;

  @Index('IDX_users_unit_id')
  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId!: number | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_users_unit' })
  unit?: UnitEntity | null;

  @Column({ name: 'address_district', type: 'varchar', length: 100, nullable: true })
  addressDistrict!: string | null;

  @Column({ name: 'address_commune', type: 'varchar', length: 100, nullable: true })
  addressCommune!: string | null;

  @Column({ name: 'address_detail', type: 'varchar', length: 200, nullable: true })
  addressDetail!: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  /** When the entrant consented to personal-data processing (Decree 13/2023/NĐ-CP). */
  @EpochMsColumn({ name: 'consent_at', nullable: true })
  consentAt!: number | null;

  @EpochMsColumn({ name: 'created_at' })
  createdAt!: number;

  @EpochMsColumn({ name: 'updated_at' })
  updatedAt!: number;
}
