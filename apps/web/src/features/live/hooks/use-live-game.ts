import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveConnection, LiveStatus } from '../../../lib/live-socket';
import { useLiveConnection } from '../../../lib/use-live-connection';
import { LiveGameFollower, type LiveGameView } from '../api/live-game';

export interface LiveGame extends LiveGameView {
  status: LiveStatus;
  connection: LiveConnection | null;
  rejoin: () => void;
}

const EMPTY: LiveGameView = { state: null, joinedAs: null, error: null };

/**
 * A game followed by its code over `/live`: the state the server pushes,
 * whether this device plays or watches, and the connection's status.
 * `anonymous` watches without the account (projector, host console).
 */
export function useLiveGame(code: string | null, { anonymous = false }: { anonymous?: boolean } = {}): LiveGame {
  const { connection, status } = useLiveConnection({ anonymous, enabled: code !== null });
  const [view, setView] = useState<{ code: string | null; view: LiveGameView }>({ code: null, view: EMPTY });
  const followerRef = useRef<LiveGameFollower | null>(null);

  useEffect(() => {
    if (!connection || code === null) return;
    const follower = new LiveGameFollower(connection, code, (next) => setView({ code, view: next }));
    followerRef.current = follower;
    follower.start();
    return () => {
      follower.stop();
      followerRef.current = null;
    };
  }, [connection, code]);

  const rejoin = useCallback(() => void followerRef.current?.rejoin(), []);
  const current = view.code === code ? view.view : EMPTY;
  return { ...current, status, connection, rejoin };
}
