import { useEffect, useRef, useState } from 'react';
import type { LeaderboardSnapshot, LeaderboardSubscription } from '@reform-quiz/contracts';
import { LeaderboardFeed } from './leaderboard-feed';
import type { LiveStatus } from './live-socket';
import { useLiveConnection } from './use-live-connection';

export interface LeaderboardFeedState {
  /** The latest snapshot of the board subscribed to now (null before the first, or after switching boards). */
  snapshot: LeaderboardSnapshot | null;
  /** Connected with a current snapshot: updates arrive as they happen. */
  live: boolean;
  status: LiveStatus;
  /** The code of a refused subscribe (ROUND_NOT_FOUND…), or TIMEOUT. */
  error: string | null;
}

/**
 * A board pushed over `/live` (`leaderboard:subscribe`, then
 * `leaderboard:update`), with the sequence rule of LeaderboardFeed.
 * `subscription` null: not yet (the page waits for the session, say).
 */
export function useLeaderboardFeed(
  subscription: LeaderboardSubscription | null,
  { anonymous = false, onSnapshot }: { anonymous?: boolean; onSnapshot?: (snapshot: LeaderboardSnapshot) => void } = {},
): LeaderboardFeedState {
  const { connection, status } = useLiveConnection({ anonymous, enabled: subscription !== null });
  const key = subscription ? JSON.stringify([subscription.roundId ?? null, subscription.contestId ?? null, subscription.category ?? null]) : null;
  const [state, setState] = useState<{ key: string | null; snapshot: LeaderboardSnapshot | null; error: string | null }>({ key: null, snapshot: null, error: null });
  const onSnapshotRef = useRef(onSnapshot);
  useEffect(() => {
    onSnapshotRef.current = onSnapshot;
  });

  useEffect(() => {
    if (!connection || key === null) return;
    const [roundId, contestId, category] = JSON.parse(key) as [number | null, number | null, LeaderboardSubscription['category'] | null];
    const feed = new LeaderboardFeed(
      connection,
      { ...(roundId !== null ? { roundId } : { contestId: contestId ?? undefined }), ...(category ? { category } : {}) },
      {
        onSnapshot: (snapshot) => {
          setState({ key, snapshot, error: null });
          onSnapshotRef.current?.(snapshot);
        },
        onError: (error) => setState((previous) => ({ key, snapshot: previous.key === key ? previous.snapshot : null, error })),
      },
    );
    feed.start();
    return () => feed.stop();
  }, [connection, key]);

  const snapshot = state.key === key ? state.snapshot : null;
  return { snapshot, live: status === 'connected' && snapshot !== null, status, error: state.key === key ? state.error : null };
}
