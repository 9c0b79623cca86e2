import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Contest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The contest of a results page, for round titles and links; shares the contest page's cache entry. */
export function getResultsContest(contestId: number, signal?: AbortSignal): Promise<Contest> {
  return apiClient.get<Contest>(`/contests/${contestId}`, { signal });
}

export function resultsContestQueryOptions(contestId: number) {
  return queryOptions({ queryKey: queryKeys.contests.detail(contestId), queryFn: ({ signal }) => getResultsContest(contestId, signal) });
}

export function useResultsContest(contestId: number | null) {
  return useQuery({ ...resultsContestQueryOptions(contestId ?? 0), enabled: contestId !== null && contestId > 0 });
}
