import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LiveSessionState } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { serverClock } from '../../../lib/server-clock';

/** One game as the host sees it; the id is in the console's URL, so a reload finds the same game. */
export function getLiveSession(id: string, signal?: AbortSignal): Promise<LiveSessionState> {
  return serverClock.measure(() => apiClient.get<LiveSessionState>(`/live-sessions/${id}`, { signal }));
}

export function liveSessionQueryOptions(id: string) {
  // The socket keeps it current; a refetch on focus catches up after a laptop slept.
  return queryOptions({ queryKey: queryKeys.liveSessions.detail(id), queryFn: ({ signal }) => getLiveSession(id, signal), staleTime: 0, refetchOnWindowFocus: true });
}

export function useLiveSession(id: string) {
  return useQuery(liveSessionQueryOptions(id));
}
