import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Statistics } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface StatisticsScope {
  /** One round, or null for every ranked round of the contest. */
  roundId: number | null;
  /** One unit and the units below it, or null for the whole province. */
  unitId: number | null;
}

/** Public figures: attempts, entrants, share of perfect papers, participation per unit and district, attempts per day. */
export function getStatistics(contestId: number, scope: StatisticsScope, signal?: AbortSignal): Promise<Statistics> {
  return apiClient.get<Statistics>(`/contests/${contestId}/statistics`, { query: { roundId: scope.roundId, unitId: scope.unitId }, signal });
}

export function statisticsQueryOptions(contestId: number, scope: StatisticsScope) {
  return queryOptions({
    queryKey: queryKeys.statistics.contest(contestId, scope),
    queryFn: ({ signal }) => getStatistics(contestId, scope, signal),
    staleTime: 60_000,
    // Changing the round or the unit keeps the last figures on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

export function useStatistics(contestId: number, scope: StatisticsScope) {
  return useQuery({ ...statisticsQueryOptions(contestId, scope), enabled: contestId > 0 });
}
