import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';

/** Live rounds: question timing and speed scoring on rounds, answer times, and host-paced sessions. */
export class LiveSessions1764400000000 implements MigrationInterface {
  name = 'LiveSessions1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const uuid = q.connection.driver.normalizeType({ type: 'uuid' });
    const bool = q.connection.driver.normalizeType({ type: 'boolean' });
    // Existing rounds get the defaults a new live round would: 20 s a question, speed scoring on.
    await q.addColumn('rounds', new TableColumn({ name: 'question_seconds', type: 'integer', default: 20 }));
    await q.addColumn('rounds', new TableColumn({ name: 'speed_scoring', type: bool, default: q.connection.driver.options.type === 'postgres' ? true : 1 }));
    await q.addColumn('answers', new TableColumn({ name: 'elapsed_ms', type: 'integer', isNullable: true }));
    await q.createTable(
      new Table({
        name: 'live_sessions',
        columns: [
          { name: 'id', type: uuid, isPrimary: true },
          { name: 'round_id', type: 'integer' },
          { name: 'code', type: 'varchar', length: '8' },
          { name: 'host_id', type: uuid },
          { name: 'phase', type: 'varchar', length: '16' },
          { name: 'question_ids', type: 'text' },
          { name: 'current_index', type: 'integer' },
          { name: 'opened_at', type: 'bigint', isNullable: true },
          { name: 'closes_at', type: 'bigint', isNullable: true },
          { name: 'created_at', type: 'bigint' },
          { name: 'ended_at', type: 'bigint', isNullable: true },
        ],
        indices: [
          { name: 'IDX_live_sessions_round_id', columnNames: ['round_id'] },
          { name: 'UQ_live_sessions_code', columnNames: ['code'], isUnique: true },
        ],
        foreignKeys: [{ name: 'FK_live_sessions_round', columnNames: ['round_id'], referencedTableName: 'rounds', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }],
      }),
    );
    // A player's attempt at a live round belongs to the session they played in.
    await q.addColumn('attempts', new TableColumn({ name: 'live_session_id', type: uuid, isNullable: true }));
    await q.createIndex('attempts', new TableIndex({ name: 'IDX_attempts_live_session_id', columnNames: ['live_session_id'] }));
    await q.createForeignKey('attempts', new TableForeignKey({ name: 'FK_attempts_live_session', columnNames: ['live_session_id'], referencedTableName: 'live_sessions', referencedColumnNames: ['id'], onDelete: 'RESTRICT' }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropForeignKey('attempts', 'FK_attempts_live_session');
    await q.dropIndex('attempts', 'IDX_attempts_live_session_id');
    await q.dropColumn('attempts', 'live_session_id');
    await q.dropTable('live_sessions');
    await q.dropColumn('answers', 'elapsed_ms');
    await q.dropColumn('rounds', 'speed_scoring');
    await q.dropColumn('rounds', 'question_seconds');
  }
}
