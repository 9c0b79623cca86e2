import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Round, RoundInput } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * 409 ROUND_LOCKED once a round of a published contest has opened (or has
 * attempts); 422 CONTEST_NOT_PUBLISHABLE when a published contest's round
 * would no longer work.
 */
export function updateRound(id: number, body: Partial<RoundInput>): Promise<Round> {
  return apiClient.patch<Round>(`/rounds/${id}`, body);
}

export function useUpdateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: Partial<RoundInput> }) => updateRound(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.contests.all }),
  });
}
