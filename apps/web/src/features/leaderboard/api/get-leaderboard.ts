import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Leaderboard, LeaderboardQuery, LeaderboardSnapshot } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useSession } from '../../../lib/session';
import { useLeaderboardFeed } from '../../../lib/use-leaderboard-feed';

/** A round's ranking, or a contest's (the sum over its ranked rounds). */
export type LeaderboardScope = 'round' | 'contest';

/** The fallback when the live socket cannot connect: poll while the page is in view. */
export const LEADERBOARD_POLL_MS = 15_000;

/** While boards arrive live, a signed-in entrant's own row (pushed boards do not carry it) is fetched again this often. */
export const LEADERBOARD_ME_REFRESH_MS = 60_000;

export function getLeaderboard(scope: LeaderboardScope, id: number, query: LeaderboardQuery, signal?: AbortSignal): Promise<Leaderboard> {
  const path = scope === 'round' ? `/rounds/${id}/leaderboard` : `/contests/${id}/leaderboard`;
  return apiClient.get<Leaderboard>(path, { query: { limit: query.limit, category: query.category }, signal });
}

function leaderboardKey(scope: LeaderboardScope, id: number, query: LeaderboardQuery, userId: string | null) {
  return scope === 'round' ? queryKeys.leaderboards.round(id, query, userId) : queryKeys.leaderboards.contest(id, query, userId);
}

export function leaderboardQueryOptions(scope: LeaderboardScope, id: number, query: LeaderboardQuery, userId: string | null, { live = false }: { live?: boolean } = {}) {
  return queryOptions({
    queryKey: leaderboardKey(scope, id, query, userId),
    queryFn: ({ signal }) => getLeaderboard(scope, id, query, signal),
    // Live: the socket brings every change; otherwise every 15 s while in view (React Query pauses in a background tab).
    refetchInterval: live ? (userId ? LEADERBOARD_ME_REFRESH_MS : false) : LEADERBOARD_POLL_MS,
    staleTime: 10_000,
    // The old board stays while a block loads.
    placeholderData: keepPreviousData,
  });
}

/** A pushed snapshot as the page's board; the signed-in entrant's own row stays as the last request gave it. */
export function boardFromSnapshot(snapshot: LeaderboardSnapshot, previous: Leaderboard | undefined): Leaderboard {
  const { seq: _seq, sentAt: _sentAt, participation: _participation, ...board } = snapshot;
  return previous && 'me' in previous ? { ...board, me: previous.me } : board;
}

/**
 * Subscribes to the board over the live socket and writes each snapshot into
 * the page's query; true while that works (the page then stops polling).
 */
export function useLeaderboardPush(scope: LeaderboardScope, id: number, query: LeaderboardQuery): boolean {
  const session = useSession();
  const queryClient = useQueryClient();
  const key = leaderboardKey(scope, id, query, session.user?.id ?? null);
  const subscription = session.status === 'restoring' ? null : { ...(scope === 'round' ? { roundId: id } : { contestId: id }), ...(query.category ? { category: query.category } : {}) };
  const feed = useLeaderboardFeed(subscription, {
    onSnapshot: (snapshot) => queryClient.setQueryData<Leaderboard>(key, (previous) => boardFromSnapshot(snapshot, previous)),
  });
  return feed.live;
}

/** Public; a signed-in entrant also gets their own row (`me`), so the session must be known first. */
export function useLeaderboard(scope: LeaderboardScope, id: number, query: LeaderboardQuery, { live = false }: { live?: boolean } = {}) {
  const session = useSession();
  return useQuery({ ...leaderboardQueryOptions(scope, id, query, session.user?.id ?? null, { live }), enabled: session.status !== 'restoring' });
}
