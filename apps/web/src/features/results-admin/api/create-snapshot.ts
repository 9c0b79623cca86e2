import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSnapshotRequest, ResultSnapshot } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * Freezes a closed round's ranking (or the whole contest's, with collective
 * prizes). 409 ROUND_NOT_CLOSED while a round in scope is open. The same
 * content as the latest snapshot gives that snapshot back.
 */
export function createSnapshot(body: CreateSnapshotRequest): Promise<ResultSnapshot> {
  return apiClient.post<ResultSnapshot>('/result-snapshots', body);
}

export function useCreateSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSnapshot,
    onSuccess: (snapshot) => {
      queryClient.setQueryData(queryKeys.resultSnapshots.detail(snapshot.id), snapshot);
      return queryClient.invalidateQueries({ queryKey: queryKeys.resultSnapshots.list(snapshot.contestId) });
    },
  });
}
