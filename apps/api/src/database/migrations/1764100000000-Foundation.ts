import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

/**
 * Written with TypeORM's schema builder rather than raw SQL so that one
 * migration serves SQLite and PostgreSQL alike.
 */
const serialId: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const ms = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});

export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // PostgreSQL has a uuid type; SQLite stores the text form (what the entities declare on each driver).
    const uuid = q.connection.driver.normalizeType({ type: 'uuid' });
    const uuidId: TableColumnOptions = { name: 'id', type: uuid, isPrimary: true };

    await q.createTable(
      new Table({
        name: 'units',
        columns: [
          serialId,
          text('code', 32),
          text('name', 200),
          text('search_name', 200),
          text('kind', 16),
          { name: 'parent_id', type: 'integer', isNullable: true },
          { name: 'headcount', type: 'integer', default: 0 },
          ms('created_at'),
          ms('updated_at'),
        ],
        indices: [
          { name: 'UQ_units_code', columnNames: ['code'], isUnique: true },
          { name: 'IDX_units_search_name', columnNames: ['search_name'] },
          { name: 'IDX_units_parent_id', columnNames: ['parent_id'] },
        ],
        foreignKeys: [
          { name: 'FK_units_parent', columnNames: ['parent_id'], referencedTableName: 'units', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          uuidId,
          text('role', 16),
          { ...text('status', 16), default: "'active'" },
          text('full_name', 120),
          text('search_text', 400),
          text('phone', 10, true),
          text('email', 254, true),
          text('national_id', 12, true),
          text('date_of_birth', 10, true),
          text('gender', 8, true),
          text('category', 16, true),
          { name: 'unit_id', type: 'integer', isNullable: true },
          text('address_district', 100, true),
          text('address_commune', 100, true),
          text('address_detail', 200, true),
          text('password_hash', 255),
          ms('consent_at', true),
          ms('created_at'),
          ms('updated_at'),
        ],
        indices: [
          { name: 'IDX_users_role', columnNames: ['role'] },
          { name: 'UQ_users_phone', columnNames: ['phone'], isUnique: true },
          { name: 'UQ_users_email', columnNames: ['email'], isUnique: true },
          { name: 'UQ_users_national_id', columnNames: ['national_id'], isUnique: true },
          { name: 'IDX_users_unit_id', columnNames: ['unit_id'] },
        ],
        foreignKeys: [
          { name: 'FK_users_unit', columnNames: ['unit_id'], referencedTableName: 'units', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'sessions',
        columns: [
          uuidId,
          { name: 'user_id', type: uuid },
          text('token_hash', 64),
          text('previous_token_hash', 64, true),
          ms('rotated_at', true),
          ms('created_at'),
          ms('expires_at'),
          ms('revoked_at', true),
          text('revoke_reason', 32, true),
          text('ip', 64, true),
          text('user_agent', 300, true),
        ],
        indices: [
          { name: 'IDX_sessions_user_id', columnNames: ['user_id'] },
          { name: 'UQ_sessions_token_hash', columnNames: ['token_hash'], isUnique: true },
          { name: 'IDX_sessions_previous_token_hash', columnNames: ['previous_token_hash'] },
        ],
        foreignKeys: [
          { name: 'FK_sessions_user', columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          serialId,
          ms('at'),
          { name: 'actor_id', type: uuid, isNullable: true },
          text('action', 64),
          text('entity_type', 32),
          text('entity_id', 64),
          { name: 'before', type: 'text', isNullable: true },
          { name: 'after', type: 'text', isNullable: true },
          text('ip', 64, true),
        ],
        indices: [
          { name: 'IDX_audit_log_at', columnNames: ['at'] },
          { name: 'IDX_audit_log_actor_id', columnNames: ['actor_id'] },
          { name: 'IDX_audit_log_entity', columnNames: ['entity_type', 'entity_id'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // Units refer to units: unlink them first, or SQLite refuses to drop a table whose rows refer to each other.
    await q.query('UPDATE "units" SET "parent_id" = NULL');
    for (const table of ['audit_log', 'sessions', 'users', 'units']) await q.dropTable(table);
  }
}
