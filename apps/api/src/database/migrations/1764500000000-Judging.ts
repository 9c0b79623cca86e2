import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions } from 'typeorm';

/** Essays, integrity flags, appeals, question overrides, result snapshots and certificates. */
export class Judging1764500000000 implements MigrationInterface {
  name = 'Judging1764500000000';

  async up(q: QueryRunner): Promise<void> {
    const uuid = q.connection.driver.normalizeType({ type: 'uuid' });
    const postgres = q.connection.driver.options.type === 'postgres';
    const bool = (name: string, value: boolean): TableColumnOptions => ({
      name,
      type: q.connection.driver.normalizeType({ type: 'boolean' }),
      default: postgres ? value : value ? 1 : 0,
    });
    const int = (name: string, value?: number): TableColumnOptions => ({ name, type: 'integer', ...(value !== undefined && { default: value }) });
    const ms = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable });
    const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
    const long = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'text', isNullable });
    const id = (name: string, isNullable = false): TableColumnOptions => ({ name, type: uuid, isNullable });

    await q.addColumns('contests', [new TableColumn(int('approvals_required', 1)), new TableColumn(bool('one_prize_per_person', false)), new TableColumn(int('collective_min_rate_bp', 0)), new TableColumn(int('collective_prize_count', 3))]);
    await q.addColumns('rounds', [new TableColumn(int('essay_judges', 1)), new TableColumn(int('essay_margin_centi', 100)), new TableColumn(int('appeal_days', 3))]);
    await q.addColumns('attempts', [
      new TableColumn(bool('disqualified', false)),
      new TableColumn(text('client_ip', 64, true)),
      new TableColumn(text('client_agent', 300, true)),
      new TableColumn(text('device_id', 64, true)),
      new TableColumn(int('focus_losses', 0)),
    ]);

    await q.createTable(
      new Table({
        name: 'essay_grades',
        columns: [{ ...id('attempt_id'), isPrimary: true }, { ...id('question_id'), isPrimary: true }, { ...id('judge_id'), isPrimary: true }, int('score_centi'), long('comment', true), ms('graded_at')],
        indices: [{ name: 'IDX_essay_grades_attempt_question', columnNames: ['attempt_id', 'question_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'question_overrides',
        columns: [{ ...int('round_id'), isPrimary: true }, { ...id('question_id'), isPrimary: true }, text('action', 16), long('correct_option_ids', true), long('accepted_answers', true), long('reason'), id('decided_by'), ms('decided_at')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'integrity_flags',
        columns: [
          { ...id('id'), isPrimary: true },
          text('key', 200),
          int('round_id'),
          text('kind', 24),
          id('user_id'),
          id('attempt_id', true),
          long('evidence'),
          text('status', 12),
          text('scope', 12, true),
          long('reason', true),
          id('decided_by', true),
          ms('decided_at', true),
          ms('created_at'),
        ],
        indices: [
          { name: 'UQ_integrity_flags_key', columnNames: ['key'], isUnique: true },
          { name: 'IDX_integrity_flags_round_id', columnNames: ['round_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'appeals',
        columns: [
          { ...id('id'), isPrimary: true },
          int('round_id'),
          id('attempt_id'),
          id('question_id'),
          id('user_id'),
          long('text'),
          text('status', 12),
          text('decision', 16, true),
          long('response', true),
          id('decided_by', true),
          ms('created_at'),
          ms('decided_at', true),
        ],
        indices: [{ name: 'IDX_appeals_round_id', columnNames: ['round_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'result_snapshots',
        columns: [
          { ...id('id'), isPrimary: true },
          int('contest_id'),
          { ...int('round_id'), isNullable: true },
          text('status', 16),
          long('content'),
          text('hash', 64),
          id('previous_id', true),
          int('approvals_required'),
          id('created_by', true),
          ms('created_at'),
          ms('published_at', true),
        ],
        indices: [{ name: 'IDX_result_snapshots_scope', columnNames: ['contest_id', 'round_id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'snapshot_approvals',
        columns: [{ ...id('snapshot_id'), isPrimary: true }, { ...id('judge_id'), isPrimary: true }, long('comment', true), ms('approved_at')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'certificates',
        columns: [
          { ...text('code', 16), isPrimary: true },
          text('kind', 16),
          id('snapshot_id', true),
          id('user_id'),
          int('contest_id'),
          { ...int('round_id'), isNullable: true },
          text('prize', 16, true),
          text('full_name', 120),
          text('unit', 200, true),
          text('contest_title', 300),
          text('round_title', 200, true),
          ms('issued_at'),
          ms('revoked_at', true),
        ],
        indices: [
          { name: 'IDX_certificates_snapshot_id', columnNames: ['snapshot_id'] },
          { name: 'IDX_certificates_user_id', columnNames: ['user_id'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['certificates', 'snapshot_approvals', 'result_snapshots', 'appeals', 'integrity_flags', 'question_overrides', 'essay_grades']) await q.dropTable(table);
    for (const column of ['focus_losses', 'device_id', 'client_agent', 'client_ip', 'disqualified']) await q.dropColumn('attempts', column);
    for (const column of ['appeal_days', 'essay_margin_centi', 'essay_judges']) await q.dropColumn('rounds', column);
    for (const column of ['collective_prize_count', 'collective_min_rate_bp', 'one_prize_per_person', 'approvals_required']) await q.dropColumn('contests', column);
  }
}
