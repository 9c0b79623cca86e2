import { useEffect, useState, useSyncExternalStore } from 'react';
import { LiveConnection, type LiveStatus } from './live-socket';

const noSubscribe = () => () => undefined;
const connecting = (): LiveStatus => 'connecting';

/**
 * A `/live` connection for as long as the page is up (closed when it
 * unmounts), and its status for the "reconnecting" banner. `anonymous`
 * watches without the account (projector, public boards).
 */
export function useLiveConnection({ anonymous = false, enabled = true }: { anonymous?: boolean; enabled?: boolean } = {}): {
  connection: LiveConnection | null;
  status: LiveStatus;
} {
  const [connection, setConnection] = useState<LiveConnection | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const next = new LiveConnection({ anonymous });
    setConnection(next);
    next.start();
    return () => {
      next.close();
      setConnection(null);
    };
  }, [anonymous, enabled]);

  const status = useSyncExternalStore(connection?.subscribeStatus ?? noSubscribe, connection?.getStatus ?? connecting);
  return { connection, status };
}
