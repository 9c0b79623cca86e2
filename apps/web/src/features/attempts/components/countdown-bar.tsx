import { useId } from 'react';
import { useEntrantTranslation } from '../../../i18n/entrant';
import { formatClock } from '../../../lib/format-duration';
import { WARNING_MS } from '../hooks/use-attempt-countdown';

const ANNOUNCEMENT_KEYS = {
  300000: 'attempt.announce5min',
  60000: 'attempt.announce1min',
  10000: 'attempt.announce10s',
} as const;

export interface CountdownBarProps {
  remainingMs: number;
  /** The threshold last passed (5 min, 1 min, 10 s), announced once. */
  announcement: number | null;
  answered: number;
  total: number;
}

/**
 * Always in view (sticky): time left by the server's clock and progress. The
 * time itself is a timer that screen readers do not read on every tick; a
 * separate polite live region speaks at 5 minutes, 1 minute and 10 seconds.
 */
export function CountdownBar({ remainingMs, announcement, answered, total }: CountdownBarProps) {
  const { et } = useEntrantTranslation();
  const labelId = useId();
  // By the seconds on screen: 01:00 is not yet "under a minute", 00:59 is.
  const warning = Math.ceil(remainingMs / 1000) * 1000 < WARNING_MS;
  const key = announcement !== null && announcement in ANNOUNCEMENT_KEYS ? ANNOUNCEMENT_KEYS[announcement as keyof typeof ANNOUNCEMENT_KEYS] : null;
  return (
    <div className={['countdown-bar', warning ? 'countdown-bar--warning' : ''].filter(Boolean).join(' ')}>
      <p className="countdown-bar__time">
        <span id={labelId} className="countdown-bar__label">
          {et('attempt.timeLeft')}
        </span>{' '}
        <span role="timer" aria-labelledby={labelId} className="countdown-bar__value" data-testid="countdown" data-warning={warning || undefined}>
          {formatClock(remainingMs)}
        </span>
        {warning && (
          <span className="countdown-bar__warning">
            <span aria-hidden="true"> ⚠ </span>
            {et('attempt.timeWarning')}
          </span>
        )}
      </p>
      <p className="countdown-bar__progress">{et('attempt.progress', { answered, total })}</p>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="countdown-announcement">
        {key ? et(key) : ''}
      </div>
    </div>
  );
}
