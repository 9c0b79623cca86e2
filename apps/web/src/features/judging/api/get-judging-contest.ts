import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Contest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The contest with its rounds, each with its phase on the server clock. */
export function getJudgingContest(id: number, signal?: AbortSignal): Promise<Contest> {
  return apiClient.get<Contest>(`/contests/${id}`, { signal });
}

export function useJudgingContest(id: number) {
  return useQuery(queryOptions({ queryKey: queryKeys.contests.detail(id), queryFn: ({ signal }) => getJudgingContest(id, signal) }));
}
