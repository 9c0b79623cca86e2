import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EssayToGrade } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The round's essays without their authors, those awaiting the caller first; `pendingOnly` keeps just those. */
export function getEssays(roundId: number, pendingOnly: boolean, signal?: AbortSignal): Promise<EssayToGrade[]> {
  return apiClient.get<EssayToGrade[]>(`/rounds/${roundId}/essays`, { query: { pending: pendingOnly ? 'true' : undefined }, signal });
}

export function useEssays(roundId: number, pendingOnly: boolean) {
  return useQuery(
    queryOptions({ queryKey: queryKeys.judging.essays(roundId, pendingOnly), queryFn: ({ signal }) => getEssays(roundId, pendingOnly, signal) }),
  );
}
