import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import type { AnswerAck, AnswerRequest, Attempt, AttemptEventRequest, AttemptSummary, RoundEligibility } from '@reform-quiz/contracts';
import { attemptDeadline, countedAttempt, drawQuestions, shuffle, windowPhase } from '@reform-quiz/domain';
import { randomInt, randomUUID } from 'node:crypto';
import type { Caller } from '../../common/auth/access.decorator';
import { Clock } from '../../common/clock';
import type { RequestMeta } from '../../common/http/request-meta';
import { uniqueViolationColumn } from '../../database/db-errors';
import { ContestsRepository } from '../contests/contests.repository';
import type { ContestEntity } from '../contests/contest.entity';
import type { RoundEntity } from '../contests/round.entity';
import { roundNotFound, roundNotOpen } from '../contests/contests.errors';
import { QuestionsRepository } from '../questions/questions.repository';
import type { UserEntity } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { AnswerWriter } from './answer-writer.service';
import { AttemptFinalizer } from './attempt-finalizer.service';
import { AttemptScorer } from './attempt-scorer.service';
import { AttemptSheets } from './attempt-sheets.service';
import { AttemptQuestionEntity } from './attempt-question.entity';
import { AttemptEntity } from './attempt.entity';
import { toAttempt, toAttemptResult } from './attempt.mapper';
import { answerInvalid, attemptExpired, attemptFinished, attemptNotFound, noAttemptsLeft, notEligible, questionNotInAttempt, roundClosed } from './attempts.errors';
import { AttemptsRepository } from './attempts.repository';

/** An attempt as the counted-attempt rule sees it. */
export const asFinished = (a: AttemptEntity) => ({ id: a.id, number: a.number, score: a.status === 'in_progress' ? null : a.scoreCenti, durationMs: a.durationMs });

/** Cryptographic randomness for drawing papers: nobody can predict another entrant's questions. */
const secureRandom = () => randomInt(2 ** 32) / 2 ** 32;

type RoundWithContest = RoundEntity & { contest: ContestEntity };

/** An entrant's attempts: start or resume, answer, submit, read back. */
@Injectable()
export class AttemptsService {
  constructor(
    private readonly attempts: AttemptsRepository,
    private readonly contests: ContestsRepository,
    private readonly questions: QuestionsRepository,
    private readonly users: UsersRepository,
    private readonly writer: AnswerWriter,
    private readonly sheets: AttemptSheets,
    private readonly finalizer: AttemptFinalizer,
    private readonly scorer: AttemptScorer,
    private readonly clock: Clock,
  ) {}

  async eligibility(roundId: number, caller: Caller | undefined): Promise<RoundEligibility> {
    const round = await this.round(roundId);
    if (!caller) return { eligible: false, reason: 'not_signed_in', attemptsUsed: 0, attemptsAllowed: round.attemptsAllowed, openAttemptId: null };
    const user = await this.users.findById(caller.userId);
    const mine = await this.attempts.forUser(roundId, caller.userId);
    const open = mine.find((a) => a.status === 'in_progress') ?? null;
    const reason = this.refusal(round, user, mine.length, open !== null);
    return { eligible: reason === 'ok', reason, attemptsUsed: mine.length, attemptsAllowed: round.practice ? null : round.attemptsAllowed, openAttemptId: open?.id ?? null };
  }

  /** Resumes the open attempt, or starts a new one: questions drawn by blueprint, option order fixed, deadline set — all stored. */
  async start(roundId: number, caller: Caller, meta: RequestMeta): Promise<Attempt> {
    const round = await this.round(roundId);
    const user = await this.users.findById(caller.userId);
    let mine = await this.attempts.forUser(roundId, caller.userId);
    const open = mine.find((a) => a.status === 'in_progress');
    if (open) {
      if (this.clock.now() <= open.acceptUntil) return this.view(open, round);
      await this.finalizer.finalize(open.id, 'expired');
      mine = await this.attempts.forUser(roundId, caller.userId);
    }
    this.assertMay(round, user, mine.length);
    let attempt: AttemptEntity;
    try {
      attempt = await this.open(round, { id: caller.userId, category: user?.category ?? null, unitId: user?.unitId ?? null }, mine.length + 1, meta, this.clock.now());
    } catch (error) {
      // A double tap on "start": the other request created the attempt; resume it.
      if (uniqueViolationColumn(error) !== null) return this.start(roundId, caller, meta);
      throw error;
    }
    return this.view(attempt, round);
  }

  /**
   * Stores a new attempt begun at `now`: questions drawn by the blueprint,
   * option order fixed, deadline set. The caller has checked that it may begin.
   */
  async open(round: RoundEntity, entrant: Pick<UserEntity, 'id' | 'category' | 'unitId'>, number: number, meta: RequestMeta, now: number): Promise<AttemptEntity> {
    const pool = await this.questions.drawable(round.bankId);
    const drawnIds = drawQuestions(pool, round.blueprint, secureRandom);
    const ordered = round.shuffleQuestions ? shuffle(drawnIds, secureRandom) : drawnIds;
    const full = new Map((await this.questions.withOptions(ordered)).map((q) => [q.id, q]));
    const attempt = Object.assign(new AttemptEntity(), {
      id: randomUUID(),
      roundId: round.id,
      userId: entrant.id,
      number,
      status: 'in_progress' as const,
      category: entrant.category,
      unitId: entrant.unitId,
      startedAt: now,
      deadlineAt: attemptDeadline(now, round.timeLimitSeconds * 1000, round.closesAt),
      submittedAt: null,
      finalizedAt: null,
      questionCount: ordered.length,
      maxScore: ordered.reduce((sum, id) => sum + (full.get(id)?.points ?? 0), 0),
      scoreCenti: null,
      correctCount: null,
      perfect: null,
      durationMs: null,
      prediction: null,
      liveSessionId: null,
      // Where it was taken from, for the jury's integrity checks (shared devices and addresses).
      clientIp: meta.ip,
      clientAgent: meta.userAgent,
      deviceId: meta.deviceId ?? null,
      focusLosses: 0,
      disqualified: false,
    });
    attempt.acceptUntil = attempt.deadlineAt + round.graceSeconds * 1000;
    const drawn = ordered.map((questionId, position) => {
      const options = [...(full.get(questionId)?.options ?? [])].sort((a, b) => a.position - b.position).map((o) => o.id);
      // Đúng stays before Sai: shuffling a true/false pair only confuses.
      const shuffled = round.shuffleOptions && full.get(questionId)?.type !== 'true_false';
      return Object.assign(new AttemptQuestionEntity(), { attemptId: attempt.id, position, questionId, optionOrder: shuffled ? shuffle(options, secureRandom) : options });
    });
    await this.attempts.create(attempt, drawn, ordered, now);
    return attempt;
  }

  async get(id: string, caller: Caller): Promise<Attempt> {
    const attempt = await this.owned(id, caller);
    const round = await this.round(attempt.roundId);
    return this.view(await this.finalizeIfOverdue(attempt), round);
  }

  async answer(id: string, questionId: string, body: AnswerRequest, caller: Caller): Promise<AnswerAck> {
    const receivedAt = this.clock.now();
    const sheet = await this.sheets.inProgress(id);
    if (!sheet) {
      // Not in progress: absent or someone else's (as good as absent), or finished.
      await this.owned(id, caller);
      throw attemptFinished();
    }
    if (sheet.userId !== caller.userId) throw attemptNotFound(id);
    if (receivedAt > sheet.acceptUntil) throw await this.expire(id);
    const drawn = sheet.questions.get(questionId);
    if (!drawn) throw questionNotInAttempt(questionId);
    const write = this.checkAnswer(drawn.type, drawn.optionOrder, body);
    const stored = await this.writer.save({ attemptId: id, questionId, ...write, clientSeq: body.clientSeq }, receivedAt).catch(async (error: unknown) => {
      // The round was closed early since the sheet was read: the writer saw the stored limit.
      throw error instanceof AppError && error.code === 'ATTEMPT_EXPIRED' ? await this.expire(id) : error;
    });
    return { questionId, clientSeq: stored.clientSeq, savedAt: new Date(stored.savedAt).toISOString(), serverNow: new Date(this.clock.now()).toISOString() };
  }

  async submit(id: string, prediction: number | null | undefined, caller: Caller): Promise<Attempt> {
    const attempt = await this.owned(id, caller);
    const round = await this.round(attempt.roundId);
    if (attempt.status !== 'in_progress') throw attemptFinished();
    if (this.clock.now() > attempt.acceptUntil) {
      await this.finalizer.finalize(id, 'expired');
      throw attemptExpired();
    }
    const final = await this.finalizer.finalize(id, 'submitted', round.practice || !round.predictionKind ? null : (prediction ?? null));
    if (final.status !== 'submitted') throw attemptFinished();
    return this.view(final, round);
  }

  /** The entrant's page reports leaving it (another tab or app) while the attempt runs; the jury sees many as a flag. */
  async recordEvent(id: string, kind: AttemptEventRequest['kind'], caller: Caller): Promise<void> {
    const attempt = await this.owned(id, caller);
    if (attempt.status !== 'in_progress') throw attemptFinished();
    if (kind === 'focus_lost') await this.attempts.countFocusLoss(id);
  }

  async history(caller: Caller): Promise<AttemptSummary[]> {
    const attempts = await this.attempts.history(caller.userId);
    const counted = new Set<string>();
    const byRound = new Map<number, AttemptEntity[]>();
    for (const a of attempts) byRound.set(a.roundId, [...(byRound.get(a.roundId) ?? []), a]);
    for (const group of byRound.values()) {
      const round = group[0].round;
      const pick = round && !round.practice ? countedAttempt(group.map(asFinished), round.countedAttempt) : null;
      if (pick) counted.add(pick.id);
    }
    return attempts.map((a) => ({
      id: a.id,
      roundId: a.roundId,
      roundTitle: a.round?.title ?? '',
      contestId: a.round?.contestId ?? 0,
      contestTitle: a.round?.contest?.title ?? '',
      number: a.number,
      status: a.status,
      startedAt: new Date(a.startedAt).toISOString(),
      submittedAt: a.submittedAt === null ? null : new Date(a.submittedAt).toISOString(),
      result: toAttemptResult(a),
      practice: a.round?.practice ?? false,
      counted: counted.has(a.id),
    }));
  }

  private async view(attempt: AttemptEntity, round: RoundEntity): Promise<Attempt> {
    const [drawn, answers] = await Promise.all([this.attempts.questions(attempt.id), this.attempts.answers(attempt.id)]);
    const now = this.clock.now();
    // No key leaves the server before the round closes (product rule 3) — practice rounds included, since they share the bank.
    const reviewable = attempt.status !== 'in_progress' && now >= round.closesAt;
    return toAttempt(attempt, round, drawn, answers, now, reviewable ? await this.scorer.score(attempt.id, round, drawn, answers) : null);
  }

  /** Finalises an attempt whose time ran out; the error to answer with. */
  private async expire(id: string): Promise<AppError> {
    await this.finalizer.finalize(id, 'expired');
    return attemptExpired();
  }

  private async finalizeIfOverdue(attempt: AttemptEntity): Promise<AttemptEntity> {
    return attempt.status === 'in_progress' && this.clock.now() > attempt.acceptUntil ? this.finalizer.finalize(attempt.id, 'expired') : attempt;
  }

  private async owned(id: string, caller: Caller): Promise<AttemptEntity> {
    const attempt = await this.attempts.findById(id);
    // Someone else's attempt is as good as absent: its existence is nobody else's business.
    if (!attempt || attempt.userId !== caller.userId) throw attemptNotFound(id);
    return attempt;
  }

  private async round(id: number): Promise<RoundWithContest> {
    const round = await this.contests.findRound(id);
    if (!round || round.contest.status === 'draft') throw roundNotFound(id);
    return round;
  }

  private refusal(round: RoundWithContest, user: UserEntity | null, used: number, hasOpen: boolean): RoundEligibility['reason'] {
    const phase = windowPhase(this.clock.now(), round.opensAt, round.closesAt);
    if (round.mode !== 'self_paced' || phase === 'upcoming' || round.contest.status !== 'published') return phase === 'closed' ? 'closed' : 'not_open';
    if (phase === 'closed') return 'closed';
    if (hasOpen) return 'ok';
    if (!round.practice) {
      // The committee and the jury may not enter a contest they run.
      if (!user || user.role !== 'participant') return 'staff';
      if (!user.category || !round.contest.categories.includes(user.category)) return 'category';
      if (round.attemptsAllowed !== null && used >= round.attemptsAllowed) return 'no_attempts_left';
    }
    return 'ok';
  }

  private assertMay(round: RoundWithContest, user: UserEntity | null, used: number): void {
    switch (this.refusal(round, user, used, false)) {
      case 'ok':
        return;
      case 'not_open':
        throw roundNotOpen(round.mode === 'live' ? 'This round is played in a live session, not on your own' : undefined);
      case 'closed':
        throw roundClosed();
      case 'staff':
        throw notEligible('Members of the organizing committee and the jury cannot enter ranked rounds');
      case 'category':
        throw notEligible('This contest is not open to your category of entrant');
      case 'no_attempts_left':
        throw noAttemptsLeft(round.attemptsAllowed ?? 0);
      case 'not_signed_in':
        throw notEligible('Sign in first');
    }
  }

  /** The answer must fit the question: options of this attempt's question, one for single choice, text for written answers. */
  private checkAnswer(type: string, optionOrder: string[], body: AnswerRequest): { optionIds: string[] | null; text: string | null } {
    if (type === 'short_text' || type === 'essay') {
      if (body.optionIds !== undefined) throw answerInvalid('This question takes a written answer, not options');
      const text = (body.text ?? '').normalize('NFC');
      if (type === 'short_text' && text.length > 500) throw answerInvalid('Short answers are at most 500 characters');
      return { optionIds: null, text };
    }
    if (body.text !== undefined) throw answerInvalid('This question takes options, not text');
    const chosen = [...new Set(body.optionIds ?? [])];
    if (chosen.some((o) => !optionOrder.includes(o))) throw answerInvalid('An option is not one of this question’s options');
    if (type !== 'multiple_choice' && chosen.length > 1) throw answerInvalid('Choose one option');
    return { optionIds: chosen, text: null };
  }
}
