import { useEffect, useRef, useState } from 'react';
import { useServerNow } from '../../../lib/use-server-now';

/** Remaining times at which screen readers hear how long is left: 5 minutes, 1 minute, 10 seconds. */
export const ANNOUNCE_AT_MS = [5 * 60_000, 60_000, 10_000] as const;

/** Under this, the countdown turns to its warning look (and says so in words). */
export const WARNING_MS = 60_000;

export function remainingMs(deadlineAt: string, serverNow: number): number {
  return Math.max(0, Date.parse(deadlineAt) - serverNow);
}

/** The lowest announcement threshold passed on the way from `before` to `after` (a phone waking from sleep may pass several). */
export function crossedThreshold(before: number, after: number): number | null {
  const crossed = ANNOUNCE_AT_MS.filter((at) => before > at && after <= at);
  return crossed.length > 0 ? Math.min(...crossed) : null;
}

export interface AttemptCountdown {
  remainingMs: number;
  /** The threshold last passed while this screen was open, for the live region. */
  announcement: number | null;
  expired: boolean;
}

/**
 * Time left by the server's clock (deadline − server now, never the device
 * clock alone), ticking each second. Calls `onExpire` once when it reaches zero.
 */
export function useAttemptCountdown({ deadlineAt, onExpire, active = true }: { deadlineAt: string; onExpire: () => void; active?: boolean }): AttemptCountdown {
  const now = useServerNow({ enabled: active });
  const remaining = remainingMs(deadlineAt, now);
  const [announcement, setAnnouncement] = useState<number | null>(null);
  const previous = useRef<number | null>(null);
  const expiredRef = useRef(false);
  const onExpireRef = useRef(onExpire);
  useEffect(() => {
    onExpireRef.current = onExpire;
  });

  useEffect(() => {
    const before = previous.current;
    previous.current = remaining;
    // A resumed attempt with 3 minutes left does not announce "5 minutes".
    if (before === null) return;
    const crossed = crossedThreshold(before, remaining);
    if (crossed !== null) setAnnouncement(crossed);
  }, [remaining]);

  useEffect(() => {
    if (!active || remaining > 0 || expiredRef.current) return;
    expiredRef.current = true;
    onExpireRef.current();
  }, [active, remaining]);

  return { remainingMs: remaining, announcement, expired: remaining <= 0 };
}
