import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ContestSummary } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Every contest the staff may see; the jury's list leaves drafts out (nothing to judge yet). */
export function getJudgingContests(signal?: AbortSignal): Promise<ContestSummary[]> {
  return apiClient.get<ContestSummary[]>('/contests', { signal });
}

export function useJudgingContests() {
  return useQuery(queryOptions({ queryKey: queryKeys.contests.list, queryFn: ({ signal }) => getJudgingContests(signal) }));
}
