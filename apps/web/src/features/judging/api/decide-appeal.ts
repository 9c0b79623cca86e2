import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Appeal, DecideAppealRequest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * The jury's answer. Voiding or re-keying decides the question for the whole
 * round (its other open appeals get the same answer) and re-scores every paper.
 * 409 APPEAL_ALREADY_DECIDED when another judge was first.
 */
export function decideAppeal(id: string, body: DecideAppealRequest): Promise<Appeal> {
  return apiClient.post<Appeal>(`/appeals/${id}/decision`, body);
}

export function useDecideAppeal(roundId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DecideAppealRequest }) => decideAppeal(id, body),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.judging.round(roundId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.appeals.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.leaderboards.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.attempts.all }),
      ]),
  });
}
