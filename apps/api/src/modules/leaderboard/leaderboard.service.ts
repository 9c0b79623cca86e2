import { Injectable } from '@nestjs/common';
import type { Category, Leaderboard, LeaderboardEntry, LeaderboardQuery, Role } from '@reform-quiz/contracts';
import { countedAttempt, rankEntries, shortenName, type RankInput, type Ranked } from '@reform-quiz/domain';
import type { Caller } from '../../common/auth/access.decorator';
import { Clock } from '../../common/clock';
import type { ContestEntity } from '../contests/contest.entity';
import { contestNotFound, roundNotFound } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import type { RoundEntity } from '../contests/round.entity';
import { BoardRow, LeaderboardRepository } from './leaderboard.repository';

const STAFF: Role[] = ['organizer', 'judge', 'admin'];

export interface Entrant extends RankInput {
  userId: string;
  attemptId: string | null;
  fullName: string;
  unitName: string | null;
  unitId: number | null;
  category: Category | null;
  perfect: boolean;
}

/** A ranking as the jury freezes it: every entrant with their private ids, per block. */
export interface InternalRanking {
  contest: ContestEntity;
  title: string;
  roundTitle: string | null;
  blocks: { category: Category | null; ranked: (Ranked<Entrant> & { entry: Entrant })[] }[];
  /** Every counted entrant of the scope (all blocks). */
  entrants: Entrant[];
}

/**
 * Rankings computed from counted attempts (product rule 4), honouring each
 * round's visibility for the public while the committee and jury always see
 * the live board. Boards show a name (shortened if the contest says so) and a
 * unit — nothing else personal (rule 8).
 */
/** A board as everyone sees it, and each signed-in viewer's own place in it. */
interface SharedBoard {
  board: Leaderboard;
  meOf: (userId: string) => LeaderboardEntry | null;
}

@Injectable()
export class LeaderboardService {
  private readonly computing = new Map<string, Promise<SharedBoard>>();

  constructor(
    private readonly contests: ContestsRepository,
    private readonly boards: LeaderboardRepository,
    private readonly clock: Clock,
  ) {}

  async round(roundId: number, query: LeaderboardQuery, caller: Caller | undefined): Promise<Leaderboard> {
    const staff = !!caller && STAFF.includes(caller.role);
    return this.forCaller(await this.shared(`round/${roundId}/${staff}/${query.category ?? ''}/${query.limit ?? ''}`, () => this.roundBoard(roundId, query, staff)), caller);
  }

  private async roundBoard(roundId: number, query: LeaderboardQuery, staff: boolean): Promise<SharedBoard> {
    const round = await this.contests.findRound(roundId);
    if (!round || round.contest.status === 'draft') throw roundNotFound(roundId);
    const now = this.clock.now();
    const view = this.publicView(round, now, staff);
    const rows = (await this.boards.finishedAttempts([roundId])).filter((r) => r.finalizedAt <= view.cutoff);
    const entrants = this.counted(rows, round);
    const closed = now >= round.closesAt;
    const target = closed && round.predictionKind ? this.predictionTarget(round, entrants) : undefined;
    const scope = query.category ? entrants.filter((e) => e.category === query.category) : entrants;
    const attempts = rows.filter((r) => !query.category || r.category === query.category).length;
    const hide = view.visibility === 'hidden' || round.practice;
    return this.board(round.contest, scope, attempts, hide, target, query, {
      roundId,
      contestId: round.contestId,
      title: `${round.contest.title} — ${round.title}`,
      visibility: view.visibility,
      asOf: new Date(Math.min(now, view.cutoff)).toISOString(),
      provisional: !closed,
    });
  }

  /** The contest ranking: the sum of each entrant's counted attempts over its ranked rounds. */
  async contest(contestId: number, query: LeaderboardQuery, caller: Caller | undefined): Promise<Leaderboard> {
    const staff = !!caller && STAFF.includes(caller.role);
    return this.forCaller(await this.shared(`contest/${contestId}/${staff}/${query.category ?? ''}/${query.limit ?? ''}`, () => this.contestBoard(contestId, query, staff)), caller);
  }

  private async contestBoard(contestId: number, query: LeaderboardQuery, staff: boolean): Promise<SharedBoard> {
    const contest = await this.contests.findById(contestId);
    if (!contest || contest.status === 'draft') throw contestNotFound(contestId);
    const now = this.clock.now();
    const rounds = (contest.rounds ?? []).filter((r) => !r.practice && r.mode === 'self_paced');
    const views = new Map(rounds.map((r) => [r.id, this.publicView(r, now, staff)]));
    const visibleRounds = rounds.filter((r) => views.get(r.id)?.visibility !== 'hidden');
    const rows = (await this.boards.finishedAttempts(visibleRounds.map((r) => r.id))).filter((r) => r.finalizedAt <= (views.get(r.roundId)?.cutoff ?? now));

    const totals = new Map<string, Entrant>();
    for (const round of visibleRounds) {
      for (const e of this.counted(rows.filter((r) => r.roundId === round.id), round)) {
        const sum = totals.get(e.userId);
        totals.set(e.userId, sum ? { ...sum, score: sum.score + e.score, durationMs: sum.durationMs + e.durationMs, submittedAt: Math.max(sum.submittedAt, e.submittedAt), perfect: sum.perfect && e.perfect } : { ...e, id: e.userId, attemptId: null });
      }
    }
    const entrants = [...totals.values()].map((e) => ({ ...e, prediction: null }));
    const scope = query.category ? entrants.filter((e) => e.category === query.category) : entrants;
    const anyFrozen = [...views.values()].some((v) => v.visibility === 'frozen');
    return this.board(contest, scope, rows.filter((r) => !query.category || r.category === query.category).length, false, undefined, query, {
      contestId,
      title: contest.title,
      visibility: anyFrozen ? 'frozen' : 'live',
      asOf: new Date(now).toISOString(),
      provisional: rounds.some((r) => now < r.closesAt),
    });
  }

  /**
   * The full ranking of a closed round (or, without a round, the contest's
   * sum over its ranked rounds), per block — what a result snapshot freezes.
   * The prediction applies, since the rounds have closed.
   */
  async internalRanking(contestId: number, roundId: number | null): Promise<InternalRanking> {
    const contest = await this.contests.findById(contestId);
    if (!contest) throw contestNotFound(contestId);
    const rounds = (contest.rounds ?? []).filter((r) => !r.practice && (roundId === null ? r.mode === 'self_paced' : r.id === roundId));
    const round = roundId === null ? null : rounds[0];
    if (roundId !== null && !round) throw roundNotFound(roundId);
    const rows = await this.boards.finishedAttempts(rounds.map((r) => r.id));
    let entrants: Entrant[];
    let target: number | undefined;
    if (round) {
      entrants = this.counted(rows, round);
      target = round.predictionKind ? this.predictionTarget(round, entrants) : undefined;
    } else {
      const totals = new Map<string, Entrant>();
      for (const r of rounds) {
        for (const e of this.counted(rows.filter((x) => x.roundId === r.id), r)) {
          const sum = totals.get(e.userId);
          totals.set(e.userId, sum ? { ...sum, score: sum.score + e.score, durationMs: sum.durationMs + e.durationMs, submittedAt: Math.max(sum.submittedAt, e.submittedAt), perfect: sum.perfect && e.perfect } : { ...e, attemptId: null });
        }
      }
      entrants = [...totals.values()].map((e) => ({ ...e, prediction: null }));
    }
    const chain = round ? contest.tieBreaks : contest.tieBreaks.filter((t) => t !== 'prediction');
    const categories = contest.categories.length > 0 ? contest.categories : [null];
    const blocks = categories.map((category) => ({
      category,
      ranked: rankEntries(entrants.filter((e) => category === null || e.category === category), chain, { predictionTarget: target }),
    }));
    return { contest, title: round ? `${contest.title} — ${round.title}` : contest.title, roundTitle: round?.title ?? null, blocks, entrants };
  }

  /** What the public may see of a round now: everything, the board as of the freeze, or nothing. */
  private publicView(round: RoundEntity, now: number, staff: boolean): { visibility: Leaderboard['visibility']; cutoff: number } {
    if (staff || round.leaderboardVisibility === 'live') return { visibility: 'live', cutoff: now };
    if (round.leaderboardVisibility === 'frozen') {
      const freezeAt = round.closesAt - round.freezeMinutes * 60_000;
      return now >= freezeAt ? { visibility: 'frozen', cutoff: freezeAt } : { visibility: 'live', cutoff: now };
    }
    return { visibility: 'hidden', cutoff: now };
  }

  /** One entry per entrant: the attempt the round's policy counts. */
  private counted(rows: BoardRow[], round: RoundEntity): Entrant[] {
    const byUser = new Map<string, BoardRow[]>();
    for (const r of rows) {
      const group = byUser.get(r.userId);
      if (group) group.push(r);
      else byUser.set(r.userId, [r]);
    }
    const entrants: Entrant[] = [];
    for (const group of byUser.values()) {
      // Most entrants have one attempt, and a finished attempt always has a score: it is the one counted.
      const pick = group.length === 1 ? group[0] : countedAttempt(group.map((r) => ({ ...r, score: r.scoreCenti })), round.countedAttempt);
      if (!pick) continue;
      entrants.push({
        id: pick.userId,
        userId: pick.userId,
        attemptId: pick.id,
        unitId: pick.unitId,
        score: pick.scoreCenti / 100,
        prediction: pick.prediction,
        durationMs: pick.durationMs,
        submittedAt: pick.finishedAt,
        fullName: pick.fullName,
        unitName: pick.unitName,
        category: pick.category,
        perfect: pick.perfect,
      });
    }
    return entrants;
  }

  /** The real answer to the round's prediction question, known once it has closed. */
  private predictionTarget(round: RoundEntity, entrants: Entrant[]): number {
    return round.predictionKind === 'entrant_count' ? entrants.length : entrants.filter((e) => e.perfect).length;
  }

  private board(
    contest: ContestEntity,
    entrants: Entrant[],
    attempts: number,
    hide: boolean,
    target: number | undefined,
    query: LeaderboardQuery,
    meta: Pick<Leaderboard, 'visibility' | 'asOf' | 'provisional' | 'title'> & { roundId?: number; contestId?: number },
  ): SharedBoard {
    const ranked = rankEntries(entrants, contest.tieBreaks, { predictionTarget: target });
    const toEntry = (r: (typeof ranked)[number]): LeaderboardEntry => ({
      rank: r.rank,
      name: contest.shortenNames ? shortenName(r.entry.fullName) : r.entry.fullName,
      unit: r.entry.unitName,
      score: r.entry.score,
      durationMs: r.entry.durationMs,
      ...(target !== undefined && { prediction: r.entry.prediction, predictionError: r.predictionError }),
    });
    return {
      board: {
        ...meta,
        category: query.category ?? null,
        entries: hide ? [] : ranked.slice(0, query.limit ?? 50).map(toEntry),
        totals: { entrants: entrants.length, attempts, perfectShare: entrants.length ? entrants.filter((e) => e.perfect).length / entrants.length : 0 },
      },
      meOf: (userId) => {
        const mine = hide ? undefined : ranked.find((r) => r.entry.userId === userId);
        return mine ? toEntry(mine) : null;
      },
    };
  }

  /**
   * Boards asked for while the same one is being computed share that
   * computation: with 100,000 entrants one costs about half a second, and a
   * crowd refreshing the board must not multiply it. The shared board is at
   * most one computation old.
   */
  private shared(key: string, compute: () => Promise<SharedBoard>): Promise<SharedBoard> {
    const running = this.computing.get(key);
    if (running) return running;
    const started = compute().finally(() => this.computing.delete(key));
    this.computing.set(key, started);
    return started;
  }

  private forCaller({ board, meOf }: SharedBoard, caller: Caller | undefined): Leaderboard {
    return caller ? { ...board, me: meOf(caller.userId) } : board;
  }
}
