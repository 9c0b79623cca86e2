import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Looks at the round's finished attempts again; answers how many new flags it raised. */
export function scanFlags(roundId: number): Promise<{ raised: number }> {
  return apiClient.post<{ raised: number }>(`/rounds/${roundId}/flags/scan`);
}

export function useScanFlags(roundId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => scanFlags(roundId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...queryKeys.judging.round(roundId), 'flags'] }),
  });
}
