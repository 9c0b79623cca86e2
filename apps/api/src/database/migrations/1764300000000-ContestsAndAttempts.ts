import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const ms = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const longText = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'text', isNullable });
const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });

/** Contests, their rounds, attempts with their drawn questions, and answers. */
export class ContestsAndAttempts1764300000000 implements MigrationInterface {
  name = 'ContestsAndAttempts1764300000000';

  async up(q: QueryRunner): Promise<void> {
    const uuid = q.connection.driver.normalizeType({ type: 'uuid' });
    const bool = (name: string, isNullable = false): TableColumnOptions => ({ name, type: q.connection.driver.normalizeType({ type: 'boolean' }), isNullable });
    const serial: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };

    await q.createTable(
      new Table({
        name: 'contests',
        columns: [
          serial,
          text('title', 300),
          longText('description', true),
          longText('rules'),
          text('status', 16),
          longText('categories'),
          longText('tie_breaks'),
          longText('prize_tiers'),
          bool('shorten_names'),
          { name: 'created_by', type: uuid, isNullable: true },
          ms('published_at', true),
          ms('created_at'),
          ms('updated_at'),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'rounds',
        columns: [
          serial,
          int('contest_id'),
          int('position'),
          text('title', 200),
          text('mode', 16),
          int('bank_id'),
          ms('opens_at'),
          ms('closes_at'),
          int('time_limit_seconds'),
          int('question_count'),
          longText('blueprint'),
          int('attempts_allowed', true),
          text('counted_attempt', 8),
          bool('shuffle_questions'),
          bool('shuffle_options'),
          bool('partial_credit'),
          text('prediction_kind', 16, true),
          longText('prediction_prompt', true),
          text('leaderboard_visibility', 8),
          int('freeze_minutes'),
          bool('practice'),
          int('grace_seconds'),
          ms('created_at'),
          ms('updated_at'),
        ],
        indices: [{ name: 'IDX_rounds_contest_id', columnNames: ['contest_id'] }],
        foreignKeys: [
          { name: 'FK_rounds_contest', columnNames: ['contest_id'], referencedTableName: 'contests', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { name: 'FK_rounds_bank', columnNames: ['bank_id'], referencedTableName: 'question_banks', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'attempts',
        columns: [
          { name: 'id', type: uuid, isPrimary: true },
          int('round_id'),
          { name: 'user_id', type: uuid },
          int('number'),
          text('status', 16),
          text('category', 16, true),
          int('unit_id', true),
          ms('started_at'),
          ms('deadline_at'),
          ms('accept_until'),
          ms('submitted_at', true),
          ms('finalized_at', true),
          int('question_count'),
          int('max_score'),
          int('score_centi', true),
          int('correct_count', true),
          bool('perfect', true),
          int('duration_ms', true),
          int('prediction', true),
        ],
        indices: [
          { name: 'UQ_attempts_round_user_number', columnNames: ['round_id', 'user_id', 'number'], isUnique: true },
          { name: 'IDX_attempts_round_status', columnNames: ['round_id', 'status'] },
          { name: 'IDX_attempts_status_accept_until', columnNames: ['status', 'accept_until'] },
          { name: 'IDX_attempts_user_id', columnNames: ['user_id'] },
        ],
        foreignKeys: [
          { name: 'FK_attempts_round', columnNames: ['round_id'], referencedTableName: 'rounds', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
          { name: 'FK_attempts_user', columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'attempt_questions',
        columns: [
          { name: 'attempt_id', type: uuid, isPrimary: true },
          { ...int('position'), isPrimary: true },
          { name: 'question_id', type: uuid },
          longText('option_order'),
        ],
        foreignKeys: [
          { name: 'FK_attempt_questions_attempt', columnNames: ['attempt_id'], referencedTableName: 'attempts', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { name: 'FK_attempt_questions_question', columnNames: ['question_id'], referencedTableName: 'questions', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'answers',
        columns: [
          { name: 'attempt_id', type: uuid, isPrimary: true },
          { name: 'question_id', type: uuid, isPrimary: true },
          longText('option_ids', true),
          longText('text', true),
          int('client_seq'),
          ms('saved_at'),
        ],
        foreignKeys: [
          { name: 'FK_answers_attempt', columnNames: ['attempt_id'], referencedTableName: 'attempts', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { name: 'FK_answers_question', columnNames: ['question_id'], referencedTableName: 'questions', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['answers', 'attempt_questions', 'attempts', 'rounds', 'contests']) await q.dropTable(table);
  }
}
