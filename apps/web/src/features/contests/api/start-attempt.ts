import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Attempt } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { serverClock } from '../../../lib/server-clock';

/**
 * Starts an attempt, or resumes the one in progress (a double tap starts only
 * one). Refused with ROUND_NOT_OPEN, ROUND_CLOSED, NOT_ELIGIBLE or NO_ATTEMPTS_LEFT.
 */
export function startAttempt(roundId: number): Promise<Attempt> {
  return serverClock.measure(() => apiClient.post<Attempt>(`/rounds/${roundId}/attempts`));
}

/** The attempt screen opens on the attempt already in the cache; attempts used and the history change. */
export function useStartAttempt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startAttempt,
    onSuccess: (attempt) => {
      queryClient.setQueryData(queryKeys.attempts.detail(attempt.id), attempt);
      void queryClient.invalidateQueries({ queryKey: queryKeys.eligibility.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.attempts.mine });
    },
  });
}
