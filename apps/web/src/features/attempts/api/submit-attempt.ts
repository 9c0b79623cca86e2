import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Attempt, SubmitRequest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { serverClock } from '../../../lib/server-clock';

/**
 * Finalises the attempt with the prediction, if any. 409 ATTEMPT_EXPIRED when
 * too late: the server then finalised it with the answers saved in time.
 */
export function submitAttempt(id: string, body: SubmitRequest): Promise<Attempt> {
  return serverClock.measure(() => apiClient.post<Attempt>(`/attempts/${encodeURIComponent(id)}/submit`, body));
}

/** A finished attempt changes the history, what the entrant may do next and the rankings. */
export function invalidateAfterFinish(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.attempts.mine }),
    queryClient.invalidateQueries({ queryKey: queryKeys.eligibility.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.leaderboards.all }),
  ]).then(() => undefined);
}

export function useSubmitAttempt(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitRequest) => submitAttempt(id, body),
    onSuccess: (attempt) => {
      queryClient.setQueryData(queryKeys.attempts.detail(id), attempt);
      void invalidateAfterFinish(queryClient);
    },
  });
}
