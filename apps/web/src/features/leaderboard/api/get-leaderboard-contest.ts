import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Contest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The contest a board belongs to, for its titles and blocks; shares the contest page's cache entry. */
export function getLeaderboardContest(contestId: number, signal?: AbortSignal): Promise<Contest> {
  return apiClient.get<Contest>(`/contests/${contestId}`, { signal });
}

export function leaderboardContestQueryOptions(contestId: number) {
  return queryOptions({ queryKey: queryKeys.contests.detail(contestId), queryFn: ({ signal }) => getLeaderboardContest(contestId, signal) });
}

export function useLeaderboardContest(contestId: number | null) {
  return useQuery({ ...leaderboardContestQueryOptions(contestId ?? 0), enabled: contestId !== null });
}
