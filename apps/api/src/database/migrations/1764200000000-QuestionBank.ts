import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const ms = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const longText = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'text', isNullable });

/** Question banks, questions (versioned) and their options. Portable like the foundation migration. */
export class QuestionBank1764200000000 implements MigrationInterface {
  name = 'QuestionBank1764200000000';

  async up(q: QueryRunner): Promise<void> {
    const uuid = q.connection.driver.normalizeType({ type: 'uuid' });
    const bool = q.connection.driver.normalizeType({ type: 'boolean' });

    await q.createTable(
      new Table({
        name: 'question_banks',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          text('name', 200),
          longText('description', true),
          { name: 'created_by', type: uuid, isNullable: true },
          ms('created_at'),
          ms('updated_at'),
        ],
        indices: [{ name: 'UQ_question_banks_name', columnNames: ['name'], isUnique: true }],
      }),
    );

    await q.createTable(
      new Table({
        name: 'questions',
        columns: [
          { name: 'id', type: uuid, isPrimary: true },
          { name: 'bank_id', type: 'integer' },
          { name: 'root_id', type: uuid },
          { name: 'version', type: 'integer' },
          { name: 'previous_version_id', type: uuid, isNullable: true },
          { name: 'is_latest', type: bool },
          text('status', 16),
          text('type', 20),
          longText('stem'),
          longText('stem_key'),
          text('topic', 20),
          text('difficulty', 8),
          { name: 'points', type: 'integer' },
          longText('explanation', true),
          text('source_document', 200, true),
          text('source_article', 200, true),
          text('source_date', 10, true),
          text('source_key', 200, true),
          longText('accepted_answers', true),
          { name: 'accent_insensitive', type: bool },
          longText('tags'),
          longText('tag_keys'),
          { name: 'author_id', type: uuid, isNullable: true },
          { name: 'reviewer_id', type: uuid, isNullable: true },
          longText('review_comment', true),
          ms('reviewed_at', true),
          ms('used_at', true),
          ms('created_at'),
          ms('updated_at'),
        ],
        indices: [
          { name: 'IDX_questions_draw', columnNames: ['bank_id', 'status', 'topic', 'difficulty'] },
          { name: 'IDX_questions_root_id', columnNames: ['root_id'] },
          { name: 'IDX_questions_stem_key', columnNames: ['stem_key'] },
        ],
        foreignKeys: [
          { name: 'FK_questions_bank', columnNames: ['bank_id'], referencedTableName: 'question_banks', referencedColumnNames: ['id'], onDelete: 'RESTRICT' },
          { name: 'FK_questions_author', columnNames: ['author_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'SET NULL' },
          { name: 'FK_questions_reviewer', columnNames: ['reviewer_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'SET NULL' },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'question_options',
        columns: [
          { name: 'id', type: uuid, isPrimary: true },
          { name: 'question_id', type: uuid },
          { name: 'position', type: 'integer' },
          longText('text'),
          { name: 'is_correct', type: bool },
        ],
        indices: [{ name: 'IDX_question_options_question_id', columnNames: ['question_id'] }],
        foreignKeys: [
          { name: 'FK_question_options_question', columnNames: ['question_id'], referencedTableName: 'questions', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['question_options', 'questions', 'question_banks']) await q.dropTable(table);
  }
}
