import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Contest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The contest of the statistics page, for its title and its rounds; shares the contest page's cache entry. */
export function getStatisticsContest(contestId: number, signal?: AbortSignal): Promise<Contest> {
  return apiClient.get<Contest>(`/contests/${contestId}`, { signal });
}

export function statisticsContestQueryOptions(contestId: number) {
  return queryOptions({ queryKey: queryKeys.contests.detail(contestId), queryFn: ({ signal }) => getStatisticsContest(contestId, signal) });
}

export function useStatisticsContest(contestId: number) {
  return useQuery({ ...statisticsContestQueryOptions(contestId), enabled: contestId > 0 });
}
