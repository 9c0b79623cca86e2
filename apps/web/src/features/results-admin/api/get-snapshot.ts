import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ResultSnapshot } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** One snapshot: its ranking and prizes, hash, approvals and the changes since the previous one. */
export function getSnapshot(id: string, signal?: AbortSignal): Promise<ResultSnapshot> {
  return apiClient.get<ResultSnapshot>(`/result-snapshots/${id}`, { signal });
}

export function useSnapshot(id: string) {
  return useQuery(queryOptions({ queryKey: queryKeys.resultSnapshots.detail(id), queryFn: ({ signal }) => getSnapshot(id, signal) }));
}
