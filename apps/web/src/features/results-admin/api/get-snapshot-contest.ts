import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Contest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The contest with its rounds: their titles and phases name a snapshot's scope. */
export function getSnapshotContest(id: number, signal?: AbortSignal): Promise<Contest> {
  return apiClient.get<Contest>(`/contests/${id}`, { signal });
}

export function useSnapshotContest(id: number) {
  return useQuery(queryOptions({ queryKey: queryKeys.contests.detail(id), queryFn: ({ signal }) => getSnapshotContest(id, signal) }));
}
