import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Contest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** draft → published → closed → archived, one step at a time. */
export type ContestTransition = 'publish' | 'close' | 'archive';

/**
 * Publishing checks that every round can work and is refused with 422
 * CONTEST_NOT_PUBLISHABLE and `details` (fields like `rounds.0.blueprint.2`)
 * otherwise. A step the status does not allow is 409 CONTEST_STATUS_CONFLICT.
 */
export function changeContestStatus(id: number, transition: ContestTransition): Promise<Contest> {
  return apiClient.post<Contest>(`/contests/${id}/${transition}`);
}

/** Public pages show published contests only: everything under `contests` changes. */
export function useChangeContestStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, transition }: { id: number; transition: ContestTransition }) => changeContestStatus(id, transition),
    onSuccess: (contest) => {
      queryClient.setQueryData(queryKeys.contests.detail(contest.id), contest);
      return queryClient.invalidateQueries({ queryKey: queryKeys.contests.all });
    },
  });
}
