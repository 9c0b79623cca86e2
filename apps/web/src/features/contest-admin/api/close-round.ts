import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Round } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * Ends an open self-paced round now (its closing time becomes the server's
 * now; attempts in progress end too). 409 ROUND_NOT_OPEN otherwise.
 */
export function closeRound(id: number): Promise<Round> {
  return apiClient.post<Round>(`/rounds/${id}/close`);
}

/** The round's phase changes everywhere: contest pages, who may start an attempt, the boards. */
export function useCloseRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeRound,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.contests.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.eligibility.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.leaderboards.all }),
      ]),
  });
}
