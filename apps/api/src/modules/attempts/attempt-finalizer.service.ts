import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { attemptDuration } from '@reform-quiz/domain';
import { Clock } from '../../common/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Transactions } from '../../database/transactions';
import { ContestsRepository } from '../contests/contests.repository';
import type { RoundEntity } from '../contests/round.entity';
import { AttemptEntity } from './attempt.entity';
import { AttemptEvents } from './attempt-events';
import { AttemptScorer } from './attempt-scorer.service';
import { AttemptsRepository } from './attempts.repository';

/**
 * Closes attempts and scores them from their stored answers: when the entrant
 * submits, or — for attempts past deadline + grace — when the sweeper or the
 * next access finds them. Scoring always reads what is stored, so any score
 * can be recomputed the same way.
 */
@Injectable()
export class AttemptFinalizer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AttemptFinalizer.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly attempts: AttemptsRepository,
    private readonly contests: ContestsRepository,
    private readonly tx: Transactions,
    private readonly clock: Clock,
    private readonly events: AttemptEvents,
    private readonly scorer: AttemptScorer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.attemptSweepSeconds <= 0) return;
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.error(`sweep failed: ${(error as Error).message}`));
    }, this.config.attemptSweepSeconds * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Scores every finished self-paced attempt of a round again from its stored
   * answers — after an appeal changed a question. Returns how many scores changed.
   */
  async rescoreRound(roundId: number): Promise<number> {
    const round = await this.contests.findRound(roundId);
    if (!round || round.mode !== 'self_paced') return 0;
    let changed = 0;
    for (const attempt of await this.attempts.finished(roundId)) if (await this.rescore(attempt, round)) changed += 1;
    if (changed > 0) this.events.finalized$.next({ attemptId: '', roundId });
    return changed;
  }

  /** One finished attempt scored again — after one of its essays was graded. */
  async rescoreAttempt(attemptId: string): Promise<boolean> {
    const attempt = await this.attempts.findById(attemptId);
    const round = attempt && (await this.contests.findRound(attempt.roundId));
    if (!attempt || !round || attempt.status === 'in_progress') return false;
    const changed = await this.rescore(attempt, round);
    if (changed) this.events.finalized$.next({ attemptId, roundId: round.id });
    return changed;
  }

  private async rescore(attempt: AttemptEntity, round: RoundEntity): Promise<boolean> {
    const [drawn, answers] = await Promise.all([this.attempts.questions(attempt.id), this.attempts.answers(attempt.id)]);
    const result = await this.scorer.score(attempt.id, round, drawn, answers);
    if (result.scoreCenti === attempt.scoreCenti && result.correctCount === attempt.correctCount && result.perfect === attempt.perfect && result.maxScore === attempt.maxScore) return false;
    await this.attempts.updateScore(attempt.id, { scoreCenti: result.scoreCenti, correctCount: result.correctCount, perfect: result.perfect, maxScore: result.maxScore });
    return true;
  }

  /** Finalises every overdue attempt; returns how many. */
  async sweep(): Promise<number> {
    let done = 0;
    for (;;) {
      const overdue = await this.attempts.overdue(this.clock.now(), 200);
      if (overdue.length === 0) return done;
      for (const attempt of overdue) {
        await this.finalize(attempt.id, 'expired');
        done += 1;
      }
    }
  }

  /**
   * `submitted` takes the time of the call (capped at the deadline) and the
   * prediction; `expired` counts the time to the deadline. An attempt already
   * final is returned as it is. `now` is the time of the call.
   */
  async finalize(attemptId: string, how: 'submitted' | 'expired', prediction?: number | null, now = this.clock.now()): Promise<AttemptEntity> {
    return this.tx.run(async () => {
      const attempt = await this.attempts.findForUpdate(attemptId);
      if (!attempt) throw new Error(`attempt ${attemptId} vanished`);
      if (attempt.status !== 'in_progress') return attempt;
      const round = await this.contests.findRound(attempt.roundId);
      if (!round) throw new Error(`round ${attempt.roundId} vanished`);
      const [drawn, answers] = await Promise.all([this.attempts.questions(attemptId), this.attempts.answers(attemptId)]);
      const result = await this.scorer.score(attemptId, round, drawn, answers);
      const changes = {
        status: how,
        submittedAt: how === 'submitted' ? now : null,
        finalizedAt: now,
        scoreCenti: result.scoreCenti,
        correctCount: result.correctCount,
        perfect: result.perfect,
        durationMs: attemptDuration(attempt.startedAt, how === 'submitted' ? now : attempt.deadlineAt, attempt.deadlineAt),
        prediction: how === 'submitted' && prediction !== undefined ? prediction : attempt.prediction,
      };
      await this.attempts.finalize(attemptId, changes);
      return Object.assign(attempt, changes);
    }).then((final) => {
      // Announced after the commit, so anyone reading the board sees it.
      this.events.finalized$.next({ attemptId: final.id, roundId: final.roundId });
      return final;
    });
  }
}
