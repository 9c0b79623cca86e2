import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Contest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** With its rounds, in position order, each with its phase on the server clock. */
export function getContest(id: number, signal?: AbortSignal): Promise<Contest> {
  return apiClient.get<Contest>(`/contests/${id}`, { signal });
}

export function contestQueryOptions(id: number) {
  return queryOptions({ queryKey: queryKeys.contests.detail(id), queryFn: ({ signal }) => getContest(id, signal) });
}

export function useContest(id: number, options: { enabled?: boolean } = {}) {
  return useQuery({ ...contestQueryOptions(id), enabled: options.enabled ?? true });
}
