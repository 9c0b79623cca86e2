import { useEffect, useState } from 'react';
import { serverClock, syncServerClock } from './server-clock';

/**
 * Server time, re-rendering on each whole second of it (so a countdown never
 * skips or repeats a second). With `sync`, measures the clock offset from
 * /health first, and again when the page comes back into view: a phone that
 * slept may have had its clock corrected meanwhile.
 */
export function useServerNow({ sync = false, enabled = true }: { sync?: boolean; enabled?: boolean } = {}): number {
  const [now, setNow] = useState(() => serverClock.now());

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const tick = () => {
      const current = serverClock.now();
      setNow(current);
      timer = setTimeout(tick, 1_000 - (current % 1_000) + 5);
    };
    tick();
    const unsubscribe = serverClock.subscribe(() => setNow(serverClock.now()));
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      if (sync) void syncServerClock({ force: true });
      setNow(serverClock.now());
    };
    if (sync) void syncServerClock();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      if (timer !== null) clearTimeout(timer);
      unsubscribe();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [sync, enabled]);

  return now;
}
