import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResultSnapshot } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** One approval per member of the jury; 409 SNAPSHOT_ALREADY_APPROVED or SNAPSHOT_STATUS_CONFLICT otherwise. */
export function approveSnapshot(id: string, comment?: string): Promise<ResultSnapshot> {
  return apiClient.post<ResultSnapshot>(`/result-snapshots/${id}/approve`, comment ? { comment } : {});
}

export function useApproveSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, comment }: { id: string; comment?: string }) => approveSnapshot(id, comment),
    onSuccess: (snapshot) => {
      queryClient.setQueryData(queryKeys.resultSnapshots.detail(snapshot.id), snapshot);
      return queryClient.invalidateQueries({ queryKey: queryKeys.resultSnapshots.list(snapshot.contestId) });
    },
  });
}
