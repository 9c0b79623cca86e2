import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IntegrityFlag } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type FlagStatus = IntegrityFlag['status'];

/** The round's flags, oldest first; `status` narrows them (null: all). */
export function getFlags(roundId: number, status: FlagStatus | null, signal?: AbortSignal): Promise<IntegrityFlag[]> {
  return apiClient.get<IntegrityFlag[]>(`/rounds/${roundId}/flags`, { query: { status }, signal });
}

export function useFlags(roundId: number, status: FlagStatus | null) {
  return useQuery(queryOptions({ queryKey: queryKeys.judging.flags(roundId, status), queryFn: ({ signal }) => getFlags(roundId, status, signal) }));
}
