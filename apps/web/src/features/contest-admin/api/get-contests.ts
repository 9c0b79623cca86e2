import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ContestSummary } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The committee sees every contest, drafts and archived ones included. */
export function getContests(signal?: AbortSignal): Promise<ContestSummary[]> {
  return apiClient.get<ContestSummary[]>('/contests', { signal });
}

export function contestsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.contests.list, queryFn: ({ signal }) => getContests(signal) });
}

export function useContests() {
  return useQuery(contestsQueryOptions());
}
