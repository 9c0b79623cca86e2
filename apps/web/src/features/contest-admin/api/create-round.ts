import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Round, RoundInput } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * Added last. A draft contest takes any round (publishing checks it later); a
 * published one only a round that can work (422 CONTEST_NOT_PUBLISHABLE with
 * `rounds.N.`-prefixed details otherwise).
 */
export function createRound(contestId: number, body: RoundInput): Promise<Round> {
  return apiClient.post<Round>(`/contests/${contestId}/rounds`, body);
}

export function useCreateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contestId, body }: { contestId: number; body: RoundInput }) => createRound(contestId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.contests.all }),
  });
}
