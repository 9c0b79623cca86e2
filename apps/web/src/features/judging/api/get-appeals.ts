import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Appeal } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type AppealStatus = Appeal['status'];

/** The round's appeals, oldest first; `status` narrows them (null: all). */
export function getAppeals(roundId: number, status: AppealStatus | null, signal?: AbortSignal): Promise<Appeal[]> {
  return apiClient.get<Appeal[]>(`/rounds/${roundId}/appeals`, { query: { status }, signal });
}

export function useAppeals(roundId: number, status: AppealStatus | null) {
  return useQuery(queryOptions({ queryKey: queryKeys.judging.appeals(roundId, status), queryFn: ({ signal }) => getAppeals(roundId, status, signal) }));
}
