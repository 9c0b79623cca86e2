import { Injectable } from '@nestjs/common';
import type { Appeal, DecideAppealRequest, FileAppealRequest } from '@reform-quiz/contracts';
import { normalizeMultilineText, questionProblems } from '@reform-quiz/domain';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import type { Caller } from '../../common/auth/access.decorator';
import { Clock } from '../../common/clock';
import type { RequestMeta } from '../../common/http/request-meta';
import { Transactions } from '../../database/transactions';
import { AttemptFinalizer } from '../attempts/attempt-finalizer.service';
import { attemptNotFound, questionNotInAttempt } from '../attempts/attempts.errors';
import { AttemptsRepository } from '../attempts/attempts.repository';
import { AuditService } from '../audit/audit.service';
import { roundNotFound } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import type { QuestionEntity } from '../questions/question.entity';
import { toQuestionInput } from '../questions/question.mapper';
import { roundNotClosed } from '../results/results.errors';
import { AppealEntity } from './appeal.entity';
import { appealAlreadyDecided, appealNotFound, appealWindowClosed, rekeyInvalid } from './judging.errors';
import { JudgingRepository } from './judging.repository';
import { QuestionOverrideEntity } from './question-override.entity';

const DAY = 24 * 3600_000;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * Khiếu nại: after a round closes an entrant may appeal a question of their
 * paper within the round's appeal window. A judge answers; voiding a question
 * or correcting its key applies to everyone who drew it, and the round is
 * re-scored from the stored answers — a new snapshot then needs approval again.
 */
@Injectable()
export class AppealsService {
  constructor(
    private readonly attempts: AttemptsRepository,
    private readonly contests: ContestsRepository,
    private readonly judging: JudgingRepository,
    private readonly finalizer: AttemptFinalizer,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: Transactions,
  ) {}

  private get appeals() {
    return this.tx.manager().getRepository(AppealEntity);
  }

  /** Filing the same question of the same paper again returns the appeal already filed. */
  async file(attemptId: string, body: FileAppealRequest, caller: Caller): Promise<Appeal> {
    const attempt = await this.attempts.findById(attemptId);
    if (!attempt || attempt.userId !== caller.userId) throw attemptNotFound(attemptId);
    const round = await this.contests.findRound(attempt.roundId);
    if (!round) throw roundNotFound(attempt.roundId);
    const now = this.clock.now();
    if (attempt.status === 'in_progress' || now < round.closesAt) throw roundNotClosed();
    if (now > round.closesAt + round.appealDays * DAY) throw appealWindowClosed(`Appeals for this round closed ${round.appealDays} days after the round`);
    if (!(await this.attempts.drawnQuestion(attemptId, body.questionId))) throw questionNotInAttempt(body.questionId);
    const id = await this.tx.run(async (em) => {
      const existing = await em.getRepository(AppealEntity).findOneBy({ attemptId, questionId: body.questionId });
      if (existing) return existing.id;
      const appeal: AppealEntity = {
        id: randomUUID(),
        roundId: round.id,
        attemptId,
        questionId: body.questionId,
        userId: caller.userId,
        text: normalizeMultilineText(body.text),
        status: 'open',
        decision: null,
        response: null,
        decidedBy: null,
        createdAt: now,
        decidedAt: null,
      };
      await em.getRepository(AppealEntity).insert(appeal);
      return appeal.id;
    });
    return this.get(id);
  }

  async forAttempt(attemptId: string, caller: Caller): Promise<Appeal[]> {
    const attempt = await this.attempts.findById(attemptId);
    if (!attempt || attempt.userId !== caller.userId) throw attemptNotFound(attemptId);
    return this.view(await this.appeals.find({ where: { attemptId }, order: { createdAt: 'ASC' } }));
  }

  async forRound(roundId: number, status?: Appeal['status']): Promise<Appeal[]> {
    return this.view(await this.appeals.find({ where: { roundId, ...(status && { status }) }, order: { createdAt: 'ASC', id: 'ASC' } }));
  }

  /**
   * The jury's answer. Voiding or re-keying is a decision about the question
   * in this round: the other open appeals on it get the same answer, and every
   * paper of the round is scored again.
   */
  async decide(id: string, body: DecideAppealRequest, caller: Caller, meta: RequestMeta): Promise<Appeal> {
    const appeal = await this.tx.run(async (em) => {
      const appeal = await em.getRepository(AppealEntity).findOneBy({ id });
      if (!appeal) throw appealNotFound(id);
      if (appeal.status !== 'open') throw appealAlreadyDecided();
      const response = normalizeMultilineText(body.response);
      const now = this.clock.now();
      let siblings: AppealEntity[] = [appeal];
      if (body.decision !== 'rejected') {
        const question = (await this.judging.questions([appeal.questionId])).get(appeal.questionId) as QuestionEntity;
        const override = this.override(appeal, question, body, caller.userId, now);
        const repo = em.getRepository(QuestionOverrideEntity);
        const before = await repo.findOneBy({ roundId: appeal.roundId, questionId: appeal.questionId });
        await repo.save(override);
        await this.audit.record({
          actorId: caller.userId,
          action: 'question.override',
          entityType: 'question',
          entityId: appeal.questionId,
          before,
          after: { ...override, appealId: id },
          ip: meta.ip,
        });
        siblings = await em.getRepository(AppealEntity).findBy({ roundId: appeal.roundId, questionId: appeal.questionId, status: 'open' });
      }
      await em.getRepository(AppealEntity).update({ id: In(siblings.map((a) => a.id)) }, { status: 'answered', decision: body.decision, response, decidedBy: caller.userId, decidedAt: now });
      await this.audit.record({
        actorId: caller.userId,
        action: 'appeal.decide',
        entityType: 'appeal',
        entityId: id,
        before: { status: 'open' },
        after: { decision: body.decision, response, answered: siblings.map((a) => a.id) },
        ip: meta.ip,
      });
      return appeal;
    });
    if (body.decision !== 'rejected') await this.finalizer.rescoreRound(appeal.roundId);
    return this.get(id);
  }

  /** The decision as an override of the question's key in this round; a corrected key must still make a well-formed question. */
  private override(appeal: AppealEntity, question: QuestionEntity, body: DecideAppealRequest, judgeId: string, now: number): QuestionOverrideEntity {
    const base = {
      roundId: appeal.roundId,
      questionId: appeal.questionId,
      reason: normalizeMultilineText(body.response),
      decidedBy: judgeId,
      decidedAt: now,
      correctOptionIds: null,
      acceptedAnswers: null,
    };
    if (body.decision !== 'rekey') return { ...base, action: body.decision as 'void_remove' | 'void_credit' };
    if (question.type === 'essay') throw rekeyInvalid('decision', 'An essay has no key to correct; void it or grade it again');
    const input = toQuestionInput(question);
    if (question.type === 'short_text') {
      const accepted = (body.acceptedAnswers ?? []).map((a) => a.trim()).filter(Boolean);
      if (questionProblems({ ...input, acceptedAnswers: accepted }).some((p) => p.field.startsWith('acceptedAnswers'))) throw rekeyInvalid('acceptedAnswers', 'Give at least one accepted answer');
      return { ...base, action: 'rekey', acceptedAnswers: accepted };
    }
    const correct = new Set(body.correctOptionIds ?? []);
    const options = [...(question.options ?? [])].sort((a, b) => a.position - b.position);
    if ([...correct].some((id) => !options.some((o) => o.id === id))) throw rekeyInvalid('correctOptionIds', 'Every option must belong to the question');
    const rekeyed = { ...input, options: options.map((o) => ({ text: o.text, isCorrect: correct.has(o.id) })) };
    if (questionProblems(rekeyed).some((p) => p.code === 'CORRECT_COUNT'))
      throw rekeyInvalid('correctOptionIds', question.type === 'multiple_choice' ? 'Mark at least one option right' : 'Mark exactly one option right');
    return { ...base, action: 'rekey', correctOptionIds: options.filter((o) => correct.has(o.id)).map((o) => o.id) };
  }

  private async get(id: string): Promise<Appeal> {
    const row = await this.appeals.findOneBy({ id });
    if (!row) throw appealNotFound(id);
    return (await this.view([row]))[0];
  }

  private async view(rows: AppealEntity[]): Promise<Appeal[]> {
    const questions = await this.judging.questions([...new Set(rows.map((r) => r.questionId))]);
    return rows.map((r) => ({
      id: r.id,
      roundId: r.roundId,
      attemptId: r.attemptId,
      question: { id: r.questionId, stem: questions.get(r.questionId)?.stem ?? '' },
      text: r.text,
      status: r.status,
      decision: r.decision,
      response: r.response,
      createdAt: iso(r.createdAt) as string,
      decidedAt: iso(r.decidedAt),
    }));
  }
}
