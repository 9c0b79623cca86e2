import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AttemptSummary } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Every attempt of the signed-in entrant, newest first, with which one counts. */
export function getMyAttempts(signal?: AbortSignal): Promise<AttemptSummary[]> {
  return apiClient.get<AttemptSummary[]>('/me/attempts', { signal });
}

export function myAttemptsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.attempts.mine, queryFn: ({ signal }) => getMyAttempts(signal) });
}

export function useMyAttempts() {
  return useQuery(myAttemptsQueryOptions());
}
