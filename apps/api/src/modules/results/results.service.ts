import { Injectable } from '@nestjs/common';
import type { CollectiveResult, PublishedResults, ResultBlock, ResultSnapshot, SnapshotChange } from '@reform-quiz/contracts';
import { assignPrizes, rankUnits, shortenName } from '@reform-quiz/domain';
import { randomUUID } from 'node:crypto';
import type { Caller } from '../../common/auth/access.decorator';
import { canonicalJson, sha256 } from '../../common/canonical-json';
import { Clock } from '../../common/clock';
import { forbidden } from '../../common/errors/app-error';
import type { RequestMeta } from '../../common/http/request-meta';
import { Transactions } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import { CertificatesService } from '../certificates/certificates.service';
import type { ContestEntity } from '../contests/contest.entity';
import { contestNotFound } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import { LeaderboardService } from '../leaderboard/leaderboard.service';
import { UnitEntity } from '../units/unit.entity';
import { ResultSnapshotEntity } from './result-snapshot.entity';
import { alreadyApproved, notPublished, roundNotClosed, snapshotNotFound, snapshotStatusConflict } from './results.errors';
import { ResultsRepository } from './results.repository';
import type { SnapshotContent, SnapshotLine } from './snapshot-content';
import { SnapshotApprovalEntity } from './snapshot-approval.entity';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Publication is a decision (product rule 7): a ranking is frozen as a
 * snapshot with a content hash and its prizes, approved by the configured
 * number of judges, then published. A published result never changes; a
 * re-score makes a new snapshot that goes through approval again, and only
 * the published one is public.
 */
@Injectable()
export class ResultsService {
  constructor(
    private readonly results: ResultsRepository,
    private readonly contests: ContestsRepository,
    private readonly leaderboards: LeaderboardService,
    private readonly certificates: CertificatesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: Transactions,
  ) {}

  /** Freezes the current ranking of a closed round (or of the whole contest once its ranked rounds have closed). */
  async create(contestId: number, roundId: number | null, caller: Caller, meta: RequestMeta): Promise<ResultSnapshot> {
    const contest = await this.contests.findById(contestId);
    if (!contest) throw contestNotFound(contestId);
    const now = this.clock.now();
    const scopeRounds = (contest.rounds ?? []).filter((r) => !r.practice && (roundId === null ? r.mode === 'self_paced' : r.id === roundId));
    if (scopeRounds.length === 0 || scopeRounds.some((r) => now < r.closesAt)) throw roundNotClosed();

    const content = await this.freeze(contest, roundId);
    const hash = sha256(canonicalJson(content));
    const id = await this.tx.run(async () => {
      const [latest] = await this.results.forScope(contestId, roundId);
      // The same content again is the same snapshot: nothing new to approve.
      if (latest && latest.hash === hash && latest.status !== 'superseded') return latest.id;
      const snapshot = Object.assign(new ResultSnapshotEntity(), {
        id: randomUUID(),
        contestId,
        roundId,
        status: 'pending' as const,
        content,
        hash,
        previousId: latest?.id ?? null,
        approvalsRequired: Math.max(1, contest.approvalsRequired),
        createdBy: caller.userId,
        createdAt: now,
        publishedAt: null,
      });
      await this.results.insert(snapshot);
      await this.audit.record({
        actorId: caller.userId,
        action: 'results.snapshot',
        entityType: 'result_snapshot',
        entityId: snapshot.id,
        after: { contestId, roundId, hash, previousId: snapshot.previousId },
        ip: meta.ip,
      });
      return snapshot.id;
    });
    return this.get(id);
  }

  async list(contestId: number, roundId?: number): Promise<ResultSnapshot[]> {
    const rows = roundId === undefined ? await this.results.forContest(contestId) : await this.results.forScope(contestId, roundId);
    return Promise.all(rows.map((r) => this.view(r)));
  }

  async get(id: string): Promise<ResultSnapshot> {
    const snapshot = await this.results.findById(id);
    if (!snapshot) throw snapshotNotFound(id);
    return this.view(snapshot);
  }

  /** One approval per judge; enough approvals make the snapshot ready to publish. */
  async approve(id: string, caller: Caller, meta: RequestMeta, comment?: string): Promise<ResultSnapshot> {
    if (caller.role !== 'judge') throw forbidden('Only members of the jury approve results');
    await this.tx.run(async () => {
      const snapshot = await this.results.findById(id);
      if (!snapshot) throw snapshotNotFound(id);
      if (snapshot.status !== 'pending' && snapshot.status !== 'approved') throw snapshotStatusConflict(snapshot.status, 'approved');
      const approvals = await this.results.approvals(id);
      if (approvals.some((a) => a.judgeId === caller.userId)) throw alreadyApproved();
      await this.results.approve(Object.assign(new SnapshotApprovalEntity(), { snapshotId: id, judgeId: caller.userId, comment: comment ?? null, approvedAt: this.clock.now() }));
      const count = approvals.length + 1;
      if (count >= snapshot.approvalsRequired && snapshot.status === 'pending') await this.results.update(id, { status: 'approved' });
      await this.audit.record({
        actorId: caller.userId,
        action: 'results.approve',
        entityType: 'result_snapshot',
        entityId: id,
        after: { approvals: count, required: snapshot.approvalsRequired, hash: snapshot.hash },
        ip: meta.ip,
      });
    });
    return this.get(id);
  }

  /** Makes an approved snapshot the public result; the one it replaces, and its certificates, are superseded. */
  async publish(id: string, caller: Caller, meta: RequestMeta): Promise<ResultSnapshot> {
    await this.tx.run(async () => {
      const snapshot = await this.results.findById(id);
      if (!snapshot) throw snapshotNotFound(id);
      if (snapshot.status !== 'approved') throw snapshotStatusConflict(snapshot.status, 'published before approval');
      const now = this.clock.now();
      const current = await this.results.published(snapshot.contestId, snapshot.roundId);
      if (current) {
        await this.results.update(current.id, { status: 'superseded' });
        await this.certificates.revokeForSnapshot(current.id);
      }
      await this.results.update(id, { status: 'published', publishedAt: now });
      const issued = await this.certificates.issueForSnapshot(id, snapshot.contestId, snapshot.roundId, snapshot.content);
      await this.audit.record({
        actorId: caller.userId,
        action: 'results.publish',
        entityType: 'result_snapshot',
        entityId: id,
        before: current ? { publishedId: current.id, hash: current.hash } : null,
        after: { hash: snapshot.hash, certificates: issued },
        ip: meta.ip,
      });
    });
    return this.get(id);
  }

  async publishedRound(roundId: number): Promise<PublishedResults> {
    const round = await this.contests.findRound(roundId);
    if (!round) throw notPublished();
    return this.published(round.contestId, roundId);
  }

  /** What the public sees: the published snapshot, names as the contest shows them, nothing private. */
  async published(contestId: number, roundId: number | null): Promise<PublishedResults> {
    const snapshot = await this.results.published(contestId, roundId);
    const contest = await this.contests.findById(contestId);
    if (!snapshot || !contest) throw notPublished();
    return {
      snapshotId: snapshot.id,
      contestId,
      roundId,
      title: snapshot.content.title,
      hash: snapshot.hash,
      publishedAt: iso(snapshot.publishedAt ?? snapshot.createdAt),
      blocks: this.publicBlocks(snapshot.content, contest.shortenNames),
      collective: snapshot.content.collective,
    };
  }

  /** Every winner's certificate of a published snapshot, in a zip. */
  async certificatesZip(id: string): Promise<Buffer> {
    const snapshot = await this.results.findById(id);
    if (!snapshot) throw snapshotNotFound(id);
    if (snapshot.status !== 'published' && snapshot.status !== 'superseded') throw notPublished();
    return this.certificates.zip(id);
  }

  /** The winners of the published result with their units, for the prize list export. */
  async winners(contestId: number, roundId: number | null): Promise<SnapshotContent> {
    const snapshot = await this.results.published(contestId, roundId);
    if (!snapshot) throw notPublished();
    return snapshot.content;
  }

  private publicBlocks(content: SnapshotContent, shorten: boolean): ResultBlock[] {
    return content.blocks.map((b) => ({
      category: b.category,
      entries: b.lines.map((l) => ({
        rank: l.rank,
        name: shorten ? shortenName(l.name) : l.name,
        unit: l.unit,
        score: l.score,
        durationMs: l.durationMs,
        ...(l.prediction !== null && { prediction: l.prediction, predictionError: l.predictionError }),
        prize: l.prize,
      })),
    }));
  }

  private async freeze(contest: ContestEntity, roundId: number | null): Promise<SnapshotContent> {
    const ranking = await this.leaderboards.internalRanking(contest.id, roundId);
    const excluded = contest.onePrizePerPerson ? await this.alreadyAwarded(contest.id, roundId) : new Set<string>();
    const blocks = ranking.blocks.map((block) => {
      const prizes = assignPrizes(
        block.ranked.map((r) => ({ id: r.entry.userId, rank: r.rank })),
        contest.prizeTiers,
        excluded,
      );
      return {
        category: block.category,
        lines: block.ranked.map(
          (r): SnapshotLine => ({
            userId: r.entry.userId,
            attemptId: r.entry.attemptId,
            rank: r.rank,
            name: r.entry.fullName,
            unit: r.entry.unitName,
            unitId: r.entry.unitId,
            score: r.entry.score,
            durationMs: r.entry.durationMs,
            submittedAt: r.entry.submittedAt,
            prediction: r.entry.prediction,
            predictionError: r.predictionError,
            prize: prizes.get(r.entry.userId) ?? null,
          }),
        ),
      };
    });
    return {
      title: ranking.title,
      contestTitle: contest.title,
      roundTitle: ranking.roundTitle,
      blocks,
      collective: roundId === null ? await this.collective(contest, ranking.entrants) : null,
    };
  }

  /** Giải tập thể: by participation rate above the minimum, then mean score. */
  private async collective(contest: ContestEntity, entrants: { userId: string; unitId: number | null; score: number }[]): Promise<CollectiveResult[]> {
    const units = await this.tx.manager().getRepository(UnitEntity).find();
    const byUnit = new Map<number, number[]>();
    for (const e of entrants) if (e.unitId !== null) byUnit.set(e.unitId, [...(byUnit.get(e.unitId) ?? []), e.score]);
    const results = units.map((u) => {
      const scores = byUnit.get(u.id) ?? [];
      return { unitId: u.id, entrants: scores.length, headcount: u.headcount, meanScore: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : 0 };
    });
    const names = new Map(units.map((u) => [u.id, u.name]));
    return rankUnits(results, contest.collectiveMinRateBp / 10_000, contest.collectivePrizeCount).map((u) => ({ ...u, unit: names.get(u.unitId) ?? '', rate: Math.round(u.rate * 10_000) / 10_000 }));
  }

  /** People who already hold a prize in another published result of the contest. */
  private async alreadyAwarded(contestId: number, roundId: number | null): Promise<Set<string>> {
    const others = (await this.results.forContest(contestId)).filter((s) => s.status === 'published' && s.roundId !== roundId);
    return new Set(others.flatMap((s) => s.content.blocks.flatMap((b) => b.lines.filter((l) => l.prize !== null).map((l) => l.userId))));
  }

  private async view(snapshot: ResultSnapshotEntity): Promise<ResultSnapshot> {
    const [approvals, contest] = await Promise.all([this.results.approvals(snapshot.id), this.contests.findById(snapshot.contestId)]);
    const against = (await this.results.published(snapshot.contestId, snapshot.roundId)) ?? (snapshot.previousId ? await this.results.findById(snapshot.previousId) : null);
    const base = against && against.id !== snapshot.id ? against : snapshot.previousId ? await this.results.findById(snapshot.previousId) : null;
    return {
      id: snapshot.id,
      contestId: snapshot.contestId,
      roundId: snapshot.roundId,
      title: snapshot.content.title,
      status: snapshot.status,
      hash: snapshot.hash,
      previousId: snapshot.previousId,
      createdAt: iso(snapshot.createdAt),
      publishedAt: snapshot.publishedAt === null ? null : iso(snapshot.publishedAt),
      approvalsRequired: snapshot.approvalsRequired,
      approvals: approvals.map((a) => ({ judge: { id: a.judgeId, fullName: a.judge?.fullName ?? '' }, at: iso(a.approvedAt) })),
      blocks: this.publicBlocks(snapshot.content, contest?.shortenNames ?? false),
      collective: snapshot.content.collective,
      diff: base && base.id !== snapshot.id ? { againstId: base.id, againstHash: base.hash, changes: diff(base.content, snapshot.content) } : null,
    };
  }
}

/** Who moved between two snapshots: rank, score or prize changed, or appeared or disappeared. */
export function diff(before: SnapshotContent, after: SnapshotContent): SnapshotChange[] {
  const key = (category: string | null, userId: string) => `${category ?? 'all'}/${userId}`;
  const index = (c: SnapshotContent) => new Map(c.blocks.flatMap((b) => b.lines.map((l) => [key(b.category, l.userId), l] as const)));
  const a = index(before);
  const b = index(after);
  const changes: SnapshotChange[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k);
    const y = b.get(k);
    if (x && y && x.rank === y.rank && x.score === y.score && x.prize === y.prize) continue;
    const line = (y ?? x) as SnapshotLine;
    changes.push({
      name: line.name,
      unit: line.unit,
      before: x ? { rank: x.rank, score: x.score, prize: x.prize } : null,
      after: y ? { rank: y.rank, score: y.score, prize: y.prize } : null,
    });
  }
  return changes.sort((p, q) => (p.after?.rank ?? 1e9) - (q.after?.rank ?? 1e9));
}
