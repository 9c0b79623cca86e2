import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ItemStatistics } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Facility, discrimination and option choices per question; 409 ROUND_NOT_CLOSED while the round is open. */
export function getItemAnalysis(roundId: number, signal?: AbortSignal): Promise<ItemStatistics[]> {
  return apiClient.get<ItemStatistics[]>(`/rounds/${roundId}/item-analysis`, { signal });
}

export function useItemAnalysis(roundId: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...queryOptions({ queryKey: queryKeys.judging.itemAnalysis(roundId), queryFn: ({ signal }) => getItemAnalysis(roundId, signal) }),
    enabled: options.enabled ?? true,
  });
}
