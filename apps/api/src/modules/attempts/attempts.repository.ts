import { Injectable } from '@nestjs/common';
import type { AttemptStatus, QuestionType } from '@reform-quiz/contracts';
import { In, IsNull, LessThan } from 'typeorm';
import { Transactions } from '../../database/transactions';
import { QuestionEntity } from '../questions/question.entity';
import { QuestionsRepository } from '../questions/questions.repository';
import { AnswerEntity } from './answer.entity';
import { AttemptQuestionEntity } from './attempt-question.entity';
import { AttemptEntity } from './attempt.entity';

@Injectable()
export class AttemptsRepository {
  constructor(
    private readonly tx: Transactions,
    private readonly bank: QuestionsRepository,
  ) {}

  private get attempts() {
    return this.tx.manager().getRepository(AttemptEntity);
  }

  findById(id: string): Promise<AttemptEntity | null> {
    return this.attempts.findOneBy({ id });
  }

  /** The attempt row locked against finalisation racing with answer writes (PostgreSQL; SQLite transactions take turns anyway). */
  async findForUpdate(id: string): Promise<AttemptEntity | null> {
    const em = this.tx.manager();
    const qb = em.getRepository(AttemptEntity).createQueryBuilder('a').where('a.id = :id', { id });
    if (em.connection.options.type === 'postgres') qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  forUser(roundId: number, userId: string): Promise<AttemptEntity[]> {
    return this.attempts.find({ where: { roundId, userId }, order: { number: 'ASC' } });
  }

  history(userId: string): Promise<AttemptEntity[]> {
    return this.attempts.find({ where: { userId }, relations: { round: { contest: true } }, order: { startedAt: 'DESC' } });
  }

  /** The drawn questions in order, each with its options (the version the attempt saw). */
  async questions(attemptId: string): Promise<(AttemptQuestionEntity & { question: QuestionEntity })[]> {
    const rows = await this.tx.manager().getRepository(AttemptQuestionEntity).find({ where: { attemptId }, order: { position: 'ASC' } });
    const questions = await this.tx.manager().getRepository(QuestionEntity).find({ where: { id: In(rows.map((r) => r.questionId)) }, relations: { options: true } });
    const byId = new Map(questions.map((q) => [q.id, q]));
    return rows.map((r) => Object.assign(r, { question: byId.get(r.questionId) as QuestionEntity }));
  }

  /** The attempt's owner, status and acceptance limit with each drawn question's type and option order, in one query. */
  async sheet(attemptId: string): Promise<{ userId: string; status: AttemptStatus; acceptUntil: number; questions: Map<string, { type: QuestionType; optionOrder: string[] }> } | null> {
    const em = this.tx.manager();
    const p = em.connection.options.type === 'postgres' ? '$1' : '?';
    const rows: { user_id: string; status: AttemptStatus; accept_until: string | number; question_id: string | null; type: QuestionType | null; option_order: string | null }[] = await em.query(
      `SELECT a.user_id, a.status, a.accept_until, aq.question_id, q.type, aq.option_order
       FROM attempts a LEFT JOIN attempt_questions aq ON aq.attempt_id = a.id LEFT JOIN questions q ON q.id = aq.question_id
       WHERE a.id = ${p}`,
      [attemptId],
    );
    if (rows.length === 0) return null;
    const questions = new Map<string, { type: QuestionType; optionOrder: string[] }>();
    for (const r of rows) if (r.question_id && r.type) questions.set(r.question_id, { type: r.type, optionOrder: JSON.parse(r.option_order ?? '[]') as string[] });
    return { userId: rows[0].user_id, status: rows[0].status, acceptUntil: Number(rows[0].accept_until), questions };
  }

  drawnQuestion(attemptId: string, questionId: string): Promise<(AttemptQuestionEntity & { question: QuestionEntity }) | null> {
    return this.tx
      .manager()
      .getRepository(AttemptQuestionEntity)
      .findOne({ where: { attemptId, questionId }, relations: { question: true } }) as Promise<(AttemptQuestionEntity & { question: QuestionEntity }) | null>;
  }

  answers(attemptId: string): Promise<AnswerEntity[]> {
    return this.tx.manager().getRepository(AnswerEntity).findBy({ attemptId });
  }

  /** Self-paced attempts whose time (with grace) ran out but that nobody finalised yet. Live attempts end with their session. */
  overdue(now: number, limit: number): Promise<AttemptEntity[]> {
    return this.attempts.find({ where: { status: 'in_progress', acceptUntil: LessThan(now), liveSessionId: IsNull() }, order: { acceptUntil: 'ASC' }, take: limit });
  }

  async create(attempt: AttemptEntity, drawn: AttemptQuestionEntity[], questionIds: string[], now: number): Promise<void> {
    await this.tx.run(async (em) => {
      await em.getRepository(AttemptEntity).insert(attempt);
      await em.getRepository(AttemptQuestionEntity).insert(drawn);
      // From now on these versions are immutable: edits make new versions.
      await this.bank.markUsed(questionIds, now);
    });
  }

  /** Finished attempts of a round (live ones excluded: they are scored by their session). */
  finished(roundId: number): Promise<AttemptEntity[]> {
    return this.attempts.find({ where: { roundId, status: In(['submitted', 'expired']), liveSessionId: IsNull() }, order: { id: 'ASC' } });
  }

  async countFocusLoss(id: string): Promise<void> {
    await this.tx.run((em) => em.getRepository(AttemptEntity).increment({ id, status: 'in_progress' }, 'focusLosses', 1));
  }

  async updateScore(id: string, changes: Pick<AttemptEntity, 'scoreCenti' | 'correctCount' | 'perfect' | 'maxScore'>): Promise<void> {
    await this.tx.run((em) => em.getRepository(AttemptEntity).update({ id }, changes));
  }

  async finalize(id: string, changes: Partial<AttemptEntity> & { status: AttemptStatus }): Promise<boolean> {
    const result = await this.tx.run((em) => em.getRepository(AttemptEntity).update({ id, status: 'in_progress' }, changes));
    return (result.affected ?? 0) === 1;
  }
}
