import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Contest, ContestInput } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * A published contest must stay publishable: otherwise 422
 * CONTEST_NOT_PUBLISHABLE with the reasons in `details`. Archived: 409.
 */
export function updateContest(id: number, body: Partial<ContestInput>): Promise<Contest> {
  return apiClient.patch<Contest>(`/contests/${id}`, body);
}

export function useUpdateContest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: Partial<ContestInput> }) => updateContest(id, body),
    onSuccess: (contest) => {
      queryClient.setQueryData(queryKeys.contests.detail(contest.id), contest);
      return queryClient.invalidateQueries({ queryKey: queryKeys.contests.all });
    },
  });
}
