import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ContestSummary } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Published and closed contests (the committee also gets drafts; the home page shows only the public ones). */
export function getContests(signal?: AbortSignal): Promise<ContestSummary[]> {
  return apiClient.get<ContestSummary[]>('/contests', { signal });
}

export function contestsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.contests.list, queryFn: ({ signal }) => getContests(signal) });
}

export function useContests() {
  return useQuery(contestsQueryOptions());
}
