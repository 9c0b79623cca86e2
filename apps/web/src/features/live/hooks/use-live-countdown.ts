import { useEffect, useRef, useState } from 'react';
import { useServerNow } from '../../../lib/use-server-now';

/** Seconds left at which screen readers hear the time: a question lasts 20 s or so, so only near the end. */
export const LIVE_ANNOUNCE_AT_MS = [10_000, 5_000] as const;

export interface LiveCountdown {
  remainingMs: number;
  /** Whole seconds left, as shown (rounded up: 0 means the time is really up). */
  seconds: number;
  /** 1 at the opening, 0 at the close. */
  fraction: number;
  /** The threshold last crossed while in view (10 s, 5 s), for the live region. */
  announcement: number | null;
}

/** The lowest threshold passed between two readings (a tab that slept may pass both). */
export function crossedLiveThreshold(before: number, after: number): number | null {
  const crossed = LIVE_ANNOUNCE_AT_MS.filter((at) => before > at && after <= at);
  return crossed.length > 0 ? Math.min(...crossed) : null;
}

/** Time left on the open question by the server's clock, never the device's alone. */
export function useLiveCountdown(openedAt: string, closesAt: string): LiveCountdown {
  const now = useServerNow();
  const closes = Date.parse(closesAt);
  const total = Math.max(1, closes - Date.parse(openedAt));
  const remainingMs = Math.max(0, closes - now);
  const [announcement, setAnnouncement] = useState<{ closesAt: string; at: number } | null>(null);
  const previous = useRef<{ closesAt: string; remaining: number } | null>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = { closesAt, remaining: remainingMs };
    // A question joined with 7 s left does not announce "10 seconds".
    if (!before || before.closesAt !== closesAt) return;
    const crossed = crossedLiveThreshold(before.remaining, remainingMs);
    if (crossed !== null) setAnnouncement({ closesAt, at: crossed });
  }, [closesAt, remainingMs]);

  return {
    remainingMs,
    seconds: Math.ceil(remainingMs / 1000),
    fraction: Math.min(1, remainingMs / total),
    announcement: announcement?.closesAt === closesAt ? announcement.at : null,
  };
}
