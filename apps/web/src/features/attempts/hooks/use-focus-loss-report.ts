import { useEffect, useRef } from 'react';
import { reportAttemptEvent } from '../api/report-attempt-event';

/** At most one report per this long: switching back and forth quickly is one loss of focus, not ten. */
export const FOCUS_LOSS_THROTTLE_MS = 10_000;

export interface FocusLossReportOptions {
  /** Off once the attempt is over (time up, signed out): the server would refuse the report anyway. */
  enabled?: boolean;
  throttleMs?: number;
  report?: (attemptId: string) => Promise<unknown>;
  now?: () => number;
}

const defaultReport = (attemptId: string) => reportAttemptEvent(attemptId, { kind: 'focus_lost' });

/**
 * While an attempt runs, reports each time the page is hidden (another app,
 * another tab, the screen locked) — the jury sees many such losses as a flag,
 * and decides. Fire and forget: a failed report is dropped, and the entrant
 * is never told or held up.
 */
export function useFocusLossReport(attemptId: string, { enabled = true, throttleMs = FOCUS_LOSS_THROTTLE_MS, report = defaultReport, now = Date.now }: FocusLossReportOptions = {}) {
  const lastSent = useRef(Number.NEGATIVE_INFINITY);
  const latest = useRef({ report, now, throttleMs });
  useEffect(() => {
    latest.current = { report, now, throttleMs };
  });

  useEffect(() => {
    if (!enabled) return;
    const onVisibilityChange = () => {
      if (document.visibilityState !== 'hidden') return;
      const { report: send, now: clock, throttleMs: gap } = latest.current;
      const at = clock();
      if (at - lastSent.current < gap) return;
      lastSent.current = at;
      send(attemptId).catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => document.removeEventListener('visibilitychange', onVisibilityChange);
  }, [attemptId, enabled]);
}
