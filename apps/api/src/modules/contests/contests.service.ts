import { Injectable } from '@nestjs/common';
import type { Contest, ContestInput, ContestStatus, ContestSummary, FieldError, Round, RoundInput, Role } from '@reform-quiz/contracts';
import { cellKey, contestProblems, roundProblems, windowPhase, type ConfigurationIssue } from '@reform-quiz/domain';
import type { Caller } from '../../common/auth/access.decorator';
import { Clock } from '../../common/clock';
import type { RequestMeta } from '../../common/http/request-meta';
import { plainMultiline } from '../../common/text/plain-text';
import { Transactions } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import { QuestionsRepository } from '../questions/questions.repository';
import { bankNotFound } from '../questions/questions.errors';
import { ContestEntity } from './contest.entity';
import { toContest, toContestInput, toContestSummary, toRound, toRoundInput } from './contest.mapper';
import { contestNotFound, contestStatusConflict, notPublishable, roundLocked, roundNotFound, roundNotOpen } from './contests.errors';
import { ContestsRepository } from './contests.repository';
import { RoundEntity } from './round.entity';

const STAFF: Role[] = ['organizer', 'admin', 'judge'];
const PUBLIC_STATUSES: ContestStatus[] = ['published', 'closed'];

const MESSAGES: Record<string, string> = {
  WINDOW_INVALID: 'the round must close after it opens',
  TIME_LIMIT_INVALID: 'a self-paced round needs a time limit',
  BLUEPRINT_SUM: 'the blueprint cells must add up to the question count',
  BLUEPRINT_SHORT: 'the bank has fewer approved questions in this topic × difficulty than the blueprint asks',
  BLUEPRINT_DUPLICATE_CELL: 'the same topic × difficulty appears twice in the blueprint',
  NO_ROUNDS: 'a contest needs at least one round',
  NO_CATEGORIES: 'choose who may enter: civil servants, citizens or both',
  TIE_BREAKS_INVALID: 'the ranking chain needs at least one link and no repeats',
  PREDICTION_UNUSED: 'practice rounds are not ranked, so a prediction question has no use',
};

const toDetails = (issues: ConfigurationIssue[], prefix = ''): FieldError[] =>
  issues.map((i) => ({ field: prefix + i.field, code: i.code, message: MESSAGES[i.code] ?? i.code }));

/** Contests and their rounds: organizers configure, publishing checks that the whole thing can work. */
@Injectable()
export class ContestsService {
  constructor(
    private readonly contests: ContestsRepository,
    private readonly questions: QuestionsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: Transactions,
  ) {}

  async list(caller: Caller | undefined): Promise<ContestSummary[]> {
    const statuses: ContestStatus[] = caller && STAFF.includes(caller.role) ? ['draft', 'published', 'closed', 'archived'] : PUBLIC_STATUSES;
    return (await this.contests.list(statuses)).map(toContestSummary);
  }

  async get(id: number, caller: Caller | undefined): Promise<Contest> {
    const contest = await this.contests.findById(id);
    const visible = contest && (PUBLIC_STATUSES.includes(contest.status) || (caller && STAFF.includes(caller.role)));
    if (!contest || !visible) throw contestNotFound(id);
    return toContest(contest, this.clock.now());
  }

  async create(input: ContestInput, caller: Caller, meta: RequestMeta): Promise<Contest> {
    const now = this.clock.now();
    const saved = await this.tx.run(async () => {
      const contest = await this.contests.saveContest(
        Object.assign(new ContestEntity(), { ...this.clean(input), status: 'draft', createdBy: caller.userId, publishedAt: null, createdAt: now, updatedAt: now }),
      );
      await this.audit.record({ actorId: caller.userId, action: 'contest.create', entityType: 'contest', entityId: contest.id, after: input, ip: meta.ip });
      return contest;
    });
    return this.get(saved.id, caller);
  }

  async update(id: number, input: Partial<ContestInput>, caller: Caller, meta: RequestMeta): Promise<Contest> {
    await this.tx.run(async () => {
      const contest = await this.contests.findById(id);
      if (!contest) throw contestNotFound(id);
      if (contest.status === 'archived') throw contestStatusConflict('archived', 'edited');
      const before = toContestInput(contest);
      Object.assign(contest, this.clean({ ...before, ...input }), { updatedAt: this.clock.now() });
      if (contest.status !== 'draft') await this.assertPublishable(contest);
      await this.contests.saveContest(contest);
      await this.audit.record({ actorId: caller.userId, action: 'contest.update', entityType: 'contest', entityId: id, before, after: input, ip: meta.ip });
    });
    return this.get(id, caller);
  }

  async addRound(contestId: number, input: RoundInput, caller: Caller, meta: RequestMeta): Promise<Round> {
    const round = await this.tx.run(async () => {
      const contest = await this.contests.findById(contestId);
      if (!contest) throw contestNotFound(contestId);
      if (contest.status === 'closed' || contest.status === 'archived') throw contestStatusConflict(contest.status, 'given new rounds');
      if (!(await this.questions.findBank(input.bankId))) throw bankNotFound(input.bankId);
      const now = this.clock.now();
      const position = Math.max(0, ...(contest.rounds ?? []).map((r) => r.position)) + 1;
      const entity = this.applyRound(Object.assign(new RoundEntity(), { contestId, position, createdAt: now }), input, now);
      // Problems name the round by its index in position order, as publishing does: the new one comes last.
      if (contest.status !== 'draft') await this.assertRoundWorks(entity, `rounds.${(contest.rounds ?? []).length}.`);
      const saved = await this.contests.saveRound(entity);
      await this.audit.record({ actorId: caller.userId, action: 'round.create', entityType: 'round', entityId: saved.id, after: input, ip: meta.ip });
      return saved;
    });
    return toRound(round, this.clock.now());
  }

  /** A round's rules are fixed once it opens; before that they may change (and must still work if published). */
  async updateRound(id: number, input: Partial<RoundInput>, caller: Caller, meta: RequestMeta): Promise<Round> {
    const round = await this.tx.run(async () => {
      const round = await this.contests.findRound(id);
      if (!round) throw roundNotFound(id);
      const now = this.clock.now();
      if (round.contest.status !== 'draft' && (now >= round.opensAt || (await this.contests.hasAttempts(id)))) throw roundLocked();
      if (input.bankId !== undefined && !(await this.questions.findBank(input.bankId))) throw bankNotFound(input.bankId);
      const before = toRoundInput(round);
      const updated = this.applyRound(round, { ...before, ...input }, now);
      if (round.contest.status !== 'draft') await this.assertRoundWorks(updated);
      const saved = await this.contests.saveRound(updated);
      await this.audit.record({ actorId: caller.userId, action: 'round.update', entityType: 'round', entityId: id, before, after: input, ip: meta.ip });
      return saved;
    });
    return toRound(round, this.clock.now());
  }

  /** Ends an open self-paced round now: attempts in progress get until now (plus grace) to finish. */
  async closeRound(id: number, caller: Caller, meta: RequestMeta): Promise<Round> {
    const round = await this.tx.run(async () => {
      const round = await this.contests.findRound(id);
      if (!round) throw roundNotFound(id);
      const now = this.clock.now();
      if (round.mode !== 'self_paced' || windowPhase(now, round.opensAt, round.closesAt) !== 'open') throw roundNotOpen('Only an open self-paced round can be closed early');
      const before = { closesAt: new Date(round.closesAt).toISOString() };
      round.closesAt = now;
      round.updatedAt = now;
      const saved = await this.contests.saveRound(round);
      await this.contests.capOpenAttempts(id, now, round.graceSeconds * 1000);
      await this.audit.record({ actorId: caller.userId, action: 'round.close', entityType: 'round', entityId: id, before, after: { closesAt: new Date(now).toISOString() }, ip: meta.ip });
      return saved;
    });
    return toRound(round, this.clock.now());
  }

  async deleteRound(id: number, caller: Caller, meta: RequestMeta): Promise<void> {
    await this.tx.run(async () => {
      const round = await this.contests.findRound(id);
      if (!round) throw roundNotFound(id);
      if (await this.contests.hasAttempts(id)) throw roundLocked();
      await this.contests.deleteRound(id);
      await this.audit.record({ actorId: caller.userId, action: 'round.delete', entityType: 'round', entityId: id, before: toRoundInput(round), ip: meta.ip });
    });
  }

  /** draft → published (after checking every round can work), published → closed, closed → archived. */
  async transition(id: number, to: 'published' | 'closed' | 'archived', caller: Caller, meta: RequestMeta): Promise<Contest> {
    const allowed: Record<typeof to, ContestStatus> = { published: 'draft', closed: 'published', archived: 'closed' };
    await this.tx.run(async () => {
      const contest = await this.contests.findById(id);
      if (!contest) throw contestNotFound(id);
      if (contest.status !== allowed[to]) throw contestStatusConflict(contest.status, to);
      if (to === 'published') await this.assertPublishable(contest);
      const now = this.clock.now();
      await this.contests.saveContest(Object.assign(contest, { status: to, updatedAt: now, ...(to === 'published' && { publishedAt: now }) }));
      await this.audit.record({ actorId: caller.userId, action: `contest.${to}`, entityType: 'contest', entityId: id, before: { status: allowed[to] }, after: { status: to }, ip: meta.ip });
    });
    return this.get(id, caller);
  }

  private async assertPublishable(contest: ContestEntity): Promise<void> {
    const rounds = [...(contest.rounds ?? [])].sort((a, b) => a.position - b.position);
    const details = toDetails(contestProblems(contest, rounds.length));
    for (const [i, round] of rounds.entries()) details.push(...(await this.roundIssues(round, `rounds.${i}.`)));
    if (details.length > 0) throw notPublishable(details);
  }

  private async assertRoundWorks(round: RoundEntity, prefix = ''): Promise<void> {
    const details = await this.roundIssues(round, prefix);
    if (details.length > 0) throw notPublishable(details);
  }

  private async roundIssues(round: RoundEntity, prefix: string): Promise<FieldError[]> {
    const cells = await this.questions.counts(round.bankId, 'approved');
    const available = new Map(cells.map((c) => [cellKey(c), c.count]));
    return toDetails(roundProblems(toRoundInput(round), available), prefix);
  }

  /** The input as columns: text cleaned, defaults filled, the rate in basis points. */
  private clean(input: ContestInput) {
    const { collectiveMinRate, ...rest } = input;
    return {
      ...rest,
      rules: plainMultiline(input.rules),
      description: input.description ? plainMultiline(input.description) : null,
      approvalsRequired: input.approvalsRequired ?? 1,
      onePrizePerPerson: input.onePrizePerPerson ?? false,
      collectiveMinRateBp: Math.round((collectiveMinRate ?? 0) * 10_000),
      collectivePrizeCount: input.collectivePrizeCount ?? 3,
    };
  }

  private applyRound(round: RoundEntity, input: RoundInput, now: number): RoundEntity {
    return Object.assign(round, {
      title: input.title,
      mode: input.mode,
      bankId: input.bankId,
      opensAt: Date.parse(input.opensAt),
      closesAt: Date.parse(input.closesAt),
      timeLimitSeconds: input.timeLimitSeconds,
      questionCount: input.questionCount,
      blueprint: input.blueprint.map((c) => ({ topic: c.topic, difficulty: c.difficulty, count: c.count })),
      attemptsAllowed: input.practice ? null : (input.attemptsAllowed ?? null),
      countedAttempt: input.countedAttempt,
      shuffleQuestions: input.shuffleQuestions,
      shuffleOptions: input.shuffleOptions,
      partialCredit: input.partialCredit,
      predictionKind: input.prediction?.kind ?? null,
      predictionPrompt: input.prediction?.prompt ?? null,
      leaderboardVisibility: input.leaderboardVisibility,
      freezeMinutes: input.freezeMinutes,
      practice: input.practice,
      graceSeconds: input.graceSeconds,
      questionSeconds: input.questionSeconds ?? 20,
      speedScoring: input.speedScoring ?? true,
      essayJudges: input.essayJudges ?? 1,
      essayMarginCenti: Math.round((input.essayMargin ?? 1) * 100),
      appealDays: input.appealDays ?? 3,
      updatedAt: now,
    });
  }
}
