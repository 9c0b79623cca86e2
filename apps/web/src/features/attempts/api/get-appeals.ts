import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Appeal } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The entrant's appeals on the questions of one of their attempts, with the jury's answers. */
export function getAppeals(attemptId: string, signal?: AbortSignal): Promise<Appeal[]> {
  return apiClient.get<Appeal[]>(`/attempts/${encodeURIComponent(attemptId)}/appeals`, { signal });
}

export function appealsQueryOptions(attemptId: string) {
  return queryOptions({ queryKey: queryKeys.appeals.attempt(attemptId), queryFn: ({ signal }) => getAppeals(attemptId, signal) });
}

export function useAppeals(attemptId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...appealsQueryOptions(attemptId), enabled });
}
