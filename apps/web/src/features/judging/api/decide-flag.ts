import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DecideFlagRequest, IntegrityFlag } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Dismiss, or uphold and disqualify the attempt or the entrant. 409 FLAG_ALREADY_DECIDED when another judge was first. */
export function decideFlag(id: string, body: DecideFlagRequest): Promise<IntegrityFlag> {
  return apiClient.post<IntegrityFlag>(`/flags/${id}/decision`, body);
}

/** Upholding removes attempts from the ranking: every judging view of the contest's rounds and the boards change. */
export function useDecideFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DecideFlagRequest }) => decideFlag(id, body),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.judging.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.leaderboards.all }),
      ]),
  });
}
