import { Injectable } from '@nestjs/common';
import type { EssayToGrade } from '@reform-quiz/contracts';
import { essayOutcome, type EssayOutcome } from '@reform-quiz/domain';
import type { Caller } from '../../common/auth/access.decorator';
import { Clock } from '../../common/clock';
import type { RequestMeta } from '../../common/http/request-meta';
import { Transactions } from '../../database/transactions';
import { AttemptFinalizer } from '../attempts/attempt-finalizer.service';
import { AttemptsRepository } from '../attempts/attempts.repository';
import { AuditService } from '../audit/audit.service';
import { roundNotFound } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import type { RoundEntity } from '../contests/round.entity';
import type { QuestionEntity } from '../questions/question.entity';
import { EssayGradeEntity } from './essay-grade.entity';
import { essayGradeConflict, essayNotFound, scoreAbovePoints } from './judging.errors';
import { JudgingRepository } from './judging.repository';

const outcomeOf = (round: RoundEntity, grades: EssayGradeEntity[]): EssayOutcome =>
  essayOutcome(
    grades.map((g) => ({ judgeId: g.judgeId, score: g.scoreCenti / 100, at: g.gradedAt })),
    round.essayJudges === 2 ? 2 : 1,
    round.essayMarginCenti / 100,
  );

/** Whether this judge has something to do on the essay now. */
function awaitsJudge(outcome: EssayOutcome, grades: EssayGradeEntity[], judgeId: string): boolean {
  const graded = grades.some((g) => g.judgeId === judgeId);
  return outcome.status === 'ungraded' || (!graded && (outcome.status === 'in_progress' || outcome.status === 'needs_third'));
}

/** An essay as the judge sees it: the question and the answer, never who wrote it. */
function essayView(round: RoundEntity, attemptId: string, question: QuestionEntity, answer: string, grades: EssayGradeEntity[], judgeId: string): EssayToGrade & { waiting: boolean } {
  const outcome = outcomeOf(round, grades);
  const mine = grades.find((g) => g.judgeId === judgeId);
  return {
    essayId: `${attemptId}:${question.id}`,
    roundId: round.id,
    question: { id: question.id, stem: question.stem, points: question.points },
    answer,
    status: outcome.status,
    gradeCount: grades.length,
    myGrade: mine ? { score: mine.scoreCenti / 100, comment: mine.comment } : null,
    waiting: awaitsJudge(outcome, grades, judgeId),
  };
}

/**
 * Essay grading: a queue per round shown without the entrant's identity; one
 * or two judges per essay, a third when two disagree by more than the margin.
 * Each settled grade flows into the attempt's score.
 */
@Injectable()
export class EssaysService {
  constructor(
    private readonly judging: JudgingRepository,
    private readonly attempts: AttemptsRepository,
    private readonly contests: ContestsRepository,
    private readonly finalizer: AttemptFinalizer,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: Transactions,
  ) {}

  /** The round's essays, those awaiting this judge first (or only those). */
  async queue(roundId: number, caller: Caller, pendingOnly = false): Promise<EssayToGrade[]> {
    const round = await this.round(roundId);
    const essays: (EssayToGrade & { waiting: boolean })[] = [];
    for (const paper of await this.judging.papers(roundId)) {
      if (paper.attempt.disqualified) continue;
      for (const d of paper.drawn) {
        if (d.question.type !== 'essay') continue;
        const answer = paper.answers.find((a) => a.questionId === d.questionId)?.text ?? '';
        essays.push(
          essayView(
            round,
            paper.attempt.id,
            d.question,
            answer,
            paper.grades.filter((g) => g.questionId === d.questionId),
            caller.userId,
          ),
        );
      }
    }
    return essays
      .filter((e) => e.waiting || !pendingOnly)
      .sort((a, b) => Number(b.waiting) - Number(a.waiting))
      .map(({ waiting: _, ...essay }) => essay);
  }

  /**
   * A judge's grade. Each judge grades an essay once; they may revise it while
   * theirs is the only grade. Two judges further apart than the margin call
   * for a third, whose grade then counts.
   */
  async grade(essayId: string, score: number, comment: string | undefined, caller: Caller, meta: RequestMeta): Promise<EssayToGrade> {
    const [attemptId, questionId] = essayId.split(':');
    const result = await this.tx.run(async (em) => {
      const attempt = await this.attempts.findById(attemptId);
      const drawn = attempt && attempt.status !== 'in_progress' ? await this.attempts.drawnQuestion(attemptId, questionId) : null;
      if (!attempt || !drawn || drawn.question.type !== 'essay') throw essayNotFound(essayId);
      if (score > drawn.question.points) throw scoreAbovePoints(drawn.question.points);
      const round = await this.round(attempt.roundId);
      const repo = em.getRepository(EssayGradeEntity);
      const grades = await repo.find({ where: { attemptId, questionId }, order: { gradedAt: 'ASC' } });
      const mine = grades.find((g) => g.judgeId === caller.userId);
      if (mine && grades.length > 1) throw essayGradeConflict('Another judge has graded this essay since; your grade can no longer change');
      if (!mine && !awaitsJudge(outcomeOf(round, grades), grades, caller.userId)) throw essayGradeConflict('This essay already has the grades it needs');
      const row = Object.assign(new EssayGradeEntity(), {
        attemptId,
        questionId,
        judgeId: caller.userId,
        scoreCenti: Math.round(score * 100),
        comment: comment?.trim() || null,
        gradedAt: this.clock.now(),
      });
      await repo.save(row);
      await this.audit.record({
        actorId: caller.userId,
        action: 'essay.grade',
        entityType: 'attempt',
        entityId: attemptId,
        before: mine ? { questionId, score: mine.scoreCenti / 100 } : null,
        after: { questionId, score, comment: row.comment },
        ip: meta.ip,
      });
      const all = mine ? grades.map((g) => (g === mine ? row : g)) : [...grades, row];
      const answer = (await this.attempts.answers(attemptId)).find((a) => a.questionId === questionId)?.text ?? '';
      return essayView(round, attemptId, drawn.question, answer, all, caller.userId);
    });
    await this.finalizer.rescoreAttempt(attemptId);
    const { waiting: _, ...essay } = result;
    return essay;
  }

  private async round(id: number): Promise<RoundEntity> {
    const round = await this.contests.findRound(id);
    if (!round) throw roundNotFound(id);
    return round;
  }
}
