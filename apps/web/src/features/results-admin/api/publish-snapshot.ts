import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResultSnapshot } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * Makes an approved snapshot the public result and issues the winners'
 * certificates; the one it replaces is superseded. 409 SNAPSHOT_STATUS_CONFLICT before approval.
 */
export function publishSnapshot(id: string): Promise<ResultSnapshot> {
  return apiClient.post<ResultSnapshot>(`/result-snapshots/${id}/publish`);
}

/** The previous published snapshot changes status too; the public results, the boards and the entrants' certificates change. */
export function usePublishSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishSnapshot,
    onSuccess: (snapshot) => {
      queryClient.setQueryData(queryKeys.resultSnapshots.detail(snapshot.id), snapshot);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.resultSnapshots.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.publishedResults.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.certificates.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.leaderboards.all }),
      ]);
    },
  });
}
