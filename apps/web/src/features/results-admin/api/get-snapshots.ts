import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ResultSnapshot } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Every snapshot of the contest, round and whole-contest scopes alike, newest first. */
export function getSnapshots(contestId: number, signal?: AbortSignal): Promise<ResultSnapshot[]> {
  return apiClient.get<ResultSnapshot[]>('/result-snapshots', { query: { contestId }, signal });
}

export function useSnapshots(contestId: number) {
  return useQuery(queryOptions({ queryKey: queryKeys.resultSnapshots.list(contestId), queryFn: ({ signal }) => getSnapshots(contestId, signal) }));
}
