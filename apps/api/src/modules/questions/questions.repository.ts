import { Injectable } from '@nestjs/common';
import type { Difficulty, QuestionListQuery, QuestionStatus, QuestionType, Topic } from '@reform-quiz/contracts';
import { searchKey } from '@reform-quiz/domain';
import { In, IsNull, SelectQueryBuilder } from 'typeorm';
import { Transactions } from '../../database/transactions';
import { QuestionBankEntity } from './question-bank.entity';
import { QuestionOptionEntity } from './question-option.entity';
import { QuestionEntity } from './question.entity';

const like = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export type QuestionFilter = Omit<QuestionListQuery, 'page' | 'pageSize'>;

@Injectable()
export class QuestionsRepository {
  constructor(private readonly tx: Transactions) {}

  private withRelations(): SelectQueryBuilder<QuestionEntity> {
    return this.tx
      .manager()
      .getRepository(QuestionEntity)
      .createQueryBuilder('q')
      .leftJoinAndSelect('q.options', 'o')
      .leftJoinAndSelect('q.author', 'author')
      .leftJoinAndSelect('q.reviewer', 'reviewer');
  }

  findById(id: string): Promise<QuestionEntity | null> {
    return this.withRelations().where('q.id = :id', { id }).orderBy('o.position').getOne();
  }

  /** Every version of a question, newest first. */
  versions(rootId: string): Promise<QuestionEntity[]> {
    return this.withRelations().where('q.root_id = :rootId', { rootId }).orderBy('q.version', 'DESC').addOrderBy('o.position').getMany();
  }

  /** The latest versions matching the filter (all of them: for export). */
  findLatest(filter: QuestionFilter): Promise<QuestionEntity[]> {
    return this.applyFilter(this.withRelations(), filter).orderBy('q.createdAt').addOrderBy('q.id').addOrderBy('o.position').getMany();
  }

  async page(filter: QuestionFilter, page: number, pageSize: number): Promise<[QuestionEntity[], number]> {
    // Page over ids first: a join with options would page over option rows.
    const ids = this.applyFilter(this.tx.manager().getRepository(QuestionEntity).createQueryBuilder('q'), filter);
    const total = await ids.getCount();
    const pageIds = await ids
      .select('q.id', 'id')
      .orderBy('q.updated_at', 'DESC')
      .addOrderBy('q.id')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getRawMany<{ id: string }>();
    if (pageIds.length === 0) return [[], total];
    const rows = await this.withRelations().where('q.id IN (:...ids)', { ids: pageIds.map((r) => r.id) }).addOrderBy('o.position').getMany();
    const order = new Map(pageIds.map((r, i) => [r.id, i]));
    return [rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)), total];
  }

  private applyFilter<T extends SelectQueryBuilder<QuestionEntity>>(qb: T, f: QuestionFilter): T {
    qb.where('q.is_latest = :latest', { latest: true });
    if (f.bankId) qb.andWhere('q.bank_id = :bankId', { bankId: f.bankId });
    if (f.topic) qb.andWhere('q.topic = :topic', { topic: f.topic });
    if (f.type) qb.andWhere('q.type = :type', { type: f.type });
    if (f.difficulty) qb.andWhere('q.difficulty = :difficulty', { difficulty: f.difficulty });
    if (f.status) qb.andWhere('q.status = :status', { status: f.status });
    if (f.q && searchKey(f.q)) qb.andWhere(`q.stem_key LIKE :q ESCAPE '\\'`, { q: like(searchKey(f.q)) });
    if (f.source && searchKey(f.source)) qb.andWhere(`q.source_key LIKE :source ESCAPE '\\'`, { source: like(searchKey(f.source)) });
    if (f.tag && searchKey(f.tag)) qb.andWhere(`q.tag_keys LIKE :tag ESCAPE '\\'`, { tag: like(`|${searchKey(f.tag)}|`) });
    return qb;
  }

  async counts(bankId: number | undefined, status: QuestionStatus): Promise<{ topic: Topic; difficulty: Difficulty; count: number }[]> {
    const qb = this.tx
      .manager()
      .getRepository(QuestionEntity)
      .createQueryBuilder('q')
      .select('q.topic', 'topic')
      .addSelect('q.difficulty', 'difficulty')
      .addSelect('COUNT(*)', 'count')
      .where('q.is_latest = :latest AND q.status = :status', { latest: true, status });
    if (bankId) qb.andWhere('q.bank_id = :bankId', { bankId });
    const rows = await qb.groupBy('q.topic').addGroupBy('q.difficulty').getRawMany<{ topic: Topic; difficulty: Difficulty; count: string | number }>();
    return rows.map((r) => ({ topic: r.topic, difficulty: r.difficulty, count: Number(r.count) }));
  }

  /** Current (latest, not retired) questions of a bank whose stem key is one of these: likely duplicates. */
  async byStemKeys(bankId: number, keys: string[]): Promise<{ id: string; rootId: string; stemKey: string }[]> {
    if (keys.length === 0) return [];
    const rows: { id: string; rootId: string; stemKey: string }[] = [];
    // Bounded IN lists: SQLite allows at most 32,766 parameters per statement.
    for (let i = 0; i < keys.length; i += 500) {
      rows.push(
        ...(await this.tx.manager().getRepository(QuestionEntity).find({
          select: { id: true, rootId: true, stemKey: true },
          where: { bankId, isLatest: true, stemKey: In(keys.slice(i, i + 500)), status: In(['draft', 'in_review', 'approved']) },
        })),
      );
    }
    return rows;
  }

  /** What a round can draw from: the latest approved questions of a bank; `types` narrows them (a live game takes only questions answered by tapping options). */
  drawable(bankId: number, types?: readonly QuestionType[]): Promise<Pick<QuestionEntity, 'id' | 'topic' | 'difficulty'>[]> {
    return this.tx
      .manager()
      .getRepository(QuestionEntity)
      .find({ select: { id: true, topic: true, difficulty: true }, where: { bankId, status: 'approved', isLatest: true, ...(types && { type: In([...types]) }) }, order: { id: 'ASC' } });
  }

  /** Versions drawn into an attempt or a game: from now on they never change (edits make new versions). */
  async markUsed(ids: string[], now: number): Promise<void> {
    if (ids.length === 0) return;
    await this.tx.run((em) => em.getRepository(QuestionEntity).update({ id: In(ids), usedAt: IsNull() }, { usedAt: now }));
  }

  withOptions(ids: string[]): Promise<QuestionEntity[]> {
    return this.tx.manager().getRepository(QuestionEntity).find({ where: { id: In(ids) }, relations: { options: true } });
  }

  async insert(question: QuestionEntity): Promise<void> {
    await this.tx.run(async (em) => {
      await em.getRepository(QuestionEntity).insert({ ...question, options: undefined });
      if (question.options.length > 0) await em.getRepository(QuestionOptionEntity).insert(question.options);
    });
  }

  /** Rewrites a question's content in place, options included. Only for versions no attempt has used. */
  async replaceContent(question: QuestionEntity): Promise<void> {
    const { options, author, reviewer, bank, ...columns } = question;
    await this.tx.run(async (em) => {
      await em.getRepository(QuestionOptionEntity).delete({ questionId: question.id });
      await em.getRepository(QuestionEntity).update({ id: question.id }, columns);
      if (options.length > 0) await em.getRepository(QuestionOptionEntity).insert(options);
    });
  }

  async update(id: string, changes: Partial<QuestionEntity>): Promise<void> {
    await this.tx.run((em) => em.getRepository(QuestionEntity).update({ id }, changes));
  }

  // Banks

  async banks(): Promise<(QuestionBankEntity & { questionCount: number })[]> {
    const banks = await this.tx.manager().getRepository(QuestionBankEntity).find({ order: { id: 'ASC' } });
    const counts = await this.tx
      .manager()
      .getRepository(QuestionEntity)
      .createQueryBuilder('q')
      .select('q.bank_id', 'bankId')
      .addSelect('COUNT(*)', 'count')
      .where('q.is_latest = :latest', { latest: true })
      .andWhere("q.status <> 'retired'")
      .groupBy('q.bank_id')
      .getRawMany<{ bankId: number; count: string | number }>();
    const byBank = new Map(counts.map((c) => [Number(c.bankId), Number(c.count)]));
    return banks.map((b) => Object.assign(b, { questionCount: byBank.get(b.id) ?? 0 }));
  }

  findBank(id: number): Promise<QuestionBankEntity | null> {
    return this.tx.manager().getRepository(QuestionBankEntity).findOneBy({ id });
  }

  findBankByName(name: string): Promise<QuestionBankEntity | null> {
    return this.tx.manager().getRepository(QuestionBankEntity).findOneBy({ name });
  }

  saveBank(bank: QuestionBankEntity): Promise<QuestionBankEntity> {
    return this.tx.run((em) => em.getRepository(QuestionBankEntity).save(bank));
  }
}
