import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Attempt } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { serverClock } from '../../../lib/server-clock';

/** The entrant's own attempt, with the time really left; its `serverNow` sets the clock offset. */
export function getAttempt(id: string, signal?: AbortSignal): Promise<Attempt> {
  return serverClock.measure(() => apiClient.get<Attempt>(`/attempts/${encodeURIComponent(id)}`, { signal }));
}

export function attemptQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.attempts.detail(id),
    queryFn: ({ signal }) => getAttempt(id, signal),
    // The answers on screen come from the answer queue once loaded; a refetch only merges newer ones in.
    staleTime: 5_000,
  });
}

export function useAttempt(id: string) {
  return useQuery(attemptQueryOptions(id));
}
