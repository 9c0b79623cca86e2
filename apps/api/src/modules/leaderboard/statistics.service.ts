import { Injectable } from '@nestjs/common';
import type { Statistics, UnitParticipation } from '@reform-quiz/contracts';
import { countedAttempt, entrantsWithin, subtree, vietnamDay } from '@reform-quiz/domain';
import { Clock } from '../../common/clock';
import { Transactions } from '../../database/transactions';
import { contestNotFound } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import type { RoundEntity } from '../contests/round.entity';
import { UnitEntity } from '../units/unit.entity';
import { unitNotFound } from '../units/units.errors';
import { LeaderboardRepository } from './leaderboard.repository';

/**
 * Public figures of a contest or a round: attempts, entrants, the share of
 * perfect papers, and participation per unit (entrants ÷ headcount) — what the
 * weekly announcements and the collective prizes go by.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly contests: ContestsRepository,
    private readonly boards: LeaderboardRepository,
    private readonly tx: Transactions,
    private readonly clock: Clock,
  ) {}

  /** The figures of a contest (or one round), for the province or — with `unitId` — one unit and the units below it. */
  async compute(contestId: number, roundId: number | null, unitId: number | null = null): Promise<Statistics> {
    const rounds = await this.rankedRounds(contestId, roundId);
    const units = await this.units();
    if (unitId !== null && !units.some((u) => u.id === unitId)) throw unitNotFound(unitId);
    const scope = unitId === null ? null : subtree(units, unitId);
    const rows = (await this.boards.finishedAttempts(rounds.map((r) => r.id))).filter((r) => scope === null || (r.unitId !== null && scope.has(r.unitId)));

    const perfectUsers = new Set<string>();
    const users = new Set<string>();
    for (const round of rounds) {
      const byUser = new Map<string, typeof rows>();
      for (const r of rows) {
        if (r.roundId !== round.id) continue;
        const group = byUser.get(r.userId);
        if (group) group.push(r);
        else byUser.set(r.userId, [r]);
      }
      for (const [userId, group] of byUser) {
        const pick = countedAttempt(group.map((r) => ({ ...r, score: r.scoreCenti })), round.countedAttempt);
        if (!pick) continue;
        users.add(userId);
        if (pick.perfect) perfectUsers.add(userId);
      }
    }
    const entrantsByUnit = new Map<number, Set<string>>();
    const perDay = new Map<string, number>();
    for (const r of rows) {
      if (r.unitId !== null) entrantsByUnit.set(r.unitId, (entrantsByUnit.get(r.unitId) ?? new Set()).add(r.userId));
      const day = vietnamDay(r.finalizedAt);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }

    const shown = units.filter((u) => u.kind !== 'province' && (scope === null || scope.has(u.id)));
    return {
      contestId,
      roundId,
      attempts: rows.length,
      entrants: users.size,
      perfectShare: users.size ? perfectUsers.size / users.size : 0,
      participation: participationOf(shown, (u) => entrantsByUnit.get(u.id)?.size ?? 0),
      districts: participationOf(
        shown.filter((u) => u.kind === 'district'),
        (u) => entrantsWithin(units, entrantsByUnit, u.id),
      ),
      attemptsPerDay: [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([date, attempts]) => ({ date, attempts })),
      unitId,
      asOf: new Date(this.clock.now()).toISOString(),
    };
  }

  /**
   * Only the participation per unit, as `compute` gives it, counted by the
   * database: what every audience board snapshot carries, without reading
   * every finished attempt again (the board has just ranked them).
   */
  async participation(contestId: number, roundId: number | null): Promise<UnitParticipation[]> {
    const rounds = await this.rankedRounds(contestId, roundId);
    const counts = await this.boards.entrantsPerUnit(rounds.map((r) => r.id));
    return participationOf(
      (await this.units()).filter((u) => u.kind !== 'province'),
      (u) => counts.get(u.id) ?? 0,
    );
  }

  private async rankedRounds(contestId: number, roundId: number | null): Promise<RoundEntity[]> {
    const contest = await this.contests.findById(contestId);
    if (!contest || contest.status === 'draft') throw contestNotFound(contestId);
    return (contest.rounds ?? []).filter((r) => !r.practice && (roundId === null || r.id === roundId));
  }

  private units(): Promise<UnitEntity[]> {
    return this.tx.manager().getRepository(UnitEntity).find({ order: { name: 'ASC' } });
  }
}

/** Each unit's entrants over its headcount, highest rate first. */
function participationOf(units: UnitEntity[], entrants: (unit: UnitEntity) => number): UnitParticipation[] {
  return units
    .map((u) => {
      const count = entrants(u);
      return { unitId: u.id, unit: u.name, kind: u.kind, parentId: u.parentId, entrants: count, headcount: u.headcount, rate: u.headcount > 0 ? count / u.headcount : 0 };
    })
    .sort((a, b) => b.rate - a.rate || b.entrants - a.entrants || a.unit.localeCompare(b.unit, 'vi'));
}
