import { useCallback, useEffect, useRef, useState } from 'react';
import type { LivePlayerView, LiveSessionState } from '@reform-quiz/contracts';
import type { LiveConnection, LiveStatus } from '../../../lib/live-socket';
import { getLivePlayerView } from '../api/live-player';
import type { JoinedAs } from '../api/live-game';

export interface PlayerViewState {
  me: LivePlayerView | null;
  /** The number of the request the shown view answers: a waiting answer compares it with `requested()`. */
  version: number;
  /** How many requests have been sent so far. */
  requested: () => number;
  refresh: () => void;
}

/**
 * The player's own score, rank and current answer (`live:me`), asked again
 * after every (re)connect — a reload or a dropped line finds the same score —
 * and when an answer is revealed and at the podium.
 */
export function usePlayerView(connection: LiveConnection | null, state: LiveSessionState | null, joinedAs: JoinedAs | null, status: LiveStatus): PlayerViewState {
  const [view, setView] = useState<{ sessionId: string | null; me: LivePlayerView | null; version: number }>({ sessionId: null, me: null, version: 0 });
  const sessionId = state?.id ?? null;
  const results = state && (state.phase === 'reveal' || state.phase === 'podium') ? `${state.phase}:${state.index}` : 'play';
  // Staff and ineligible accounts watch; an ended game makes everyone an audience, but its players still have a score.
  const asks = joinedAs === 'player' || state?.phase === 'podium';
  const requestRef = useRef(0);

  const refresh = useCallback(() => {
    if (!connection || !sessionId) return;
    const request = ++requestRef.current;
    getLivePlayerView(connection, sessionId).then(
      (me) => {
        if (request === requestRef.current) setView({ sessionId, me, version: request });
      },
      // Offline or refused: the next reconnect or phase change asks again.
      () => undefined,
    );
  }, [connection, sessionId]);

  useEffect(() => {
    if (status === 'connected' && asks) refresh();
  }, [status, asks, results, refresh]);

  const requested = useCallback(() => requestRef.current, []);
  return { me: view.sessionId === sessionId ? view.me : null, version: view.version, requested, refresh };
}
