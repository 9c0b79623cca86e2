import { useLiveTranslation, type LiveKey } from '../../../i18n/live';
import { useLiveCountdown } from '../hooks/use-live-countdown';

const ANNOUNCEMENTS: Record<number, LiveKey> = { 10_000: 'announce.left10', 5_000: 'announce.left5' };

/**
 * Seconds left on the open question, by the server's clock: a big number and
 * a shrinking bar. The number is a timer screen readers do not read on every
 * tick; a polite live region speaks at 10 and 5 seconds.
 */
export function LiveCountdown({ openedAt, closesAt, className }: { openedAt: string; closesAt: string; className?: string }) {
  const { lt } = useLiveTranslation();
  const { seconds, fraction, announcement } = useLiveCountdown(openedAt, closesAt);
  const urgent = seconds <= 5;
  return (
    <div className={['live-countdown', urgent ? 'live-countdown--urgent' : '', className].filter(Boolean).join(' ')}>
      <p className="live-countdown__text">
        <span className="visually-hidden">{lt('common.timeLeft')}: </span>
        <span role="timer" className="live-countdown__value" data-testid="countdown" data-seconds={seconds}>
          {seconds}
        </span>
        <span className="live-countdown__unit" aria-hidden="true">
          {' '}
          {lt('common.secondsUnit')}
        </span>
      </p>
      <div className="live-countdown__track" aria-hidden="true">
        <div className="live-countdown__bar" style={{ transform: `scaleX(${fraction})` }} />
      </div>
      <div className="visually-hidden" role="status" data-testid="countdown-announcement">
        {announcement !== null && ANNOUNCEMENTS[announcement] ? lt(ANNOUNCEMENTS[announcement]) : ''}
      </div>
    </div>
  );
}
