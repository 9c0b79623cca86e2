import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { LiveAnswerAck, LivePlayerView, LiveQuestion, LiveReveal, LiveSessionState, LiveStanding } from '@reform-quiz/contracts';
import { drawQuestions, livePoints, liveStandingKey, scoreAnswer, shortenName, shuffle } from '@reform-quiz/domain';
import { randomInt, randomUUID } from 'node:crypto';
import type { Caller } from '../../common/auth/access.decorator';
import { Clock } from '../../common/clock';
import type { RequestMeta } from '../../common/http/request-meta';
import { uniqueViolationColumn } from '../../database/db-errors';
import { Transactions } from '../../database/transactions';
import { AnswerWriter } from '../attempts/answer-writer.service';
import { scoringKey } from '../attempts/attempt-scorer.service';
import { AttemptEvents } from '../attempts/attempt-events';
import { AttemptEntity } from '../attempts/attempt.entity';
import { AttemptsRepository } from '../attempts/attempts.repository';
import { AuditService } from '../audit/audit.service';
import type { ContestEntity } from '../contests/contest.entity';
import { roundNotFound } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import type { RoundEntity } from '../contests/round.entity';
import type { QuestionEntity } from '../questions/question.entity';
import { QuestionsRepository } from '../questions/questions.repository';
import { UsersRepository } from '../users/users.repository';
import { LiveSender } from './live-sender';
import { LiveSessionEntity } from './live-session.entity';
import { phaseConflict, roundNotLive, sessionNotFound } from './live.errors';
import { LiveSessionsRepository } from './live-sessions.repository';

/** Join codes: no 0/O or 1/I to misread on a projector. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const secureRandom = () => randomInt(2 ** 32) / 2 ** 32;
/** Players joining in a rush: the room hears the new count at most once a second. */
const PLAYER_COUNT_INTERVAL_MS = 1000;

type RoundWithContest = RoundEntity & { contest: ContestEntity };

interface Standing {
  userId: string;
  attemptId: string;
  name: string;
  unit: string | null;
  score: number;
  correct: number;
  elapsed: number;
  rank: number;
}

/**
 * Host-paced live games (product: Live session). The host opens each question
 * for everyone at once; the server times every answer; a right answer earns
 * round(P × (1 − (t/T)/2)) — or a flat P — and the first answer of a player
 * stands. Every answer is stored like a self-paced one, durable before it is
 * acknowledged, and the game's phase lives in the database so a reloaded
 * console, a restarted server or another API process all see the same game.
 */
const LIVE_QUESTION_TYPES = ['single_choice', 'multiple_choice', 'true_false'] as const;

@Injectable()
export class LiveSessionsService implements OnModuleDestroy {
  private readonly closeTimers = new Map<string, NodeJS.Timeout>();
  private readonly countTimers = new Map<string, NodeJS.Timeout>();
  private readonly keys = new Map<string, QuestionEntity>();
  constructor(
    private readonly sessions: LiveSessionsRepository,
    private readonly contests: ContestsRepository,
    private readonly questions: QuestionsRepository,
    private readonly users: UsersRepository,
    private readonly attempts: AttemptsRepository,
    private readonly writer: AnswerWriter,
    private readonly events: AttemptEvents,
    private readonly sender: LiveSender,
    private readonly audit: AuditService,
    private readonly tx: Transactions,
    private readonly clock: Clock,
  ) {}

  onModuleDestroy(): void {
    for (const timer of [...this.closeTimers.values(), ...this.countTimers.values()]) clearTimeout(timer);
  }

  async create(roundId: number, caller: Caller, meta: RequestMeta): Promise<LiveSessionState> {
    const round = await this.contests.findRound(roundId);
    if (!round || round.contest.status === 'draft') throw roundNotFound(roundId);
    if (round.mode !== 'live') throw roundNotLive();
    // Players answer by tapping options: written answers have no place in a live game.
    const pool = await this.questions.drawable(round.bankId, LIVE_QUESTION_TYPES);
    const drawn = drawQuestions(pool, round.blueprint, secureRandom);
    const now = this.clock.now();
    for (let tries = 0; ; tries++) {
      const session = Object.assign(new LiveSessionEntity(), {
        id: randomUUID(),
        roundId,
        code: Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''),
        hostId: caller.userId,
        phase: 'lobby',
        questionIds: round.shuffleQuestions ? shuffle(drawn, secureRandom) : drawn,
        currentIndex: -1,
        openedAt: null,
        closesAt: null,
        createdAt: now,
        endedAt: null,
      });
      try {
        await this.sessions.insert(session);
      } catch (error) {
        if (uniqueViolationColumn(error) === 'code' && tries < 5) continue;
        throw error;
      }
      await this.questions.markUsed(session.questionIds, now);
      await this.audit.record({ actorId: caller.userId, action: 'live.create', entityType: 'live_session', entityId: session.id, after: { roundId, code: session.code }, ip: meta.ip });
      return this.state(session, round);
    }
  }

  async list(roundId: number): Promise<LiveSessionState[]> {
    const round = await this.round(roundId);
    return Promise.all((await this.sessions.forRound(roundId)).map((s) => this.state(s, round)));
  }

  async get(id: string): Promise<LiveSessionState> {
    const session = await this.session(id);
    return this.state(session, await this.round(session.roundId));
  }

  async byCode(code: string): Promise<LiveSessionEntity> {
    const session = await this.sessions.findByCode(code.trim().toUpperCase());
    if (!session) throw sessionNotFound();
    return session;
  }

  /** Opens the next question for everyone at once, timed by the server. */
  async next(id: string, caller: Caller): Promise<LiveSessionState> {
    const session = await this.session(id);
    const round = await this.round(session.roundId);
    const phase = this.phase(session);
    if (phase !== 'lobby' && phase !== 'reveal') throw phaseConflict(phase, 'open the next question');
    if (session.currentIndex + 1 >= session.questionIds.length) throw phaseConflict(phase, 'open a question after the last one');
    const now = this.clock.now();
    const changes = { phase: 'question', currentIndex: session.currentIndex + 1, openedAt: now, closesAt: now + round.questionSeconds * 1000 };
    await this.sessions.update(id, changes);
    Object.assign(session, changes);
    this.scheduleCloseBroadcast(session, round);
    return this.broadcast(session, round, caller);
  }

  /** Closes the open question before its time runs out. */
  async close(id: string, caller: Caller): Promise<LiveSessionState> {
    const session = await this.session(id);
    const round = await this.round(session.roundId);
    if (this.phase(session) !== 'question') throw phaseConflict(this.phase(session), 'close the question');
    const closesAt = this.clock.now();
    await this.sessions.update(id, { closesAt });
    session.closesAt = closesAt;
    clearTimeout(this.closeTimers.get(id));
    return this.broadcast(session, round, caller);
  }

  /** Shows what was right, how the room answered and the standings. */
  async reveal(id: string, caller: Caller): Promise<LiveSessionState> {
    const session = await this.session(id);
    const round = await this.round(session.roundId);
    if (this.phase(session) !== 'closed') throw phaseConflict(this.phase(session), 'reveal the answer');
    await this.sessions.update(id, { phase: 'reveal' });
    session.phase = 'reveal';
    return this.broadcast(session, round, caller);
  }

  /** Ends the game on the podium; every player's attempt is scored and finalised. */
  async finish(id: string, caller: Caller, meta: RequestMeta): Promise<LiveSessionState> {
    const session = await this.session(id);
    const round = await this.round(session.roundId);
    const phase = this.phase(session);
    if (phase === 'question') throw phaseConflict(phase, 'finish while a question is open');
    if (phase === 'podium') return this.state(session, round);
    const now = this.clock.now();
    // The last question counts once revealed; a closed but unrevealed one counts too.
    const upTo = phase === 'lobby' ? -1 : session.currentIndex;
    const standings = await this.standings(session, round, upTo);
    // One transaction (one commit, not one per player): the podium appears as soon as every attempt is final.
    const finalized: string[] = [];
    await this.tx.run(async () => {
      for (const s of standings) {
        const changes = { status: 'submitted', submittedAt: now, finalizedAt: now, scoreCenti: s.score * 100, correctCount: s.correct, perfect: s.correct === session.questionIds.length, durationMs: s.elapsed } as const;
        if (await this.attempts.finalize(s.attemptId, changes)) finalized.push(s.attemptId);
      }
      await this.sessions.update(id, { phase: 'podium', endedAt: now });
      await this.audit.record({ actorId: caller.userId, action: 'live.finish', entityType: 'live_session', entityId: id, after: { players: standings.length, podium: standings.slice(0, 3).map((s) => s.name) }, ip: meta.ip });
    });
    for (const attemptId of finalized) this.events.finalized$.next({ attemptId, roundId: round.id });
    Object.assign(session, { phase: 'podium', endedAt: now });
    return this.broadcast(session, round, caller);
  }

  /**
   * A signed-in entrant who may enter joins as a player (with an attempt of
   * their own); anyone else — the projector, a visitor, the committee —
   * watches. Rejoining finds the same attempt, so score and state survive a
   * reload or a lost connection.
   */
  async join(session: LiveSessionEntity, caller: Caller | undefined): Promise<LiveSessionState> {
    const round = await this.round(session.roundId);
    let joinedAs: 'player' | 'audience' = 'audience';
    if (caller && caller.role === 'participant' && session.endedAt === null) {
      const user = await this.users.findById(caller.userId);
      if (user?.category && round.contest.categories.includes(user.category)) {
        joinedAs = 'player';
        if (!(await this.sessions.playerAttemptId(session.id, caller.userId))) {
          await this.addPlayer(session, round, caller.userId, user.category, user.unitId);
          this.schedulePlayerCount(session, round);
        }
      }
    }
    return { ...(await this.state(session, round)), joinedAs };
  }

  async answer(sessionId: string, questionId: string, optionIds: string[], caller: Caller): Promise<LiveAnswerAck> {
    const receivedAt = this.clock.now();
    const session = await this.sessions.findKnown(sessionId);
    if (!session) throw sessionNotFound();
    const attemptId = await this.sessions.playerAttemptId(sessionId, caller.userId);
    if (!attemptId) return { accepted: false, code: 'LIVE_NOT_JOINED' };
    if (session.phase !== 'question' || session.questionIds[session.currentIndex] !== questionId || session.closesAt === null || receivedAt > session.closesAt || session.openedAt === null) {
      return { accepted: false, code: 'LIVE_QUESTION_CLOSED' };
    }
    const question = await this.question(questionId);
    const known = new Set((question.options ?? []).map((o) => o.id));
    const chosen = [...new Set(optionIds)];
    if (chosen.length === 0 || chosen.some((o) => !known.has(o)) || (question.type !== 'multiple_choice' && chosen.length > 1)) {
      return { accepted: false, code: 'ANSWER_INVALID' };
    }
    const elapsedMs = receivedAt - session.openedAt;
    const stored = await this.writer.save({ attemptId, questionId, optionIds: chosen, text: null, clientSeq: 1, elapsedMs, firstWins: true }, receivedAt);
    return stored.inserted ? { accepted: true, elapsedMs } : { accepted: false, code: 'LIVE_ALREADY_ANSWERED' };
  }

  /** A player's own score, rank and current answer. */
  async me(sessionId: string, caller: Caller): Promise<LivePlayerView> {
    const session = await this.session(sessionId);
    const round = await this.round(session.roundId);
    const attemptId = await this.sessions.playerAttemptId(sessionId, caller.userId);
    if (!attemptId) return { sessionId, score: 0, rank: null, answer: null };
    const standings = await this.standings(session, round, this.revealedUpTo(session));
    const mine = standings.find((s) => s.attemptId === attemptId);
    const currentId = session.questionIds[session.currentIndex];
    const answer = currentId ? (await this.sessions.answers([attemptId])).find((a) => a.questionId === currentId) : undefined;
    const revealed = this.revealedUpTo(session) >= session.currentIndex;
    let result: LivePlayerView['answer'] = null;
    if (answer && currentId) {
      const key = scoringKey(await this.question(currentId));
      const correct = scoreAnswer(key, answer).correct === true;
      result = {
        questionId: currentId,
        optionIds: answer.optionIds ?? [],
        correct: revealed ? correct : null,
        points: revealed ? livePoints(key.points, correct, answer.elapsedMs ?? 0, round.questionSeconds * 1000, round.speedScoring) : null,
      };
    }
    return { sessionId, score: mine?.score ?? 0, rank: mine?.rank ?? null, answer: result };
  }

  // --- state

  /** 'closed' is not stored: a question is closed once the server clock passes its end. */
  private phase(session: LiveSessionEntity): LiveSessionState['phase'] {
    if (session.phase === 'question' && session.closesAt !== null && this.clock.now() >= session.closesAt) return 'closed';
    return session.phase as LiveSessionState['phase'];
  }

  /** The last question whose result is public: revealed, or the game is over. */
  private revealedUpTo(session: LiveSessionEntity): number {
    const phase = this.phase(session);
    return phase === 'reveal' || phase === 'podium' ? session.currentIndex : session.currentIndex - 1;
  }

  async state(session: LiveSessionEntity, round: RoundWithContest): Promise<LiveSessionState> {
    const phase = this.phase(session);
    const currentId = session.questionIds[session.currentIndex];
    const showQuestion = currentId && (phase === 'question' || phase === 'closed' || phase === 'reveal');
    return {
      id: session.id,
      code: session.code,
      roundId: round.id,
      contestId: round.contestId,
      title: `${round.contest.title} — ${round.title}`,
      phase,
      players: await this.sessions.playerCount(session.id),
      questionCount: session.questionIds.length,
      index: session.currentIndex,
      question: showQuestion ? this.liveQuestion(session, await this.question(currentId)) : null,
      reveal: phase === 'reveal' ? await this.revealOf(session, round) : null,
      podium: phase === 'podium' ? (await this.standings(session, round, session.currentIndex)).slice(0, 10).map(toStanding) : null,
      questionSeconds: round.questionSeconds,
      speedScoring: round.speedScoring,
      serverNow: new Date(this.clock.now()).toISOString(),
    };
  }

  private liveQuestion(session: LiveSessionEntity, q: QuestionEntity): LiveQuestion {
    const options = [...(q.options ?? [])].sort((a, b) => a.position - b.position);
    return {
      index: session.currentIndex,
      total: session.questionIds.length,
      id: q.id,
      type: q.type,
      stem: q.stem,
      points: q.points,
      options: options.map((o) => ({ id: o.id, text: o.text })),
      maxChoices: q.type === 'multiple_choice' ? options.length : 1,
      openedAt: new Date(session.openedAt ?? 0).toISOString(),
      closesAt: new Date(session.closesAt ?? 0).toISOString(),
    };
  }

  private async revealOf(session: LiveSessionEntity, round: RoundWithContest): Promise<LiveReveal> {
    const questionId = session.questionIds[session.currentIndex];
    const key = scoringKey(await this.question(questionId));
    const players = await this.sessions.players(session.id);
    const answers = (await this.sessions.answers(players.map((p) => p.attempt.id))).filter((a) => a.questionId === questionId);
    const counts = new Map<string, number>();
    for (const a of answers) for (const o of a.optionIds ?? []) counts.set(o, (counts.get(o) ?? 0) + 1);
    const q = await this.question(questionId);
    return {
      index: session.currentIndex,
      questionId,
      correctOptionIds: [...key.correctOptionIds],
      distribution: [...(q.options ?? [])].sort((a, b) => a.position - b.position).map((o) => ({ optionId: o.id, count: counts.get(o.id) ?? 0 })),
      answered: answers.length,
      correct: answers.filter((a) => scoreAnswer(key, a).correct === true).length,
      standings: (await this.standings(session, round, session.currentIndex)).slice(0, 10).map(toStanding),
    };
  }

  /** Everyone's live score over the questions up to `upTo`: more points first, then less answer time. Full ties share a rank. */
  private async standings(session: LiveSessionEntity, round: RoundWithContest, upTo: number): Promise<Standing[]> {
    const players = await this.sessions.players(session.id);
    const counted = new Set(session.questionIds.slice(0, upTo + 1));
    const answers = (await this.sessions.answers(players.map((p) => p.attempt.id))).filter((a) => counted.has(a.questionId));
    const questionMs = round.questionSeconds * 1000;
    const totals = new Map(players.map((p) => [p.attempt.id, { score: 0, correct: 0, elapsed: 0 }]));
    for (const a of answers) {
      const key = scoringKey(await this.question(a.questionId));
      const correct = scoreAnswer(key, a).correct === true;
      const t = totals.get(a.attemptId);
      if (!t) continue;
      t.score += livePoints(key.points, correct, a.elapsedMs ?? questionMs, questionMs, round.speedScoring);
      t.correct += correct ? 1 : 0;
      t.elapsed += a.elapsedMs ?? questionMs;
    }
    const shorten = round.contest.shortenNames;
    const rows = players
      .map((p) => ({ userId: p.attempt.userId, attemptId: p.attempt.id, name: shorten ? shortenName(p.fullName) : p.fullName, unit: p.unitName, ...(totals.get(p.attempt.id) ?? { score: 0, correct: 0, elapsed: 0 }), rank: 0 }))
      .sort((a, b) => liveStandingKey(b.score, b.elapsed) - liveStandingKey(a.score, a.elapsed) || a.name.localeCompare(b.name, 'vi'));
    rows.forEach((r, i) => {
      const previous = rows[i - 1];
      r.rank = previous && previous.score === r.score && previous.elapsed === r.elapsed ? previous.rank : i + 1;
    });
    return rows;
  }

  // --- helpers

  private async broadcast(session: LiveSessionEntity, round: RoundWithContest, _caller: Caller): Promise<LiveSessionState> {
    const state = await this.state(session, round);
    this.sender.sessionState(state);
    return state;
  }

  /** When the question's time runs out, the room hears it even if the host does nothing. */
  private scheduleCloseBroadcast(session: LiveSessionEntity, round: RoundWithContest): void {
    clearTimeout(this.closeTimers.get(session.id));
    const timer = setTimeout(() => {
      this.closeTimers.delete(session.id);
      void this.session(session.id)
        .then((fresh) => this.state(fresh, round))
        .then((state) => this.sender.sessionState(state))
        .catch(() => undefined);
    }, Math.max(0, (session.closesAt ?? 0) - this.clock.now()) + 50);
    timer.unref();
    this.closeTimers.set(session.id, timer);
  }

  private schedulePlayerCount(session: LiveSessionEntity, round: RoundWithContest): void {
    if (this.countTimers.has(session.id)) return;
    const timer = setTimeout(() => {
      this.countTimers.delete(session.id);
      void this.session(session.id)
        .then((fresh) => this.state(fresh, round))
        .then((state) => this.sender.sessionState(state))
        .catch(() => undefined);
    }, PLAYER_COUNT_INTERVAL_MS);
    timer.unref();
    this.countTimers.set(session.id, timer);
  }

  private async addPlayer(session: LiveSessionEntity, round: RoundWithContest, userId: string, category: AttemptEntity['category'], unitId: number | null): Promise<void> {
    const now = this.clock.now();
    const previous = await this.attempts.forUser(round.id, userId);
    const questions = await this.questions.withOptions(session.questionIds);
    const attempt = Object.assign(new AttemptEntity(), {
      id: randomUUID(),
      roundId: round.id,
      userId,
      number: previous.length + 1,
      status: 'in_progress',
      category,
      unitId,
      startedAt: now,
      // Live answers are timed per question by the session; the attempt stays open for the game.
      deadlineAt: now + 24 * 3600_000,
      acceptUntil: now + 24 * 3600_000,
      submittedAt: null,
      finalizedAt: null,
      questionCount: session.questionIds.length,
      maxScore: questions.reduce((sum, q) => sum + q.points * 1000, 0),
      scoreCenti: null,
      correctCount: null,
      perfect: null,
      durationMs: null,
      prediction: null,
      liveSessionId: session.id,
    });
    try {
      await this.sessions.insertAttempt(attempt);
    } catch (error) {
      // The same player joining from two tabs at once: one attempt is enough.
      if (uniqueViolationColumn(error) === null) throw error;
    }
  }

  private async question(id: string): Promise<QuestionEntity> {
    // Versions drawn into a game never change (they are marked used), so they can be kept.
    const cached = this.keys.get(id);
    if (cached) return cached;
    const [q] = await this.questions.withOptions([id]);
    if (!q) throw new Error(`question ${id} vanished`);
    this.keys.set(id, q);
    return q;
  }

  private async session(id: string): Promise<LiveSessionEntity> {
    const session = await this.sessions.findById(id);
    if (!session) throw sessionNotFound();
    return session;
  }

  private async round(id: number): Promise<RoundWithContest> {
    const round = await this.contests.findRound(id);
    if (!round) throw roundNotFound(id);
    return round;
  }
}

const toStanding = (s: Standing): LiveStanding => ({ rank: s.rank, name: s.name, unit: s.unit, score: s.score });
