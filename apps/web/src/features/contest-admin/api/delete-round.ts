import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** 409 ROUND_LOCKED when entrants have attempts in it: their results must stay. */
export function deleteRound(id: number): Promise<void> {
  return apiClient.delete<void>(`/rounds/${id}`);
}

export function useDeleteRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRound,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.contests.all }),
  });
}
