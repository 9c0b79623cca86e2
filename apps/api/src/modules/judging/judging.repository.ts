import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Transactions } from '../../database/transactions';
import { AnswerEntity } from '../attempts/answer.entity';
import { AttemptQuestionEntity } from '../attempts/attempt-question.entity';
import { AttemptEntity } from '../attempts/attempt.entity';
import { QuestionEntity } from '../questions/question.entity';
import { UnitEntity } from '../units/unit.entity';
import { UserEntity } from '../users/user.entity';
import { EssayGradeEntity } from './essay-grade.entity';
import { QuestionOverrideEntity } from './question-override.entity';

/** A finished attempt with everything needed to score it again. */
export interface Paper {
  attempt: AttemptEntity;
  drawn: (AttemptQuestionEntity & { question: QuestionEntity })[];
  answers: AnswerEntity[];
  grades: EssayGradeEntity[];
}

/** IN lists are split so that no query binds more parameters than a driver allows. */
const CHUNK = 500;
async function chunked<T>(ids: string[], load: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await load(ids.slice(i, i + CHUNK))));
  return out;
}

/** What the jury's work reads in bulk: a round's finished papers, the people behind them. */
@Injectable()
export class JudgingRepository {
  constructor(private readonly tx: Transactions) {}

  private get em() {
    return this.tx.manager();
  }

  finishedAttempts(roundId: number): Promise<AttemptEntity[]> {
    return this.em.getRepository(AttemptEntity).find({ where: { roundId, status: In(['submitted', 'expired']) }, order: { startedAt: 'ASC', id: 'ASC' } });
  }

  /** Every finished attempt of the round loaded with its questions, answers and essay grades. */
  async papers(roundId: number): Promise<Paper[]> {
    const attempts = await this.finishedAttempts(roundId);
    const ids = attempts.map((a) => a.id);
    const [drawn, answers, grades] = await Promise.all([
      chunked(ids, (part) => this.em.getRepository(AttemptQuestionEntity).find({ where: { attemptId: In(part) }, order: { position: 'ASC' } })),
      chunked(ids, (part) => this.em.getRepository(AnswerEntity).findBy({ attemptId: In(part) })),
      chunked(ids, (part) => this.em.getRepository(EssayGradeEntity).findBy({ attemptId: In(part) })),
    ]);
    const questions = await this.questions([...new Set(drawn.map((d) => d.questionId))]);
    const group = <T extends { attemptId: string }>(rows: T[]) => {
      const by = new Map<string, T[]>();
      for (const r of rows) by.set(r.attemptId, [...(by.get(r.attemptId) ?? []), r]);
      return by;
    };
    const drawnBy = group(drawn);
    const answersBy = group(answers);
    const gradesBy = group(grades);
    return attempts.map((attempt) => ({
      attempt,
      drawn: (drawnBy.get(attempt.id) ?? []).map((d) => Object.assign(d, { question: questions.get(d.questionId) as QuestionEntity })),
      answers: answersBy.get(attempt.id) ?? [],
      grades: gradesBy.get(attempt.id) ?? [],
    }));
  }

  async questions(ids: string[]): Promise<Map<string, QuestionEntity>> {
    const rows = await chunked(ids, (part) => this.em.getRepository(QuestionEntity).find({ where: { id: In(part) }, relations: { options: true } }));
    return new Map(rows.map((q) => [q.id, q]));
  }

  async overrides(roundId: number): Promise<Map<string, QuestionOverrideEntity>> {
    const rows = await this.em.getRepository(QuestionOverrideEntity).findBy({ roundId });
    return new Map(rows.map((o) => [o.questionId, o]));
  }

  /** People by id, with their unit's name. */
  async people(ids: string[]): Promise<Map<string, UserEntity & { unitName: string | null }>> {
    const users = await chunked([...new Set(ids)], (part) => this.em.getRepository(UserEntity).findBy({ id: In(part) }));
    const unitIds = [...new Set(users.map((u) => u.unitId).filter((id): id is number => id !== null))];
    const units = unitIds.length ? await this.em.getRepository(UnitEntity).findBy({ id: In(unitIds) }) : [];
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    return new Map(users.map((u) => [u.id, Object.assign(u, { unitName: u.unitId === null ? null : (unitName.get(u.unitId) ?? null) })]));
  }

  async names(ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (!wanted.length) return new Map();
    const rows = await this.em.getRepository(UserEntity).find({ select: { id: true, fullName: true }, where: { id: In(wanted) } });
    return new Map(rows.map((u) => [u.id, u.fullName]));
  }
}
