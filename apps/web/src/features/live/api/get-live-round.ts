import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Contest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The contest of a live round (for the console's titles and back link); shares the contest pages' cache entry. */
export function getLiveRoundContest(contestId: number, signal?: AbortSignal): Promise<Contest> {
  return apiClient.get<Contest>(`/contests/${contestId}`, { signal });
}

export function liveRoundContestQueryOptions(contestId: number) {
  return queryOptions({ queryKey: queryKeys.contests.detail(contestId), queryFn: ({ signal }) => getLiveRoundContest(contestId, signal) });
}

export function useLiveRoundContest(contestId: number | null) {
  return useQuery({ ...liveRoundContestQueryOptions(contestId ?? 0), enabled: contestId !== null });
}
