import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Appeal, FileAppealRequest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** After the round closed and within its appeal window; filing the same question again returns the appeal already filed. */
export function fileAppeal(attemptId: string, body: FileAppealRequest): Promise<Appeal> {
  return apiClient.post<Appeal>(`/attempts/${encodeURIComponent(attemptId)}/appeals`, body);
}

export function useFileAppeal(attemptId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FileAppealRequest) => fileAppeal(attemptId, body),
    onSuccess: (appeal) => {
      queryClient.setQueryData<Appeal[]>(queryKeys.appeals.attempt(attemptId), (current = []) =>
        current.some((a) => a.id === appeal.id) ? current : [...current, appeal],
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.appeals.attempt(attemptId) });
    },
  });
}
