import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Contest, ContestInput } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** A new contest starts as a draft: nothing is public until it is published. */
export function createContest(body: ContestInput): Promise<Contest> {
  return apiClient.post<Contest>('/contests', body);
}

export function useCreateContest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createContest,
    onSuccess: (contest) => {
      queryClient.setQueryData(queryKeys.contests.detail(contest.id), contest);
      return queryClient.invalidateQueries({ queryKey: queryKeys.contests.list });
    },
  });
}
