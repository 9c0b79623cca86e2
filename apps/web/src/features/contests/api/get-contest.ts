import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Contest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** A public contest with its rules and rounds. */
export function getContest(id: number, signal?: AbortSignal): Promise<Contest> {
  return apiClient.get<Contest>(`/contests/${id}`, { signal });
}

export function contestQueryOptions(id: number) {
  return queryOptions({ queryKey: queryKeys.contests.detail(id), queryFn: ({ signal }) => getContest(id, signal) });
}

export function useContest(id: number) {
  return useQuery(contestQueryOptions(id));
}
