import { Injectable } from '@nestjs/common';
import type { Category } from '@reform-quiz/contracts';
import { Transactions } from '../../database/transactions';
import { AttemptEntity } from '../attempts/attempt.entity';

/** A finished attempt with what a public board may show of its entrant. */
export interface BoardRow {
  id: string;
  userId: string;
  roundId: number;
  number: number;
  category: Category | null;
  unitId: number | null;
  scoreCenti: number;
  durationMs: number;
  /** Submission time, or the deadline for attempts the server finalised. */
  finishedAt: number;
  finalizedAt: number;
  perfect: boolean;
  prediction: number | null;
  fullName: string;
  unitName: string | null;
}

@Injectable()
export class LeaderboardRepository {
  constructor(private readonly tx: Transactions) {}

  async finishedAttempts(roundIds: number[]): Promise<BoardRow[]> {
    if (roundIds.length === 0) return [];
    const rows = await this.tx
      .manager()
      .getRepository(AttemptEntity)
      .createQueryBuilder('a')
      .innerJoin('a.user', 'u')
      .leftJoin('units', 'un', 'un.id = a.unit_id')
      .select([
        'a.id AS id',
        'a.user_id AS user_id',
        'a.round_id AS round_id',
        'a.number AS number',
        'a.category AS category',
        'a.unit_id AS unit_id',
        'a.score_centi AS score_centi',
        'a.duration_ms AS duration_ms',
        'a.submitted_at AS submitted_at',
        'a.deadline_at AS deadline_at',
        'a.finalized_at AS finalized_at',
        'a.perfect AS perfect',
        'a.prediction AS prediction',
        'u.full_name AS full_name',
        'un.name AS unit_name',
      ])
      .where('a.round_id IN (:...roundIds)', { roundIds })
      .andWhere("a.status <> 'in_progress'")
      // An attempt the jury disqualified (an upheld integrity flag) no longer counts anywhere.
      .andWhere('a.disqualified = :disqualified', { disqualified: false })
      .getRawMany<Record<string, string | number | boolean | null>>();
    return rows.map((r) => ({
      id: String(r['id']),
      userId: String(r['user_id']),
      roundId: Number(r['round_id']),
      number: Number(r['number']),
      category: (r['category'] as Category | null) ?? null,
      unitId: r['unit_id'] === null ? null : Number(r['unit_id']),
      scoreCenti: Number(r['score_centi'] ?? 0),
      durationMs: Number(r['duration_ms'] ?? 0),
      finishedAt: Number(r['submitted_at'] ?? r['deadline_at']),
      finalizedAt: Number(r['finalized_at'] ?? r['deadline_at']),
      perfect: r['perfect'] === true || r['perfect'] === 1,
      prediction: r['prediction'] === null ? null : Number(r['prediction']),
      fullName: String(r['full_name']),
      unitName: (r['unit_name'] as string | null) ?? null,
    }));
  }

  /** Distinct entrants with a finished, counted-eligible attempt in these rounds, per unit (the rows `finishedAttempts` reads, counted by the database). */
  async entrantsPerUnit(roundIds: number[]): Promise<Map<number, number>> {
    if (roundIds.length === 0) return new Map();
    const rows = await this.tx
      .manager()
      .getRepository(AttemptEntity)
      .createQueryBuilder('a')
      .innerJoin('a.user', 'u')
      .select('a.unit_id', 'unit_id')
      .addSelect('COUNT(DISTINCT a.user_id)', 'entrants')
      .where('a.round_id IN (:...roundIds)', { roundIds })
      .andWhere("a.status <> 'in_progress'")
      .andWhere('a.disqualified = :disqualified', { disqualified: false })
      .andWhere('a.unit_id IS NOT NULL')
      .groupBy('a.unit_id')
      .getRawMany<{ unit_id: number | string; entrants: number | string }>();
    return new Map(rows.map((r) => [Number(r.unit_id), Number(r.entrants)]));
  }
}
