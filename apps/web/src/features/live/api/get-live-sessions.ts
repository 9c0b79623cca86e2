import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LiveSessionState } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** A live round's sessions, newest first: a reloaded console finds its unfinished game here. */
export function getLiveSessions(roundId: number, signal?: AbortSignal): Promise<LiveSessionState[]> {
  return apiClient.get<LiveSessionState[]>('/live-sessions', { query: { roundId }, signal });
}

export function liveSessionsQueryOptions(roundId: number) {
  return queryOptions({ queryKey: queryKeys.liveSessions.round(roundId), queryFn: ({ signal }) => getLiveSessions(roundId, signal), staleTime: 0 });
}

export function useLiveSessions(roundId: number) {
  return useQuery(liveSessionsQueryOptions(roundId));
}

/** The newest game of the round that has not reached its podium, if any. */
export function latestUnfinished(sessions: readonly LiveSessionState[]): LiveSessionState | null {
  return sessions.find((session) => session.phase !== 'podium' && session.phase !== 'ended') ?? null;
}

